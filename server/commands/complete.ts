// The clinician who accepted a request records its outcome; the hub's part closes. The patient is told
// the outcome in the same transaction (docs/messaging.md).
import { completeBodySchema } from '../../shared/schemas/commands';
import { queuePatientMessage } from '../messaging/outbox';
import { defineCommand } from './definition';

export const complete = defineCommand({
  name: 'complete',
  senders: { staff: ['anp', 'pharmacist', 'physio', 'lead'] },
  input: completeBodySchema,
  toEvent: ({ actor, input }) => ({ type: 'complete', actor, outcome: input.outcome, ...(input.notes ? { notes: input.notes } : {}) }),
  write: ({ input, actor, before, now, settings, db, directory }) => ({
    patientMessage: queuePatientMessage({
      db,
      directory,
      settings,
      actor,
      now,
      request: before,
      cause: { kind: 'outcome', outcome: input.outcome },
      ...(input.patientMessage !== undefined ? { edited: input.patientMessage } : {}),
    }),
  }),
  reason: (input) => input.outcome,
});
