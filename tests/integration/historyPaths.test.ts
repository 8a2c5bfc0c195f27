// The history generator's two paths write the same history: the same small history (5 days × 3
// practices, a fixed seed) generated through the command path and through the bulk path, into two
// files sharing one audit key, is the same table by table, row by row, audit chain hashes included.
// Only what is random by design is left out, each for its reason below (docs/history.md, "Two paths").
import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateHistory, type HistorySummary } from '../../server/tools/history/generate';
import type { HistoryOptions } from '../../server/tools/history/options';
import { quoted, rowOrder } from '../helpers/tableOrder';

const dir = mkdtempSync(join(tmpdir(), 'ehub-history-paths-'));
const options = (path: HistoryOptions['path']): HistoryOptions => ({
  days: 5, practices: 3, db: join(dir, `${path}.sqlite`), seed: 11, end: '2026-11-27', append: false, durability: 'off', quiet: true, path,
});

/**
 * Columns that differ between any two runs, whichever the path, and why:
 * - a patient message's `reference` is a random UUID (it must be unique across hubs: Notify finds an earlier send by it),
 *   and its `provider_id` is the embedded transport's `history-<reference>`;
 * - the practices' intake key hashes and the staff's password hashes hash secrets made up and thrown away at setup
 *   (docs/history.md: nobody holds them), with random salts.
 */
const RANDOM_BY_DESIGN: Record<string, readonly string[]> = {
  patient_messages: ['reference', 'provider_id'],
  practices: ['intake_key_hash'],
  staff: ['password_hash'],
};

function tables(db: Database.Database): string[] {
  return (db.prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`).all() as { name: string }[]).map((r) => r.name);
}

function rowsOf(db: Database.Database, table: string): Record<string, unknown>[] {
  const skip = RANDOM_BY_DESIGN[table] ?? [];
  const rows = db.prepare(`select * from ${quoted(table)} order by ${rowOrder(db, table)}`).all() as Record<string, unknown>[];
  return rows.map((row) => Object.fromEntries(Object.entries(row).filter(([column]) => !skip.includes(column))));
}

describe('seed:history, bulk path against the command path', () => {
  let commands: HistorySummary;
  let bulk: HistorySummary;
  let a: Database.Database;
  let b: Database.Database;

  beforeAll(async () => {
    commands = await generateHistory(options('commands'));
    // One audit key for both files, so the keyed chain's hashes can be compared too.
    copyFileSync(`${options('commands').db}.audit-key`, `${options('bulk').db}.audit-key`);
    bulk = await generateHistory(options('bulk'));
    a = new Database(options('commands').db, { readonly: true });
    b = new Database(options('bulk').db, { readonly: true });
  }, 300_000);

  afterAll(() => {
    a?.close();
    b?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('passes the same checks: liability contiguous from arrival, the audit chain verifying', () => {
    for (const summary of [commands, bulk]) {
      expect(summary.liability.problems).toEqual([]);
      expect(summary.audit).toMatchObject({ ok: true, problems: [] });
      expect(summary.ok).toBe(true);
    }
    expect(bulk.requests).toBeGreaterThan(400);
    expect({ requests: bulk.requests, commands: bulk.commands, refused: bulk.refused }).toEqual({
      requests: commands.requests, commands: commands.commands, refused: commands.refused,
    });
  });

  it('writes every table the same, row for row: requests, hand-offs, liability, change feed, audit chain, messages, figures', () => {
    expect(tables(b)).toEqual(tables(a));
    for (const table of tables(a)) {
      const left = rowsOf(a, table);
      const right = rowsOf(b, table);
      expect({ table, rows: right.length }).toEqual({ table, rows: left.length });
      const first = left.findIndex((row, i) => JSON.stringify(row) !== JSON.stringify(right[i]));
      expect({ table, row: first === -1 ? undefined : right[first] }).toEqual({ table, row: first === -1 ? undefined : left[first] });
    }
  });

  it('has written a history worth comparing: hand-offs, lapses, deliveries, breaches and the rebuilt figures', () => {
    const count = (sql: string) => (a.prepare(sql).get() as { n: number }).n;
    expect(count(`select count(*) as n from handoffs where status = 'expired'`)).toBeGreaterThan(0);
    expect(count(`select count(*) as n from patient_messages where status = 'delivered'`)).toBeGreaterThan(300);
    expect(count(`select count(*) as n from change_feed where type = 'sla_breached'`)).toBeGreaterThan(0);
    expect(count(`select count(*) as n from request_facts`)).toBe(bulk.requests);
  });
});
