// The audit head's checkpoint outside the database (db/audit/keeper.ts; docs/audit.md) must never
// claim rows that a power cut could still take back: each checkpoint is written only after the log
// holding those rows has been made durable, and one that would say nothing new is not written at all.
import { expect, it } from 'vitest';
import { keepAuditHead } from '../../../db/audit/keeper';
import type { Checkpoint } from '../../../db/audit/head';

function chain() {
  let tip = { rows: 0, lastId: 0, hash: 'h0' };
  return {
    append(n: number) {
      tip = { rows: tip.rows + n, lastId: tip.lastId + n, hash: `h${tip.lastId + n}` };
    },
    state: {
      head: () => tip,
      hashOf: (id: number) => `h${id}`,
      rowsUpTo: (id: number) => id,
      keyedFrom: () => 1,
      keyLegacyChain: () => undefined,
    },
  };
}

it('makes the log durable before each checkpoint it writes, and writes none that says nothing new', () => {
  const events: string[] = [];
  const written: Checkpoint[] = [];
  const c = chain();
  const keeper = keepAuditHead({
    audit: c.state,
    write: (work) => work(),
    durable: () => void events.push('durable'),
    head: { where: 'test', read: () => undefined, write: (checkpoint) => void (events.push(`head ${checkpoint.lastId}`), written.push(checkpoint)) },
    now: () => 1_000,
    everyMs: 3_600_000,
  });
  expect(events).toEqual(['durable', 'head 0']);

  c.append(3);
  keeper.flush();
  keeper.flush();
  c.append(2);
  keeper.close();

  expect(events).toEqual(['durable', 'head 0', 'durable', 'head 3', 'durable', 'head 5']);
  expect(written.at(-1)).toMatchObject({ rows: 5, lastId: 5, head: 'h5', keyedFrom: 1 });
});

it('writes no checkpoint when the log cannot be made durable, and tries again at the next flush', () => {
  const written: number[] = [];
  const c = chain();
  let diskFails = false;
  const keeper = keepAuditHead({
    audit: c.state,
    write: (work) => work(),
    durable: () => {
      if (diskFails) throw Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' });
    },
    head: { where: 'test', read: () => undefined, write: (checkpoint) => void written.push(checkpoint.lastId) },
    now: () => 1_000,
    everyMs: 3_600_000,
  });
  c.append(4);
  diskFails = true;
  expect(() => keeper.flush()).toThrow(/EIO/);
  expect(written).toEqual([0]);
  diskFails = false;
  keeper.close();
  expect(written).toEqual([0, 4]);
});
