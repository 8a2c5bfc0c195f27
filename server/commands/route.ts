// Route a request: offer it to a hub team, refer it out, hand it back to the practice, or close
// it with safety-netting or urgent advice. Every rule is the shared machine's and rules'. The patient's
// message about the decision is queued in the same transaction (docs/messaging.md).
import { DESTINATION_RULES } from '../../shared/rules/destinations';
import { PHARMACY_FIRST_SPEC } from '../../shared/rules/pharmacyFirst';
import { handoffBodySchema } from '../../shared/schemas/handoff';
import { addWorkingMinutes } from '../../shared/time/workingTime';
import { actorId } from './actors';
import { defineCommand } from './definition';
import { HttpError } from '../http/errors';
import { queuePatientMessage } from '../messaging/outbox';

export const route = defineCommand({
  name: 'route',
  senders: { staff: ['coordinator', 'anp', 'pharmacist', 'physio', 'lead'] },
  input: handoffBodySchema,
  toEvent: ({ input, actor, db }) => {
    const ods = 'pharmacyOds' in input ? input.pharmacyOds : undefined;
    const pharmacy = ods ? db.q.practices.pharmacy(ods) : undefined;
    if (ods && !pharmacy) throw new HttpError('UNKNOWN_PHARMACY', `pharmacyOds: ${ods} is not a community pharmacy the hub refers to.`);
    return { type: 'offer', actor, handoff: input, pharmacy: pharmacy && { ods: pharmacy.ods, distanceSelling: pharmacy.distanceSelling } };
  },
  write: ({ input, actor, before, now, settings, db, directory }) => {
    const rule = DESTINATION_RULES[input.destination];
    // The patient's message is kept in the outbox, not in the hand-off's details.
    const { destination, reason, suggestionFollowed, expectedVersion: _v, note: _n, patientMessage: edited, ...details } = input;
    // Offers to hub teams lapse in 30 working minutes; referrals out wait 4 working hours.
    const waitMinutes = rule.kind === 'hub_team' ? settings.sla.offerExpiryMinutes : settings.sla.externalAckMinutes;
    const handoffId = db.q.handoffs.insert({
      consultationId: before.id,
      destination,
      // A Pharmacy First decision records the version of the pathway table it was checked against.
      details: {
        ...details,
        ...(destination === 'pharmacy_first' ? { pathwaySpec: `${PHARMACY_FIRST_SPEC.name} v${settings.protocol.content.pharmacyFirstSpec}` } : {}),
        ...(input.note ? { note: input.note } : {}),
      },
      reasonCode: reason.code,
      reasonText: reason.text ?? null,
      suggestionFollowed: suggestionFollowed ?? null,
      offeredById: actorId(actor),
      offeredByName: actor.name,
      offeredAt: now,
      expiresAt: rule.needsAcceptance ? addWorkingMinutes(new Date(now), waitMinutes, settings.calendar).getTime() : null,
      status: rule.needsAcceptance ? 'offered' : 'sent',
      // The decision records the protocol it was made under (docs/protocol.md); never recomputed.
      protocolVersion: settings.protocol.version,
    });
    const patientMessage = queuePatientMessage({
      db,
      directory,
      settings,
      actor,
      now,
      request: before,
      cause: { kind: 'handoff', handoffId, destination },
      ...('pharmacyOds' in input ? { pharmacyOds: input.pharmacyOds } : {}),
      ...('pathway' in input ? { pathway: input.pathway } : {}),
      ...('safetyNetting' in input ? { safetyNetting: input.safetyNetting } : {}),
      ...(edited !== undefined ? { edited } : {}),
    });
    return { handoffId, patientMessage };
  },
  reason: (input) => `${input.destination}: ${input.reason.code}${input.reason.text ? ` (${input.reason.text})` : ''}`,
});
