-- Data backfill for 0017_search_reference (docs/search.md): every request admitted before references
-- existed gets one, numbered per year of receipt in receipt order, and each year's counter starts
-- after the last number given. The year is taken in UTC: the hub's zone (Europe/London) is on GMT,
-- UTC+0, across every New Year, so the two calendars always agree on the year. The family-name key
-- drops the punctuation shared/schemas/search.ts familyKeyOf drops; SQLite's lower() folds ASCII only.
UPDATE `consultations` SET `reference` = numbered.`reference`
FROM (
  SELECT `id`, printf('EH-%02d-%05d', CAST(strftime('%Y', `received_at` / 1000, 'unixepoch') AS INTEGER) % 100,
    ROW_NUMBER() OVER (PARTITION BY strftime('%Y', `received_at` / 1000, 'unixepoch') ORDER BY `received_at`, `id`)) AS `reference`
  FROM `consultations` WHERE `reference` IS NULL
) AS numbered
WHERE `consultations`.`id` = numbered.`id`;
--> statement-breakpoint
INSERT INTO `reference_counters` (`year`, `last`)
SELECT CAST(strftime('%Y', `received_at` / 1000, 'unixepoch') AS INTEGER), COUNT(*) FROM `consultations` GROUP BY 1
ON CONFLICT (`year`) DO UPDATE SET `last` = excluded.`last`;
--> statement-breakpoint
UPDATE `consultations` SET `family_key` = lower(replace(replace(replace(replace(replace(`family_name`, ' ', ''), '-', ''), '''', ''), '’', ''), '.', ''))
WHERE `family_key` IS NULL;
