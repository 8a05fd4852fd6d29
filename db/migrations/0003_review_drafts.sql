CREATE TABLE `drafts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`target_id` integer,
	`base_version` integer,
	`payload` text NOT NULL,
	`summary` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`author_id` integer,
	`author_username` text NOT NULL,
	`reviewer_id` integer,
	`reviewer_username` text,
	`review_comment` text,
	`import_batch` text,
	`created_at` text NOT NULL,
	`decided_at` text,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`reviewer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "drafts_status_ck" CHECK("drafts"."status" in ('pending', 'approved', 'sent-back', 'withdrawn'))
);
--> statement-breakpoint
CREATE INDEX `drafts_status_idx` ON `drafts` (`status`,`created_at`);--> statement-breakpoint
CREATE TABLE `import_uploads` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`filename` text NOT NULL,
	`bytes` blob NOT NULL,
	`uploaded_by` integer,
	`created_at` text NOT NULL,
	`applied_batch` text,
	FOREIGN KEY (`uploaded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `audit_log` ADD `reviewer_id` integer REFERENCES users(id) ON DELETE set null;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `reviewer_username` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `import_batch` text;--> statement-breakpoint
ALTER TABLE `stances` ADD `reviewed_at` text;--> statement-breakpoint
ALTER TABLE `stances` ADD `reviewed_by` integer REFERENCES users(id) ON DELETE set null;