DROP INDEX `consultations_family_key`;--> statement-breakpoint
CREATE INDEX `consultations_family_search` ON `consultations` (`family_key`,`received_at`,`status`,`practice_ods`,`given_name`);