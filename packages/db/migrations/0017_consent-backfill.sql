-- A profile shown to employers ('anonymous' or 'visible') stands on the person's consent
-- to share it (apps/api/src/profiles/share-consent.ts). Profiles saved before that rule
-- could be shown without one.
-- Someone who chose that visibility themselves (their own 'profile.visibility.<value>'
-- audit entry, made on the page that says what each choice shares) gave it: only the
-- record was missing, and it is written with the time of their latest such choice.
INSERT INTO `consents` (`user_id`, `purpose`, `notice_version`, `granted_at`)
SELECT p.`user_id`, 'share_profile_with_employers', '2026-11',
  (SELECT max(a.`at`) FROM `audit_log` a WHERE a.`subject_type` = 'user' AND a.`subject_id` = CAST(p.`user_id` AS TEXT) AND a.`actor_user_id` = p.`user_id` AND a.`action` = 'profile.visibility.' || p.`visibility`)
FROM `seeker_profiles` p
WHERE p.`visibility` <> 'hidden'
  AND NOT EXISTS (SELECT 1 FROM `consents` c WHERE c.`user_id` = p.`user_id` AND c.`purpose` = 'share_profile_with_employers' AND c.`withdrawn_at` IS NULL)
  AND EXISTS (SELECT 1 FROM `audit_log` a WHERE a.`subject_type` = 'user' AND a.`subject_id` = CAST(p.`user_id` AS TEXT) AND a.`actor_user_id` = p.`user_id` AND a.`action` = 'profile.visibility.' || p.`visibility`);--> statement-breakpoint
-- Everyone else was shown by default, without ever agreeing: hidden until they choose.
-- The profiles search index then holds more documents than there are profiles to show,
-- so it is rebuilt at the next start (reindexWhereMissing), and candidate retrieval
-- reads the visibility from this table in any case.
UPDATE `seeker_profiles` SET `visibility` = 'hidden'
WHERE `visibility` <> 'hidden'
  AND NOT EXISTS (SELECT 1 FROM `consents` c WHERE c.`user_id` = `seeker_profiles`.`user_id` AND c.`purpose` = 'share_profile_with_employers' AND c.`withdrawn_at` IS NULL);
