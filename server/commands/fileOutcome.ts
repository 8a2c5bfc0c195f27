// Practice staff mark an outcome the hub reported as filed in the patient's record (docs/practice.md):
// a change to the request (version, change feed, audit) that moves no responsibility, so it steps
// around the lifecycle machine. Only their own practice's requests (others do not exist for them),
// only a closed request the hub did not hand to the practice, and once: filing again answers the same.
import { z } from 'zod';
import { HttpError } from '../http/errors';
import { defineOperation } from './definition';
import { assertVisible, recordChange, type Committed } from './lifecycleStep';
import { toQueueItem } from '../views/queueItem';

export const fileOutcome = defineOperation({
  name: 'outcome_filed',
  senders: { staff: ['practice'] },
  input: z.object({ expectedVersion: z.number().int().nonnegative().optional() }).strict(),
  perform({ db, directory, actor, input, now, settings, consultationId }) {
    const id = consultationId!;
    const before = db.q.consultations.byId(id);
    assertVisible(actor, before, id);
    // Practice staff see only their practice; a hub role reaching here holds no practice of its own.
    if (actor.kind !== 'staff' || actor.practiceOds !== before.practiceOds) throw new HttpError('NOT_FOUND', `No consultation request ${id}.`);
    if (before.status !== 'closed' || before.outcome === null || before.outcome.kind === 'accepted_by_practice') {
      throw new HttpError('NOT_AN_OUTCOME', `Request ${before.reference ?? id} has no outcome from the hub to file: it is ${before.status === 'closed' ? 'with the practice' : 'still open'}.`);
    }
    if (before.filedAt !== null) {
      // Idempotent: a second click, or a colleague's, answers the request as filed and writes nothing.
      const result: Committed = { seq: db.q.feed.latestSeq(), type: 'outcome_filed', row: before, item: toQueueItem(before, directory) };
      return { result };
    }
    if (input.expectedVersion !== undefined && input.expectedVersion !== before.version) {
      throw new HttpError('STALE_VERSION', `This request has changed since you loaded it (version ${before.version}, not ${input.expectedVersion}); reload and try again.`);
    }
    const after = { ...before, filedAt: now, filedById: actor.id, version: before.version + 1, updatedAt: now };
    if (!db.q.consultations.markFiled(after, before.version)) {
      throw new HttpError('STALE_VERSION', 'This request changed while your action was being saved; reload and try again.');
    }
    const change = recordChange(db, directory, { type: 'outcome_filed', actor, before, after, now, reason: 'filed in the practice record', calendar: settings.calendar });
    return { result: change, changes: [change] };
  },
});
