// Escalate to the duty clinician (anyone holding the request may): an offer to the duty rota.
import { reasonBodySchema } from '../../shared/schemas/commands';
import { addWorkingMinutes } from '../../shared/time/workingTime';
import { actorId } from './actors';
import { defineCommand } from './definition';

export const escalate = defineCommand({
  name: 'escalate',
  // The hub itself escalates a request whose intake screening fired a red flag.
  senders: { staff: ['coordinator', 'anp', 'pharmacist', 'physio', 'lead'], system: true },
  input: reasonBodySchema,
  toEvent: ({ actor, input }) => ({ type: 'escalate', actor, reason: input.reason }),
  // The first action is a person's decision; the hub's own red-flag escalation is not one.
  write: ({ db, before, input, actor, now, settings }) => ({
    handoffId: db.q.handoffs.insert({
      consultationId: before.id,
      destination: 'duty_clinician',
      details: {},
      reasonCode: before.redFlags.length > 0 ? 'red_flag_escalation' : 'clinical_assessment_needed',
      reasonText: input.reason,
      suggestionFollowed: null,
      offeredById: actorId(actor),
      offeredByName: actor.name,
      offeredAt: now,
      // A red flag must be accepted by a clinician within 15 minutes; other escalations like any offer.
      expiresAt: addWorkingMinutes(
        new Date(now),
        before.redFlags.length > 0 ? settings.sla.redFlagAcceptMinutes : settings.sla.offerExpiryMinutes,
        settings.calendar,
      ).getTime(),
      status: 'offered',
      protocolVersion: settings.protocol.version,
    }),
  }),
  reason: (input) => input.reason,
});
