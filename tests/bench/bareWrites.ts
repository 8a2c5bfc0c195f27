// The bare baselines' writes (H1's cycles and figure 3's claims): the statements the hub's own
// queries amount to, written with nothing but better-sqlite3, once for both. They follow the
// hub's code: the same lifecycle columns in one update, the change feed's seq from the rowid, the
// audit chain's one-shot sha256.
import type Database from 'better-sqlite3';
import { hash } from 'node:crypto';

const GENESIS = '0'.repeat(64);

// Every lifecycle column the hub's one prepared update sets (SQLite maintains each index that
// holds a column named in SET, changed or not, so the list matters).
const LIFECYCLE = ['status', 'version', 'claimed_by', 'lease_expires_at', 'assignee_id', 'pending_destination', 'pending_organisation_ods', 'pending_handoff_id', 'red_flags', 'priority', 'returned_because', 'first_action_at', 'sla_breaches', 'closed_at', 'outcome', 'updated_at'];

export function bareWrites(db: Database.Database) {
  const present = new Set((db.prepare('select name from pragma_table_info(?)').all('consultations') as { name: string }[]).map((c) => c.name));
  const setColumns = LIFECYCLE.filter((c) => present.has(c));
  const update = db.prepare(`update consultations set ${setColumns.map((c) => `${c} = @${c}`).join(', ')} where id = @id and version = @expectedVersion`);
  const openInterval = db.prepare('select * from liability_intervals where consultation_id = ? and to_at is null');
  const closeInterval = db.prepare('update liability_intervals set to_at = ? where consultation_id = ? and to_at is null');
  const openNext = db.prepare(
    'insert into liability_intervals (consultation_id, from_at, to_at, owner_kind, owner_id, owner_name, accountable_kind, accountable_id, accountable_name, basis) values (?, ?, null, ?, ?, ?, ?, ?, ?, ?)',
  );
  const feed = db.prepare('insert into change_feed (consultation_id, type, actor_id, payload, at) values (?, ?, ?, ?, ?)');
  const lastHash = db.prepare('select hash from audit_log order by id desc limit 1');
  const audit = db.prepare(
    'insert into audit_log (at, actor_id, actor_role, action, consultation_id, before, after, reason, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );

  return {
    /** The request's lifecycle columns from `row`, only if its version is still `expectedVersion`. */
    writeLifecycle(row: Record<string, unknown>, id: number, expectedVersion: number): void {
      const params = Object.fromEntries(setColumns.map((c) => [c, row[c]]));
      if (update.run({ ...params, id, expectedVersion }).changes !== 1) throw new Error('stale version');
    },
    /** Ends the open interval at `now` and, given the next one's parties and basis, opens it. */
    moveLiability(id: number, now: number, next?: readonly string[]): void {
      openInterval.get(id);
      closeInterval.run(now, id);
      if (next) openNext.run(id, now, ...next);
    },
    /** Opens an interval where none is open (the census decides; the hub does so only at intake). */
    openLiability: (id: number, now: number, next: readonly string[]): void => void openNext.run(id, now, ...next),
    /** The change feed entry and the chained audit entry, as the hub's recordChange writes them. */
    record(change: { id: number; type: string; actorId: string; actorRole: string; status: string; version: number; before: string; after: string; reason: string | null; now: number }): number {
      const { id, type, actorId, actorRole, now } = change;
      const seq = Number(feed.run(id, type, actorId, JSON.stringify({ status: change.status, version: change.version }), now).lastInsertRowid);
      const prevHash = (lastHash.get() as { hash: string } | undefined)?.hash ?? GENESIS;
      const entry = [now, actorId, actorRole, type, id, change.before, change.after, change.reason] as const;
      audit.run(...entry, prevHash, hash('sha256', JSON.stringify([prevHash, ...entry]), 'hex'));
      return seq;
    },
  };
}
