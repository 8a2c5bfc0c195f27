// The lead breaks whoever holds a request and reassigns it, with a reason (docs/lifecycle.md):
// to a named coordinator or lead, who holds it for triage with a fresh lease; to a hub team, as an
// offer; or to a named clinician, as an offer to their team naming them (responsibility still moves
// only when someone accepts). The displaced holder sees the change on their socket like any other.
import type { HubDatabase } from '../../db/open';
import type { ReassignTarget } from '../../shared/lifecycle/events';
import { DESTINATION_RULES } from '../../shared/rules/destinations';
import type { HubTeam, Role } from '../../shared/schemas/domain';
import { reassignBodySchema, type ReassignBody } from '../../shared/schemas/commands';
import { addWorkingMinutes } from '../../shared/time/workingTime';
import { HttpError } from '../http/errors';
import { actorId } from './actors';
import { defineCommand } from './definition';

/** The team whose offers a clinician of each role answers. */
const TEAM_OF_ROLE: Partial<Record<Role, HubTeam>> = { anp: 'anp', pharmacist: 'pharmacist', physio: 'physio' };

function targetOf(db: HubDatabase, to: ReassignBody['to']): ReassignTarget {
  if ('team' in to) return { kind: 'team', team: to.team };
  const person = db.q.staff.byId(to.staffId);
  if (!person || !person.active) throw new HttpError('UNKNOWN_STAFF', `to.staffId: no active member of staff ${to.staffId}.`);
  if (person.roles.some((r) => r === 'coordinator' || r === 'lead')) return { kind: 'person', id: person.id, name: person.name, roles: person.roles };
  const team = person.roles.map((r) => TEAM_OF_ROLE[r]).find((t) => t !== undefined);
  if (!team) throw new HttpError('REASSIGN_TARGET_NOT_PERMITTED', `to.staffId: ${person.name} neither triages nor works a hub team's inbox.`);
  return { kind: 'team', team, person: { id: person.id, name: person.name } };
}

export const reassign = defineCommand({
  name: 'reassign',
  senders: { staff: ['lead'] },
  input: reassignBodySchema,
  toEvent: ({ input, actor, db }) => ({ type: 'reassign', actor, reason: input.reason, to: targetOf(db, input.to) }),
  write: ({ db, before, after, input, actor, now, settings }) => {
    if (after.status !== 'offered' || !after.pendingDestination) return;
    const team = after.pendingDestination;
    const person = 'staffId' in input.to ? db.q.staff.byId(input.to.staffId) : undefined;
    // A red flag offered to the duty clinician keeps its 15 minutes; any other offer lapses like a routed one.
    const minutes = team === 'duty_clinician' && before.redFlags.length > 0 ? settings.sla.redFlagAcceptMinutes : settings.sla.offerExpiryMinutes;
    return {
      handoffId: db.q.handoffs.insert({
        consultationId: before.id,
        destination: team,
        details: person ? { forStaffId: person.id, forStaffName: person.name } : {},
        reasonCode: 'reassigned_by_lead',
        reasonText: person ? `${input.reason} (for ${person.name}, ${DESTINATION_RULES[team].label})` : input.reason,
        suggestionFollowed: null,
        offeredById: actorId(actor),
        offeredByName: actor.name,
        offeredAt: now,
        expiresAt: addWorkingMinutes(new Date(now), minutes, settings.calendar).getTime(),
        status: 'offered',
      }),
    };
  },
  reason: (input) => input.reason,
});
