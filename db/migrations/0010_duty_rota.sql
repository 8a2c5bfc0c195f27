CREATE TABLE `duty_rota` (
	`date` text NOT NULL,
	`session` text NOT NULL,
	`clinician_id` integer NOT NULL,
	`assigned_by` integer NOT NULL,
	`assigned_at` integer NOT NULL,
	PRIMARY KEY(`date`, `session`)
);
