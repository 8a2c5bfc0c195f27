// The queue snapshot read without zod's copying walk (client/src/api/shapeCheck.ts): it must accept exactly
// what zod's parse of the shared schema accepts, field by field, or the page would trust a malformed answer.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { lookingSchema } from '../../../client/src/api/shapeCheck';
import { queueSnapshotSchema, resyncReplySchema, type QueueItem } from '../../../shared/schemas/api';
import { claimedBy, COORDINATOR_1, offeredTo, queueItem, redFlagged } from '../../component/fixtures';

const looking = lookingSchema(queueSnapshotSchema)!;
const items: QueueItem[] = [
  queueItem({ id: 1 }),
  redFlagged({ id: 2, possibleRedFlags: ['sepsis'] }),
  claimedBy(queueItem({ id: 3 }), COORDINATOR_1),
  offeredTo('anp', { id: 4 }),
  queueItem({ id: 5, status: 'closed', closedAt: '2026-11-24T11:00:00.000Z', outcome: { kind: 'completed', code: 'advice_given', notes: null }, filedAt: null }),
  queueItem({ id: 6, status: 'queued', returnedBecause: 'declined', returnDetail: { from: 'pharmacist', by: 'Pat Ng', note: 'needs bloods' } }),
];

/** Every way of breaking one field of one item: wrong type, missing, null where not allowed, a value outside its set. */
const BREAKS: Record<string, unknown[]> = {
  id: ['1', 1.5, null, undefined],
  version: ['2', Number.NaN],
  status: ['lost', null, 3],
  patient: [null, { initials: 'TM', age: '36', sex: 'female' }, { initials: 'TM', age: 36, sex: 'robot' }, { initials: 'TM', sex: 'female' }],
  redFlags: [null, ['chest_pain', 4], 'chest_pain'],
  sla: [{ firstActionDue: '2026-11-24T10:00:00.000Z' }, null],
  claimedBy: [{ id: 'x', name: 'A' }, { id: 1 }],
  pendingHandoff: [{ id: 1 }],
  outcome: [{ kind: 'completed', code: 'advice_given' }, { kind: 'teleported' }, 'completed'],
  returnDetail: [{ from: 'moon', by: null, note: null }],
  filedAt: [3],
  reference: [undefined],
};

const zodSays = (value: unknown) => queueSnapshotSchema.safeParse(value).success;
const lookSays = (value: unknown) => looking.safeParse(value).success;

describe('reading the queue snapshot by looking', () => {
  it('accepts the answers zod accepts, and hands them on as they came', () => {
    const answer = { seq: 9, items };
    expect(zodSays(answer)).toBe(true);
    const read = looking.safeParse(answer);
    expect(read.success && read.data).toBe(answer);
  });

  it('refuses every answer zod refuses, one broken field at a time', () => {
    let tried = 0;
    for (const [field, values] of Object.entries(BREAKS)) {
      for (const value of values) {
        for (const at of [0, items.length - 1]) {
          const broken = items.map((item, i) => (i === at ? { ...item, [field]: value } : item));
          const answer = { seq: 9, items: broken };
          expect({ field, value, looking: lookSays(answer) }).toEqual({ field, value, looking: zodSays(answer) });
          tried++;
        }
      }
    }
    for (const answer of [null, [], { seq: 9 }, { seq: '9', items }, { seq: 9, items: {} }, { seq: 9, items: [null] }]) expect(lookSays(answer)).toBe(zodSays(answer));
    expect(tried).toBeGreaterThan(40);
  });

  it('reads the resync reply the same way, either kind', () => {
    const resync = lookingSchema(resyncReplySchema)!;
    const changes = { kind: 'changes', seq: 4, changes: [{ seq: 4, type: 'claimed', item: items[2] }] };
    expect(resync.safeParse(changes).success).toBe(true);
    expect(resync.safeParse({ kind: 'snapshot', snapshot: { seq: 9, items } }).success).toBe(true);
    expect(resync.safeParse({ ...changes, changes: [{ seq: 4, item: items[2] }] }).success).toBe(false);
    expect(resync.safeParse({ kind: 'both', seq: 4, changes: [] }).success).toBe(false);
  });

  it('leaves a schema that rewrites what it reads to zod', () => {
    expect(lookingSchema(z.object({ name: z.string().trim() }))).toBeUndefined();
    expect(lookingSchema(z.object({ at: z.string().nullable().default(null) }))).toBeUndefined();
  });
});
