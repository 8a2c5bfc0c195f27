CREATE TABLE `stats_counts` (
	`grain` text NOT NULL,
	`practice_ods` text NOT NULL,
	`figure` text NOT NULL,
	`period` text NOT NULL,
	`key` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`grain`, `practice_ods`, `figure`, `period`, `key`)
);
--> statement-breakpoint
CREATE INDEX `handoff_facts_practice_answers` ON `handoff_facts` (`practice_ods`,`offered_day`,`destination`,`status`,`red_flag`,`answer_wm`);--> statement-breakpoint
CREATE INDEX `handoff_facts_day_answers` ON `handoff_facts` (`offered_day`,`destination`,`status`,`red_flag`,`answer_wm`);--> statement-breakpoint
CREATE INDEX `request_facts_practice_minutes` ON `request_facts` (`practice_ods`,`received_day`,`first_action_wm`,`outcome_wm`);--> statement-breakpoint
CREATE INDEX `request_facts_day_minutes` ON `request_facts` (`received_day`,`first_action_wm`,`outcome_wm`);--> statement-breakpoint
CREATE INDEX `request_facts_undecided` ON `request_facts` (`first_action_due`) WHERE "request_facts"."first_action_at" is null;--> statement-breakpoint
CREATE INDEX `request_facts_unfinished` ON `request_facts` (`received_day`) WHERE "request_facts"."outcome_kind" is null;