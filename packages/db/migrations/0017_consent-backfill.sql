-- A profile shown to employers ('anonymous' or 'visible') stands on the person's consent
-- to share it (apps/api/src/profiles/share-consent.ts). Profiles saved before that rule
-- could be shown without one.
-- Someone who chose that visibility themselves (their own 'profile.visibility.<value>'
-- audit entry, made on the page that says what each choice shares) gave it: only the
-- record was missing, and it is written with the time of their latest such choice,
-- unless they withdrew the consent after it. The demo's invented people (e-mail at
-- demo.solidaria.test, nobody real) get it as a fresh demo seed now gives it to them.
INSERT INTO `consents` (`user_id`, `purpose`, `notice_version`, `granted_at`)
SELECT `chosen`.`user_id`, 'share_profile_with_employers', '2026-11', `chosen`.`at`
FROM (
  SELECT p.`user_id`, coalesce(
    (SELECT max(a.`at`) FROM `audit_log` a WHERE a.`subject_type` = 'user' AND a.`subject_id` = CAST(p.`user_id` AS TEXT) AND a.`actor_user_id` = p.`user_id` AND a.`action` = 'profile.visibility.' || p.`visibility`),
    CASE WHEN u.`email` LIKE '%@demo.solidaria.test' THEN p.`created_at` END
  ) AS `at`
  FROM `seeker_profiles` p JOIN `users` u ON u.`id` = p.`user_id`
  WHERE p.`visibility` <> 'hidden'
    AND NOT EXISTS (SELECT 1 FROM `consents` c WHERE c.`user_id` = p.`user_id` AND c.`purpose` = 'share_profile_with_employers' AND c.`withdrawn_at` IS NULL)
) AS `chosen`
WHERE `chosen`.`at` IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM `consents` c WHERE c.`user_id` = `chosen`.`user_id` AND c.`purpose` = 'share_profile_with_employers' AND c.`withdrawn_at` >= `chosen`.`at`);--> statement-breakpoint
-- Everyone else was shown by default, without ever agreeing: hidden until they choose.
-- The profiles search index then holds more documents than there are profiles to show,
-- so it is rebuilt at the next start (reindexWhereMissing), and candidate retrieval
-- reads the visibility from this table in any case.
UPDATE `seeker_profiles` SET `visibility` = 'hidden'
WHERE `visibility` <> 'hidden'
  AND NOT EXISTS (SELECT 1 FROM `consents` c WHERE c.`user_id` = `seeker_profiles`.`user_id` AND c.`purpose` = 'share_profile_with_employers' AND c.`withdrawn_at` IS NULL);
