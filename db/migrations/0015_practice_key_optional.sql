PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_practices` (
	`ods` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`member_since` text NOT NULL,
	`member_until` text,
	`intake_key_hash` text,
	`list_size` integer
);
--> statement-breakpoint
INSERT INTO `__new_practices`("ods", "name", "member_since", "member_until", "intake_key_hash", "list_size") SELECT "ods", "name", "member_since", "member_until", "intake_key_hash", "list_size" FROM `practices`;--> statement-breakpoint
DROP TABLE `practices`;--> statement-breakpoint
ALTER TABLE `__new_practices` RENAME TO `practices`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `practices_intake_key` ON `practices` (`intake_key_hash`);