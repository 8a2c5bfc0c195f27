// Sent by the scheduler when a hand-off's time to answer runs out: an offer to a hub team returns
// to the queue, marked; an unacknowledged referral returns as a safety-net follow-up.
import { handoffAnswerSchema } from '../../shared/schemas/commands';
import { answerPendingHandoff } from './answerHandoff';
import { defineCommand } from './definition';

export const expireOffer = defineCommand({
  name: 'offer_expired',
  senders: { system: true },
  input: handoffAnswerSchema,
  toEvent: ({ actor }) => ({ type: 'offer_expired', actor }),
  write: ({ db, before, input, actor, now }) => answerPendingHandoff(db, { before, handoffId: input.handoffId, actor, now, status: 'expired' }),
});

export const expireReferral = defineCommand({
  name: 'acknowledgement_expired',
  senders: { system: true },
  input: handoffAnswerSchema,
  toEvent: ({ actor }) => ({ type: 'acknowledgement_expired', actor }),
  write: ({ db, before, input, actor, now }) => answerPendingHandoff(db, { before, handoffId: input.handoffId, actor, now, status: 'expired' }),
});
