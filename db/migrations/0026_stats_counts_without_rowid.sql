-- Hand-written (drizzle-kit cannot declare WITHOUT ROWID, drizzle-orm#408): the counters stored in
-- their key's order, so a year's figures read each counter from the one B-tree rather than through
-- the primary-key index and then the table (docs/metrics.md, "Reading"). Same columns, same key,
-- every row copied.
CREATE TABLE `__new_stats_counts` (
	`grain` text NOT NULL,
	`practice_ods` text NOT NULL,
	`figure` text NOT NULL,
	`period` text NOT NULL,
	`key` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`grain`, `practice_ods`, `figure`, `period`, `key`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `__new_stats_counts` (`grain`, `practice_ods`, `figure`, `period`, `key`, `count`)
	SELECT `grain`, `practice_ods`, `figure`, `period`, `key`, `count` FROM `stats_counts` ORDER BY 1, 2, 3, 4, 5;
--> statement-breakpoint
DROP TABLE `stats_counts`;
--> statement-breakpoint
ALTER TABLE `__new_stats_counts` RENAME TO `stats_counts`;
