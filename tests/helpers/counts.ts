// Row counts of everything a change writes, so tests can prove a refusal wrote nothing.
import { sql } from 'drizzle-orm';
import type { HubDatabase } from '../../db/open';

const TABLES = ['consultations', 'change_feed', 'audit_log', 'handoffs', 'liability_intervals', 'patient_messages', 'contact_tasks'] as const;

export function rowCounts(db: HubDatabase): Record<(typeof TABLES)[number], number> {
  return Object.fromEntries(
    TABLES.map((t) => [t, db.orm.get<{ n: number }>(sql.raw(`select count(*) as n from ${t}`)).n]),
  ) as Record<(typeof TABLES)[number], number>;
}
