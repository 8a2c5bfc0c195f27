CREATE TABLE `pharmacies` (
	`ods` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`distance_selling` integer DEFAULT false NOT NULL,
	`integration_key_hash` text
);
--> statement-breakpoint
CREATE TABLE `practices` (
	`ods` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`member_since` text NOT NULL,
	`member_until` text,
	`intake_key_hash` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `practices_intake_key` ON `practices` (`intake_key_hash`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`staff_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sessions_staff` ON `sessions` (`staff_id`);--> statement-breakpoint
CREATE TABLE `staff` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`name` text NOT NULL,
	`password_hash` text NOT NULL,
	`roles` text NOT NULL,
	`practice_ods` text,
	`registration_body` text,
	`registration_number` text,
	`active` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `staff_username_unique` ON `staff` (`username`);--> statement-breakpoint
CREATE TABLE `consultations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`practice_ods` text NOT NULL,
	`nhs_number` text NOT NULL,
	`given_name` text NOT NULL,
	`family_name` text NOT NULL,
	`birth_date` text NOT NULL,
	`sex` text NOT NULL,
	`phone` text,
	`email` text,
	`preferred_contact` text,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`answers` text NOT NULL,
	`attachments` text NOT NULL,
	`red_flags` text NOT NULL,
	`priority` text NOT NULL,
	`status` text NOT NULL,
	`version` integer NOT NULL,
	`claimed_by` integer,
	`lease_expires_at` integer,
	`assignee_id` integer,
	`pending_destination` text,
	`pending_organisation_ods` text,
	`returned_because` text,
	`submitted_at` integer NOT NULL,
	`received_at` integer NOT NULL,
	`first_action_due` integer NOT NULL,
	`outcome_due` integer NOT NULL,
	`first_action_at` integer,
	`closed_at` integer,
	`outcome` text,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `consultations_open` ON `consultations` (`status`,`priority`,`first_action_due`);--> statement-breakpoint
CREATE INDEX `consultations_practice` ON `consultations` (`practice_ods`,`status`);--> statement-breakpoint
CREATE INDEX `consultations_lease` ON `consultations` (`lease_expires_at`);--> statement-breakpoint
CREATE TABLE `change_feed` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`consultation_id` integer NOT NULL,
	`type` text NOT NULL,
	`actor_id` text NOT NULL,
	`payload` text NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `change_feed_consultation` ON `change_feed` (`consultation_id`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`actor_id` text NOT NULL,
	`actor_role` text NOT NULL,
	`action` text NOT NULL,
	`consultation_id` integer,
	`before` text,
	`after` text,
	`reason` text,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_consultation` ON `audit_log` (`consultation_id`);--> statement-breakpoint
CREATE TABLE `handoffs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`consultation_id` integer NOT NULL,
	`destination` text NOT NULL,
	`details` text NOT NULL,
	`reason_code` text NOT NULL,
	`reason_text` text,
	`suggestion_followed` integer,
	`offered_by_id` text NOT NULL,
	`offered_by_name` text NOT NULL,
	`offered_at` integer NOT NULL,
	`expires_at` integer,
	`status` text NOT NULL,
	`responded_by_id` text,
	`responded_by_name` text,
	`responded_at` integer,
	`response_reason` text
);
--> statement-breakpoint
CREATE INDEX `handoffs_consultation` ON `handoffs` (`consultation_id`);--> statement-breakpoint
CREATE INDEX `handoffs_open` ON `handoffs` (`status`,`expires_at`);--> statement-breakpoint
CREATE TABLE `liability_intervals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`consultation_id` integer NOT NULL,
	`from_at` integer NOT NULL,
	`to_at` integer,
	`owner_kind` text NOT NULL,
	`owner_id` text NOT NULL,
	`owner_name` text NOT NULL,
	`accountable_kind` text NOT NULL,
	`accountable_id` text NOT NULL,
	`accountable_name` text NOT NULL,
	`basis` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `liability_consultation` ON `liability_intervals` (`consultation_id`,`from_at`);--> statement-breakpoint
CREATE TABLE `hub_settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
