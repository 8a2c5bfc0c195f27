// `npm run seed:history`: a small history (10 days, 3 practices) sent through the command path,
// checked as a manager's figures would rely on it: requests on working days only, liability
// contiguous, the audit chain verifying, the outcome mix as documented, the same for the same seed.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateHistory, HistoryRefused, type HistorySummary } from '../../server/tools/history/generate';
import type { HistoryOptions } from '../../server/tools/history/options';
import { OUTCOME_MIX, RED_FLAG_RATE } from '../../server/tools/history/requests';
import { isOpenAt } from '../../shared/time/workingTime';

const dir = mkdtempSync(join(tmpdir(), 'ehub-history-'));
const options = (name: string, over: Partial<HistoryOptions> = {}): HistoryOptions => ({
  days: 10, practices: 3, db: join(dir, name), seed: 7, end: '2026-11-27', append: false, durability: 'off', quiet: true, path: 'commands', ...over,
});

/** What a history is, without the parts keyed or timed by the machine that wrote it (the audit key, the checkpoint). */
function contentDigest(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    const hash = createHash('sha256');
    for (const query of [
      'select id, practice_ods, nhs_number, status, version, received_at, updated_at, red_flags from consultations order by id',
      'select id, consultation_id, destination, status, offered_at, responded_at, offered_by_id, responded_by_id from handoffs order by id',
      'select id, consultation_id, from_at, to_at, owner_id, accountable_id, basis from liability_intervals order by id',
    ]) {
      for (const row of db.prepare(query).iterate()) hash.update(JSON.stringify(row));
    }
    return hash.digest('hex');
  } finally {
    db.close();
  }
}

describe('seed:history', () => {
  let summary: HistorySummary;
  let db: Database.Database;

  beforeAll(async () => {
    summary = await generateHistory(options('first.sqlite'));
    db = new Database(options('first.sqlite').db, { readonly: true });
  }, 180_000);

  afterAll(() => {
    db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('passes its own checks: every liability map contiguous from arrival, the audit chain verifying', () => {
    expect(summary.requests).toBeGreaterThan(800);
    expect(summary.liability.problems).toEqual([]);
    expect(summary.liability.requests).toBe(summary.requests);
    expect(summary.audit).toMatchObject({ ok: true, problems: [] });
    expect(summary.ok).toBe(true);
    expect(summary.bytesOnDisk).toBeGreaterThan(0);
  });

  it('receives requests only while the hub is open, on working days (no weekend, no bank holiday)', () => {
    const received = db.prepare('select received_at as at from consultations').all() as { at: number }[];
    expect(received.length).toBe(summary.requests);
    expect(received.filter((r) => !isOpenAt(new Date(r.at))).map((r) => new Date(r.at).toISOString())).toEqual([]);
    const days = new Set(received.map((r) => new Date(r.at).toISOString().slice(0, 10)));
    expect(days.size).toBe(summary.workingDays);
  });

  it('ends each request where the documented outcome mix says, within a few points', () => {
    const last = db
      .prepare(
        `select h.destination as destination, c.red_flags as redFlags from consultations c
         join handoffs h on h.id = (select max(id) from handoffs where consultation_id = c.id) where c.status = 'closed'`,
      )
      .all() as { destination: string; redFlags: string }[];
    const share = (match: (r: { destination: string; redFlags: string }) => boolean) => (100 * last.filter(match).length) / last.length;
    const routine = (r: { redFlags: string }) => r.redFlags === '[]';
    expect(last.length).toBeGreaterThan(summary.requests * 0.8);
    // Within four percentage points: about three standard errors at this size.
    for (const team of ['anp', 'pharmacist', 'physio'] as const) expect(Math.abs(share((r) => routine(r) && r.destination === team) - OUTCOME_MIX[team])).toBeLessThan(4);
    const pharmacy = share((r) => r.destination === 'pharmacy_first' || r.destination === 'pharmacy_minor_illness');
    expect(Math.abs(pharmacy - (OUTCOME_MIX.pharmacy_first + OUTCOME_MIX.pharmacy_minor_illness))).toBeLessThan(4);
    expect(Math.abs(share((r) => r.destination === 'practice_gp' || r.destination === 'practice_admin') - (OUTCOME_MIX.practice_gp + OUTCOME_MIX.practice_admin))).toBeLessThan(4);
    expect(Math.abs(share((r) => r.destination === 'self_referral') - (OUTCOME_MIX.self_referral))).toBeLessThan(3);
    expect(Math.abs(share((r) => r.destination === 'self_care') - (OUTCOME_MIX.self_care))).toBeLessThan(3);
    const flagged = (db.prepare(`select count(*) as n from consultations where red_flags != '[]'`).get() as { n: number }).n;
    expect((100 * flagged) / summary.requests).toBeGreaterThan(RED_FLAG_RATE * 100 * 0.3);
    expect((100 * flagged) / summary.requests).toBeLessThan(RED_FLAG_RATE * 100 * 2.5);
  });

  it('has hand-offs declined and left to lapse, routed again afterwards, and SLA breaches recorded by the scheduler', () => {
    const handoffs = Object.fromEntries(
      (db.prepare('select status, count(*) as n from handoffs group by status').all() as { status: string; n: number }[]).map((r) => [r.status, r.n]),
    );
    expect(handoffs.declined).toBeGreaterThan(summary.requests * 0.02);
    expect(handoffs.expired).toBeGreaterThan(summary.requests * 0.01);
    const breaches = (db.prepare(`select count(*) as n from change_feed where type = 'sla_breached'`).get() as { n: number }).n;
    expect(breaches).toBeGreaterThan(0);
    const reRouted = (db.prepare(`select count(*) as n from (select consultation_id from handoffs group by consultation_id having count(*) > 1)`).get() as { n: number }).n;
    expect(reRouted).toBeGreaterThan(handoffs.declined! * 0.5);
  });

  it('makes the same history for the same seed, and a different one for another', async () => {
    const short = { days: 4 };
    await generateHistory(options('once.sqlite', short));
    await generateHistory(options('again.sqlite', short));
    await generateHistory(options('other.sqlite', { ...short, seed: 8 }));
    expect(contentDigest(options('again.sqlite').db)).toBe(contentDigest(options('once.sqlite').db));
    expect(contentDigest(options('other.sqlite').db)).not.toBe(contentDigest(options('once.sqlite').db));
  }, 240_000);

  it('refuses to write into a database that already holds requests, unless told to append', async () => {
    await expect(generateHistory(options('first.sqlite', { days: 1 }))).rejects.toBeInstanceOf(HistoryRefused);
  }, 60_000);
});
