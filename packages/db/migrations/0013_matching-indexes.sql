DROP INDEX `profile_skills_skill`;--> statement-breakpoint
CREATE INDEX `profile_skills_skill` ON `profile_skills` (`skill_id`,`user_id`);--> statement-breakpoint
CREATE INDEX `offers_published` ON `offers` (`status`,`published_at`);