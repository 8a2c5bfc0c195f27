CREATE TABLE `protocol_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`number` integer NOT NULL,
	`label` text NOT NULL,
	`status` text NOT NULL,
	`content` text NOT NULL,
	`created_by_id` text NOT NULL,
	`created_by_name` text NOT NULL,
	`created_at` integer NOT NULL,
	`sign_offs` text NOT NULL,
	`in_force_from` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `protocol_one_draft` ON `protocol_versions` (`status`) WHERE "protocol_versions"."status" = 'draft';--> statement-breakpoint
CREATE UNIQUE INDEX `protocol_one_in_force` ON `protocol_versions` (`status`) WHERE "protocol_versions"."status" = 'in_force';--> statement-breakpoint
CREATE UNIQUE INDEX `protocol_label` ON `protocol_versions` (`label`);--> statement-breakpoint
CREATE INDEX `protocol_number` ON `protocol_versions` (`number`);--> statement-breakpoint
ALTER TABLE `handoffs` ADD `protocol_version` text;