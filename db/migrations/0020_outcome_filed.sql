ALTER TABLE `consultations` ADD `filed_at` integer;--> statement-breakpoint
ALTER TABLE `consultations` ADD `filed_by_id` integer;