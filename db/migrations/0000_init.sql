CREATE TABLE `actors` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`short_name` text NOT NULL,
	`color` text NOT NULL,
	`display_order` integer NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "actors_code_ck" CHECK(length("actors"."code") between 2 and 8),
	CONSTRAINT "actors_color_ck" CHECK(length("actors"."color") = 7 and substr("actors"."color", 1, 1) = '#')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `actors_code_uq` ON `actors` (`code`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`user_id` integer,
	`username` text NOT NULL,
	`action` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` integer NOT NULL,
	`before` text,
	`after` text,
	`summary` text NOT NULL,
	`reverts_id` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `audit_log_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE INDEX `audit_log_entity_idx` ON `audit_log` (`entity_type`,`entity_id`);--> statement-breakpoint
CREATE TABLE `event_actors` (
	`event_id` integer NOT NULL,
	`actor_id` integer NOT NULL,
	PRIMARY KEY(`event_id`, `actor_id`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `event_actors_actor_idx` ON `event_actors` (`actor_id`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text,
	`date` text NOT NULL,
	`end_date` text,
	`title` text NOT NULL,
	`description` text NOT NULL,
	`confidence` text DEFAULT 'high' NOT NULL,
	`sources` text DEFAULT '' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `events_date_idx` ON `events` (`date`);--> statement-breakpoint
CREATE UNIQUE INDEX `events_key_uq` ON `events` (`key`);--> statement-breakpoint
CREATE TABLE `evidence` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`stance_id` integer NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`source_key` text,
	`title` text NOT NULL,
	`publisher` text NOT NULL,
	`published_on` text NOT NULL,
	`url` text,
	`paraphrase` text NOT NULL,
	`quote` text,
	`note` text,
	FOREIGN KEY (`stance_id`) REFERENCES `stances`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "evidence_url_ck" CHECK("evidence"."url" is null or "evidence"."url" like 'http://%' or "evidence"."url" like 'https://%')
);
--> statement-breakpoint
CREATE INDEX `evidence_stance_idx` ON `evidence` (`stance_id`,`sort_order`);--> statement-breakpoint
CREATE TABLE `issues` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`cluster` text NOT NULL,
	`definition` text NOT NULL,
	`display_order` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `issues_slug_uq` ON `issues` (`slug`);--> statement-breakpoint
CREATE INDEX `issues_cluster_idx` ON `issues` (`cluster`,`display_order`);--> statement-breakpoint
CREATE TABLE `login_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`bucket` text NOT NULL,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `login_attempts_bucket_idx` ON `login_attempts` (`bucket`,`at`);--> statement-breakpoint
CREATE TABLE `scale_points` (
	`issue_id` integer NOT NULL,
	`value` integer NOT NULL,
	`label` text NOT NULL,
	PRIMARY KEY(`issue_id`, `value`),
	FOREIGN KEY (`issue_id`) REFERENCES `issues`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "scale_points_value_ck" CHECK("scale_points"."value" between -2 and 2)
);
--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`token_hash` text NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` text NOT NULL,
	`last_seen_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`revoked_at` text,
	`user_agent` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sessions_token_uq` ON `sessions` (`token_hash`);--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `stances` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`actor_id` integer NOT NULL,
	`issue_id` integer NOT NULL,
	`counterpart_id` integer,
	`position` integer,
	`salience` integer NOT NULL,
	`confidence` text NOT NULL,
	`summary` text NOT NULL,
	`valid_from` text NOT NULL,
	`valid_until` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_by` integer,
	`updated_by` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`issue_id`) REFERENCES `issues`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`counterpart_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "stances_position_ck" CHECK("stances"."position" is null or "stances"."position" between -2 and 2),
	CONSTRAINT "stances_salience_ck" CHECK("stances"."salience" between 1 and 5),
	CONSTRAINT "stances_confidence_ck" CHECK("stances"."confidence" in ('low', 'medium', 'high')),
	CONSTRAINT "stances_valid_ck" CHECK("stances"."valid_until" is null or "stances"."valid_until" >= "stances"."valid_from"),
	CONSTRAINT "stances_counterpart_ck" CHECK("stances"."counterpart_id" is null or "stances"."counterpart_id" <> "stances"."actor_id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stances_series_uq` ON `stances` (`actor_id`,`issue_id`,coalesce(`counterpart_id`, 0),`valid_from`);--> statement-breakpoint
CREATE INDEX `stances_issue_idx` ON `stances` (`issue_id`,`valid_from`);--> statement-breakpoint
CREATE INDEX `stances_valid_from_idx` ON `stances` (`valid_from`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`password_hash` text NOT NULL,
	`role` text NOT NULL,
	`disabled_at` text,
	`password_changed_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "users_role_ck" CHECK("users"."role" in ('admin', 'editor'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_uq` ON `users` (`username`);