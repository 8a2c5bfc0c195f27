CREATE TABLE `reference_counters` (
	`year` integer PRIMARY KEY NOT NULL,
	`last` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `consultations` ADD `reference` text;--> statement-breakpoint
ALTER TABLE `consultations` ADD `family_key` text;--> statement-breakpoint
CREATE UNIQUE INDEX `consultations_reference` ON `consultations` (`reference`);--> statement-breakpoint
CREATE INDEX `consultations_nhs_number` ON `consultations` (`nhs_number`,`received_at`);--> statement-breakpoint
CREATE INDEX `consultations_family_key` ON `consultations` (`family_key`);--> statement-breakpoint
CREATE INDEX `consultations_practice_received` ON `consultations` (`practice_ods`,`received_at`);--> statement-breakpoint
CREATE INDEX `consultations_received` ON `consultations` (`received_at`);