ALTER TABLE `consultations` ADD `filed_at` integer;--> statement-breakpoint
ALTER TABLE `consultations` ADD `filed_by_id` integer;--> statement-breakpoint
CREATE INDEX `change_feed_clinician_done` ON `change_feed` (`actor_id`,`at`) WHERE "change_feed"."type" in ('complete', 'escalate', 'hand_back');