DROP INDEX `change_feed_consultation`;--> statement-breakpoint
DROP INDEX `consultations_open`;--> statement-breakpoint
DROP INDEX `consultations_practice`;--> statement-breakpoint
DROP INDEX `consultations_lease`;--> statement-breakpoint
CREATE INDEX `consultations_open` ON `consultations` (`priority`,`first_action_due`,`id`) WHERE "consultations"."status" not in ('closed', 'cancelled');--> statement-breakpoint
CREATE INDEX `consultations_practice` ON `consultations` (`practice_ods`);--> statement-breakpoint
CREATE INDEX `consultations_lease` ON `consultations` (`lease_expires_at`) WHERE "consultations"."lease_expires_at" is not null;--> statement-breakpoint
DROP INDEX `handoffs_open`;--> statement-breakpoint
CREATE INDEX `handoffs_open` ON `handoffs` (`expires_at`) WHERE "handoffs"."status" = 'offered';