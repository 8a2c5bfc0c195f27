// Who will be responsible after a hand-off, in sentences, from the shared liability rules: the parties
// responsibilityAfter() returns for the offer, and when the destination's rule says that changes, with the
// time-outs of the hub's SLA policy in force.
import { DUTY_CLINICIAN, personParty, responsibilityAfter, type Party, type Responsibility } from '../../../../shared/lifecycle/liability';
import { DESTINATION_RULES } from '../../../../shared/rules/destinations';
import type { ConsultationDetail, User } from '../../../../shared/schemas/api';
import type { Destination } from '../../../../shared/schemas/domain';
import type { HandoffBody } from '../../../../shared/schemas/handoff';
import type { SlaPolicy } from '../../../../shared/time/hubCalendar';
import type { HubProtocol } from '../../api/http';
import { DESTINATION_WORDS } from '../../format';
import { actorOf } from '../../machines/lifecycle';

export interface ResponsibilityPreviewText {
  /** Who holds it and who is accountable as soon as you confirm. */
  now: string;
  /** When, and to whom, that changes; null when it changes at once. */
  then: string | null;
  /** The destination rule's own statement. */
  note: string;
}

/** Who takes it on when a hub team accepts: "an ANP", "the duty clinician". */
const MEMBER: Partial<Record<Destination, string>> = {
  anp: 'an ANP',
  pharmacist: 'a clinical pharmacist',
  physio: 'an FCP',
  duty_clinician: 'the duty clinician',
};

/** Responsibility right now: a coordinator holds it under the duty clinician; an assignee holds both. */
function currentOf(user: User, detail: ConsultationDetail): Responsibility {
  const me = personParty(actorOf(user));
  const accountable = detail.assignee?.id === user.id ? me : DUTY_CLINICIAN;
  return { owner: me, accountable, basis: 'current' };
}

const isMe = (party: Party, user: User) => party.kind === 'person' && party.id === String(user.id);
/** "the hub duty clinician", "the ANP team", "Riverside Surgery", "you". */
function nameOf(party: Party, user: User): string {
  if (isMe(party, user)) return 'you';
  if (party.kind === 'person' || party.kind === 'organisation') return party.name;
  const name = /^[A-Z][a-z]/.test(party.name) ? party.name.charAt(0).toLowerCase() + party.name.slice(1) : party.name;
  return name.startsWith('the ') ? name : `the ${name}`;
}

/** "4 working hours", "1 working hour", "90 working minutes". */
const workingTimeWords = (minutes: number) =>
  minutes % 60 === 0 ? `${minutes / 60} working hour${minutes === 60 ? '' : 's'}` : `${minutes} working minute${minutes === 1 ? '' : 's'}`;

export function responsibilityPreview(
  user: User,
  detail: ConsultationDetail,
  details: HandoffBody,
  organisation: { ods: string; name: string } | undefined,
  protocol: HubProtocol,
  policy: Pick<SlaPolicy, 'offerExpiryMinutes' | 'externalAckMinutes'>,
): ResponsibilityPreviewText {
  const d = details.destination;
  const rule = DESTINATION_RULES[d];
  const after = responsibilityAfter(
    { type: 'offer', actor: actorOf(user), handoff: details },
    {
      current: currentOf(user, detail),
      practice: { ods: detail.practiceOds, name: detail.practiceName },
      organisation: rule.kind === 'practice' ? { ods: detail.practiceOds, name: detail.practiceName } : organisation,
      protocol,
      timeouts: { offerExpiryMinutes: policy.offerExpiryMinutes, externalAckMinutes: policy.externalAckMinutes },
    },
  );
  if (after === 'end' || after === 'unchanged') return { now: 'Responsibility does not change when you confirm.', then: null, note: rule.responsibilityNote };

  const owner = nameOf(after.owner, user);
  const accountable = nameOf(after.accountable, user);
  const stays = accountable === 'you' ? 'stay' : 'stays';
  switch (rule.responsibilityMoves) {
    case 'on_acceptance': {
      const waitingFor = rule.kind === 'hub_team' ? DESTINATION_WORDS[d] : owner;
      const who = MEMBER[d];
      return {
        now: `Until ${waitingFor} accepts, the request waits ${rule.kind === 'hub_team' ? 'in their queue' : 'with them'} and ${accountable} ${stays} accountable.`,
        then: who ? `When ${who} accepts, they become responsible.` : `When ${owner} accepts, the practice becomes responsible.`,
        note: rule.responsibilityNote,
      };
    }
    case 'on_acknowledgement':
      return {
        now: `Until ${owner} acknowledges the referral, ${accountable} ${stays} accountable.`,
        then: `When ${owner} acknowledges it, the pharmacy becomes responsible. Unacknowledged after ${workingTimeWords(policy.externalAckMinutes)}, it comes back to the hub.`,
        note: rule.responsibilityNote,
      };
    // The hub keeps it until the patient has the advice (docs/messaging.md).
    case 'on_safety_netting_sent':
      return {
        now: `Until the message with the advice reaches the patient, the hub holds the request and ${accountable} ${stays} accountable.`,
        then: 'When it is delivered (or someone tells the patient by phone), the patient becomes responsible. If it cannot be delivered, it comes back to the hub.',
        note: rule.responsibilityNote,
      };
    case 'immediately':
      return {
        now: `When you confirm, the urgent advice you gave is recorded and ${accountable} becomes responsible at once${owner === accountable ? '' : ` (${owner} holds it)`}.`,
        then: null,
        note: rule.responsibilityNote,
      };
  }
}
