CREATE TABLE `contact_tasks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`consultation_id` integer NOT NULL,
	`kind` text NOT NULL,
	`reason` text NOT NULL,
	`message_id` integer,
	`created_at` integer NOT NULL,
	`resolved_at` integer,
	`resolved_by_id` text,
	`resolved_by_name` text,
	`resolution` text,
	`note` text
);
--> statement-breakpoint
CREATE INDEX `contact_tasks_consultation` ON `contact_tasks` (`consultation_id`);--> statement-breakpoint
CREATE INDEX `contact_tasks_open` ON `contact_tasks` (`created_at`) WHERE "contact_tasks"."resolved_at" is null;--> statement-breakpoint
CREATE TABLE `patient_message_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`message_id` integer NOT NULL,
	`at` integer NOT NULL,
	`status` text NOT NULL,
	`detail` text
);
--> statement-breakpoint
CREATE INDEX `patient_message_events_message` ON `patient_message_events` (`message_id`);--> statement-breakpoint
CREATE TABLE `patient_messages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`consultation_id` integer NOT NULL,
	`cause` text NOT NULL,
	`channel` text NOT NULL,
	`recipient` text NOT NULL,
	`subject` text,
	`body` text NOT NULL,
	`reference` text NOT NULL,
	`status` text NOT NULL,
	`failure` text,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`transport` text,
	`provider_id` text,
	`created_at` integer NOT NULL,
	`created_by_id` text NOT NULL,
	`created_by_name` text NOT NULL,
	`updated_at` integer NOT NULL,
	`protocol_version` text
);
--> statement-breakpoint
CREATE INDEX `patient_messages_consultation` ON `patient_messages` (`consultation_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `patient_messages_reference` ON `patient_messages` (`reference`);--> statement-breakpoint
CREATE INDEX `patient_messages_provider` ON `patient_messages` (`provider_id`);--> statement-breakpoint
CREATE INDEX `patient_messages_due` ON `patient_messages` (`next_attempt_at`) WHERE "patient_messages"."status" in ('queued', 'sending', 'accepted');--> statement-breakpoint
ALTER TABLE `pharmacies` ADD `address` text;--> statement-breakpoint
ALTER TABLE `pharmacies` ADD `phone` text;--> statement-breakpoint
ALTER TABLE `pharmacies` ADD `opening_hours` text;