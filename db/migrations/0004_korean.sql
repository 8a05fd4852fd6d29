ALTER TABLE `actors` ADD `name_ko` text;--> statement-breakpoint
ALTER TABLE `actors` ADD `short_name_ko` text;--> statement-breakpoint
ALTER TABLE `actors` ADD `description_ko` text;--> statement-breakpoint
ALTER TABLE `events` ADD `title_ko` text;--> statement-breakpoint
ALTER TABLE `events` ADD `description_ko` text;--> statement-breakpoint
ALTER TABLE `evidence` ADD `paraphrase_ko` text;--> statement-breakpoint
ALTER TABLE `evidence` ADD `note_ko` text;--> statement-breakpoint
ALTER TABLE `issues` ADD `title_ko` text;--> statement-breakpoint
ALTER TABLE `issues` ADD `definition_ko` text;--> statement-breakpoint
ALTER TABLE `scale_points` ADD `label_ko` text;--> statement-breakpoint
ALTER TABLE `stances` ADD `summary_ko` text;--> statement-breakpoint
ALTER TABLE `stances` ADD `note_ko` text;