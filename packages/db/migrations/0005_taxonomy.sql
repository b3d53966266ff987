CREATE TABLE `isco_groups` (
	`code` text PRIMARY KEY NOT NULL,
	`label_es` text NOT NULL,
	`label_en` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `occupation_skills` (
	`occupation_id` integer NOT NULL,
	`skill_id` integer NOT NULL,
	`relation` text NOT NULL,
	PRIMARY KEY(`occupation_id`, `skill_id`),
	FOREIGN KEY (`occupation_id`) REFERENCES `occupations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`skill_id`) REFERENCES `skills`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `occupation_skills_skill` ON `occupation_skills` (`skill_id`);--> statement-breakpoint
CREATE TABLE `occupations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uri` text NOT NULL,
	`isco_code` text NOT NULL,
	`label_es` text NOT NULL,
	`label_en` text NOT NULL,
	`alt_labels_es` text NOT NULL,
	`alt_labels_en` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `occupations_uri_unique` ON `occupations` (`uri`);--> statement-breakpoint
CREATE INDEX `occupations_isco` ON `occupations` (`isco_code`);--> statement-breakpoint
CREATE TABLE `skills` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uri` text NOT NULL,
	`skill_type` text NOT NULL,
	`label_es` text NOT NULL,
	`label_en` text NOT NULL,
	`alt_labels_es` text NOT NULL,
	`alt_labels_en` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `skills_uri_unique` ON `skills` (`uri`);