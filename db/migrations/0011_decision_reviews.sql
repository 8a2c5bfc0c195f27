CREATE TABLE `decision_reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`handoff_id` integer NOT NULL,
	`consultation_id` integer NOT NULL,
	`verdict` text NOT NULL,
	`severity` text NOT NULL,
	`note` text,
	`reopen_instruction` text,
	`reviewer_id` text NOT NULL,
	`reviewer_name` text NOT NULL,
	`reviewed_at` integer NOT NULL,
	`decided_by_id` text NOT NULL,
	`decided_by_name` text NOT NULL,
	`decided_at` integer NOT NULL,
	`destination` text NOT NULL,
	`protocol_version` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `decision_reviews_handoff` ON `decision_reviews` (`handoff_id`);--> statement-breakpoint
CREATE INDEX `decision_reviews_decided` ON `decision_reviews` (`decided_at`);--> statement-breakpoint
CREATE INDEX `decision_reviews_decider` ON `decision_reviews` (`decided_by_id`,`decided_at`);--> statement-breakpoint
CREATE INDEX `handoffs_offered` ON `handoffs` (`offered_at`);