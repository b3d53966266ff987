CREATE TABLE `placement_follow_ups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`placement_id` integer NOT NULL,
	`months` integer NOT NULL,
	`still_employed` integer NOT NULL,
	`note` text,
	`recorded_by` integer,
	`recorded_at` integer NOT NULL,
	FOREIGN KEY (`placement_id`) REFERENCES `placements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `placement_follow_ups_once` ON `placement_follow_ups` (`placement_id`,`months`);--> statement-breakpoint
CREATE TABLE `takeover_codes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`code_hash` text NOT NULL,
	`created_by` integer,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `takeover_codes_hash` ON `takeover_codes` (`code_hash`);--> statement-breakpoint
CREATE INDEX `takeover_codes_user` ON `takeover_codes` (`user_id`);--> statement-breakpoint
ALTER TABLE `consents` ADD `explanation` text;--> statement-breakpoint
ALTER TABLE `enterprises` ADD `programme_requested_at` integer;--> statement-breakpoint
ALTER TABLE `enterprises` ADD `programme_reason` text;--> statement-breakpoint
ALTER TABLE `enterprises` ADD `photo_ids` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `enterprises` ADD `stripe_charges_enabled` integer DEFAULT false NOT NULL;