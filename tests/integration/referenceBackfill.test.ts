// Requests admitted before references existed get one when the hub is upgraded: numbered per year of
// receipt in receipt order, with each year's sequence carrying on after them (db/migrations/0018).
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createSecretKey, randomBytes } from 'node:crypto';
import { prepareQueries } from '../../db/queries';

const MIGRATIONS = join(import.meta.dirname, '../../db/migrations');
const dir = mkdtempSync(join(tmpdir(), 'ehub-backfill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The migrations as they were before references: the journal cut at the tag named. */
function migrationsUpTo(lastTag: string): string {
  const folder = join(dir, 'before');
  cpSync(MIGRATIONS, folder, { recursive: true });
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const cut = journal.entries.findIndex((e) => e.tag === lastTag);
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, cut + 1) }));
  return folder;
}

const insertOld = (sqlite: Database.Database, familyName: string, receivedAt: string) =>
  sqlite
    .prepare(
      `insert into consultations (practice_ods, nhs_number, given_name, family_name, birth_date, sex, kind, text, answers, attachments, red_flags,
        priority, status, version, submitted_at, received_at, first_action_due, outcome_due, updated_at)
       values ('E85001', '9434765919', 'Ann', ?, '1990-01-01', 'female', 'clinical', 'Sore throat', '{}', '[]', '[]', 'routine', 'closed', 3, ?, ?, ?, ?, ?)`,
    )
    .run(familyName, ...Array(5).fill(Date.parse(receivedAt))).lastInsertRowid as number;

it('numbers older requests per year in receipt order, keys their family names, and carries each sequence on', () => {
  const sqlite = new Database(join(dir, 'hub.sqlite'));
  const orm = drizzle(sqlite);
  migrate(orm, { migrationsFolder: migrationsUpTo('0016_session_last_active') });
  const late2025 = insertOld(sqlite, "O'Hara", '2025-12-31T23:30:00.000Z');
  const early2026 = insertOld(sqlite, 'Smith-Jones', '2026-01-01T00:30:00.000Z');
  const mid2025 = insertOld(sqlite, 'Brown', '2025-06-01T09:00:00.000Z');

  migrate(orm, { migrationsFolder: MIGRATIONS });
  const rows = sqlite.prepare('select id, reference, family_key from consultations order by id').all() as { id: number; reference: string; family_key: string }[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  expect([mid2025, late2025, early2026].map((id) => byId.get(id)!.reference)).toEqual(['EH-25-00001', 'EH-25-00002', 'EH-26-00001']);
  expect([late2025, early2026, mid2025].map((id) => byId.get(id)!.family_key)).toEqual(['ohara', 'smithjones', 'brown']);

  const q = prepareQueries(orm as never, createSecretKey(randomBytes(32)));
  expect(q.references.assign(Date.parse('2025-12-01T10:00:00Z'), 'Europe/London')).toBe('EH-25-00003');
  expect(q.references.assign(Date.parse('2026-03-01T10:00:00Z'), 'Europe/London')).toBe('EH-26-00002');
  sqlite.close();
});
