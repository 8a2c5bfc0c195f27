DROP INDEX `request_facts_received`;--> statement-breakpoint
CREATE INDEX `request_facts_received` ON `request_facts` (`received_day`,`received_at`,`practice_ods`);