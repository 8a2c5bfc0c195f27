CREATE TABLE `intake_idempotency` (
	`scope` text NOT NULL,
	`key` text NOT NULL,
	`body_hash` text NOT NULL,
	`consultation_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`scope`, `key`)
);
--> statement-breakpoint
ALTER TABLE `audit_log` ADD `subject` text;--> statement-breakpoint
-- Outcomes were text ("advice_given: notes", "routed:self_care"); they become the typed JSON value
-- of shared/schemas/outcome.ts, so nothing parses a string back.
UPDATE `consultations` SET `outcome` = CASE
  WHEN `outcome` LIKE 'routed:%' THEN json_object('kind', 'routed', 'destination', substr(`outcome`, 8))
  WHEN `outcome` LIKE 'referred:%' THEN json_object('kind', 'referred', 'destination', substr(`outcome`, 10))
  WHEN `outcome` = 'accepted_by_practice' THEN json_object('kind', 'accepted_by_practice')
  WHEN `outcome` = 'cancelled' THEN json_object('kind', 'cancelled')
  WHEN instr(`outcome`, ': ') > 0 THEN json_object('kind', 'completed', 'code', substr(`outcome`, 1, instr(`outcome`, ': ') - 1), 'notes', substr(`outcome`, instr(`outcome`, ': ') + 2))
  ELSE json_object('kind', 'completed', 'code', `outcome`, 'notes', NULL)
END WHERE `outcome` IS NOT NULL AND json_valid(`outcome`) = 0;
