CREATE TABLE `handoff_facts` (
	`handoff_id` integer PRIMARY KEY NOT NULL,
	`consultation_id` integer NOT NULL,
	`practice_ods` text NOT NULL,
	`destination` text NOT NULL,
	`offered_day` text NOT NULL,
	`offered_by_id` text NOT NULL,
	`status` text NOT NULL,
	`answer_wm` integer,
	`red_flag` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `handoff_facts_offered` ON `handoff_facts` (`offered_day`,`practice_ods`);--> statement-breakpoint
CREATE INDEX `handoff_facts_consultation` ON `handoff_facts` (`consultation_id`);--> statement-breakpoint
CREATE TABLE `request_facts` (
	`consultation_id` integer PRIMARY KEY NOT NULL,
	`practice_ods` text NOT NULL,
	`received_at` integer NOT NULL,
	`received_day` text NOT NULL,
	`received_hour` integer NOT NULL,
	`received_weekday` integer NOT NULL,
	`red_flag` integer NOT NULL,
	`open` integer NOT NULL,
	`first_action_at` integer,
	`first_action_due` integer NOT NULL,
	`first_action_wm` integer,
	`first_destination` text,
	`closed_at` integer,
	`closed_day` text,
	`outcome_kind` text,
	`final_destination` text,
	`redirected` integer NOT NULL,
	`outcome_wm` integer,
	`outcome_due` integer NOT NULL,
	`next_working_day_end` integer NOT NULL,
	`completed_by_id` text
);
--> statement-breakpoint
CREATE INDEX `request_facts_received` ON `request_facts` (`received_day`,`practice_ods`);--> statement-breakpoint
CREATE INDEX `request_facts_closed` ON `request_facts` (`closed_day`,`practice_ods`);--> statement-breakpoint
CREATE INDEX `request_facts_open` ON `request_facts` (`practice_ods`) WHERE "request_facts"."open" = 1;--> statement-breakpoint
ALTER TABLE `practices` ADD `list_size` integer;