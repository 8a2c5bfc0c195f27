// The hot-path writes (db/queries/boundWrite.ts) bind what Drizzle's own prepared statement binds:
// placeholders, JSON columns through their encoder, constants in the SQL, and a missing value is
// refused by name before anything is written.
import { eq, sql } from 'drizzle-orm';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openDatabase, type HubDatabase } from '../../db/open';
import { boundWrite } from '../../db/queries/boundWrite';
import { changeFeed, handoffs } from '../../db/schema';

const ph = sql.placeholder;
let dir: string;
let db: HubDatabase;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ehub-bound-'));
  db = openDatabase(join(dir, 'hub.sqlite'));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const feedInsert = () =>
  db.orm.insert(changeFeed).values({ consultationId: ph('consultationId'), type: ph('type'), actorId: ph('actorId'), payload: ph('payload'), at: ph('at') });
const entry = { consultationId: 7, type: 'claim', actorId: 'staff:1', payload: { status: 'in_triage', version: 2, note: 'a "quoted" word' }, at: 1_764_000_000_000 };

it('writes the same row as Drizzle, JSON columns encoded by their own encoder', () => {
  const seq = Number(boundWrite<typeof entry>(db.orm, feedInsert()).run(entry).lastInsertRowid);
  feedInsert().prepare().run(entry);
  const [ours, drizzles] = db.orm.select().from(changeFeed).all();
  expect(ours).toEqual({ seq, ...entry });
  expect({ ...drizzles, seq }).toEqual(ours);
  // Stored as JSON text, as Drizzle stores it.
  expect(db.orm.$client.prepare('select payload from change_feed where seq = ?').pluck().get(seq)).toBe(JSON.stringify(entry.payload));
});

it('keeps the constants Drizzle wrote into the statement', () => {
  const respond = boundWrite<{ id: number; status: string }>(
    db.orm,
    db.orm
      .update(handoffs)
      .set({ status: sql`${ph('status')}` })
      .where(sql`${handoffs.id} = ${ph('id')} and ${eq(handoffs.status, 'offered')}`),
  );
  db.orm.$client.exec(`insert into handoffs (consultation_id, destination, details, reason_code, offered_by_id, offered_by_name, offered_at, status)
    values (1, 'anp', '{}', 'protocol_match', 'staff:1', 'A', 1, 'offered'), (1, 'anp', '{}', 'protocol_match', 'staff:1', 'A', 1, 'accepted')`);
  expect(respond.run({ id: 1, status: 'declined' }).changes).toBe(1);
  // Only an offer still waiting is answered: the constant 'offered' is bound too.
  expect(respond.run({ id: 2, status: 'declined' }).changes).toBe(0);
  expect(db.orm.select({ status: handoffs.status }).from(handoffs).orderBy(handoffs.id).all().map((h) => h.status)).toEqual(['declined', 'accepted']);
});

it('names a missing value and writes nothing', () => {
  const append = boundWrite<typeof entry>(db.orm, feedInsert());
  const { at: _at, ...withoutAt } = entry;
  expect(() => append.run(withoutAt as typeof entry)).toThrow('No value for placeholder "at" was provided');
  expect(db.orm.select().from(changeFeed).all()).toEqual([]);
});
