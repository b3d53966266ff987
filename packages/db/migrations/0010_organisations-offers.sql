CREATE TABLE `offer_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`offer_id` integer NOT NULL,
	`at` integer NOT NULL,
	`actor_user_id` integer,
	`from_status` text,
	`to_status` text NOT NULL,
	`reason` text,
	FOREIGN KEY (`offer_id`) REFERENCES `offers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `offer_events_offer` ON `offer_events` (`offer_id`,`at`);--> statement-breakpoint
CREATE TABLE `offer_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`offer_id` integer NOT NULL,
	`reporter_key` text NOT NULL,
	`reason` text NOT NULL,
	`details` text NOT NULL,
	`created_at` integer NOT NULL,
	`reviewed_at` integer,
	FOREIGN KEY (`offer_id`) REFERENCES `offers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `offer_reports_once` ON `offer_reports` (`offer_id`,`reporter_key`) WHERE reviewed_at is null;--> statement-breakpoint
CREATE INDEX `offer_reports_open` ON `offer_reports` (`offer_id`,`reviewed_at`);--> statement-breakpoint
CREATE TABLE `offer_skills` (
	`offer_id` integer NOT NULL,
	`skill_id` integer NOT NULL,
	`level` text NOT NULL,
	`required` integer NOT NULL,
	FOREIGN KEY (`offer_id`) REFERENCES `offers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`skill_id`) REFERENCES `skills`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `offer_skills_pk` ON `offer_skills` (`offer_id`,`skill_id`);--> statement-breakpoint
CREATE INDEX `offer_skills_skill` ON `offer_skills` (`skill_id`);--> statement-breakpoint
CREATE TABLE `offers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`municipality_id` integer NOT NULL,
	`title` text NOT NULL,
	`description` text NOT NULL,
	`occupation_id` integer,
	`remote` integer NOT NULL,
	`work_abroad` integer NOT NULL,
	`contract_type` text NOT NULL,
	`working_time` text NOT NULL,
	`days` text NOT NULL,
	`shifts` text NOT NULL,
	`salary_min_minor` integer,
	`salary_max_minor` integer,
	`salary_period` text,
	`currency` text NOT NULL,
	`vacancies` integer NOT NULL,
	`accepted_authorizations` text NOT NULL,
	`suitable_for_adolescents` integer NOT NULL,
	`languages` text NOT NULL,
	`how_to_apply` text NOT NULL,
	`closes_on` text NOT NULL,
	`status` text NOT NULL,
	`close_reason` text,
	`rejection_reason` text,
	`flags` text NOT NULL,
	`text_fingerprint` text NOT NULL,
	`hidden_by_reports` integer DEFAULT false NOT NULL,
	`created_by` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`published_at` integer,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipalities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`occupation_id`) REFERENCES `occupations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `offers_organisation` ON `offers` (`organisation_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `offers_status` ON `offers` (`status`,`municipality_id`);--> statement-breakpoint
CREATE INDEX `offers_fingerprint` ON `offers` (`text_fingerprint`);--> statement-breakpoint
CREATE INDEX `offers_occupation` ON `offers` (`occupation_id`);--> statement-breakpoint
ALTER TABLE `organisations` ADD `sector` text DEFAULT 'other' NOT NULL;--> statement-breakpoint
ALTER TABLE `organisations` ADD `tax_id` text;--> statement-breakpoint
ALTER TABLE `organisations` ADD `description` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `organisations` ADD `contact_email` text;--> statement-breakpoint
ALTER TABLE `organisations` ADD `contact_phone` text;--> statement-breakpoint
ALTER TABLE `organisations` ADD `website` text;--> statement-breakpoint
ALTER TABLE `organisations` ADD `verification_reason` text;--> statement-breakpoint
ALTER TABLE `organisations` ADD `verified_by` integer REFERENCES users(id) ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE `organisations` ADD `verified_at` integer;--> statement-breakpoint
ALTER TABLE `organisations` ADD `created_by` integer REFERENCES users(id) ON DELETE SET NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_tax_id` ON `organisations` (`tax_id`);--> statement-breakpoint
CREATE INDEX `organisations_municipality` ON `organisations` (`municipality_id`,`verification`);