// Who owns a request and who is accountable for it after each lifecycle event (docs/liability.md).
// Pure: the server writes the interval this returns in the same transaction as the change;
// the routing panel uses it to say who will be responsible after a hand-off.
import { z } from 'zod';
import { isClinician, type Destination } from '../schemas/domain';
import { DESTINATION_RULES } from '../rules/destinations';
import { protocolCitation } from '../rules/protocol';
import { MESSAGE_FAILURE_WORDS, type MessageChannel } from '../schemas/messages';
import type { Actor, LifecycleEvent } from './events';

export const PARTY_KINDS = ['person', 'team', 'role', 'organisation', 'patient'] as const;
export const partySchema = z.object({ kind: z.enum(PARTY_KINDS), id: z.string(), name: z.string() });
export type Party = z.infer<typeof partySchema>;

export const liabilityIntervalSchema = z.object({
  from: z.string(),
  to: z.string().nullable(),
  owner: partySchema,
  accountable: partySchema,
  basis: z.string(),
});
export type LiabilityInterval = z.infer<typeof liabilityIntervalSchema>;

export const HUB_QUEUE: Party = { kind: 'team', id: 'hub_queue', name: 'Hub triage queue' };
export const DUTY_CLINICIAN: Party = { kind: 'role', id: 'duty_clinician', name: 'Hub duty clinician' };
/** Who a red flag the duty clinician has not accepted in time is escalated to (docs/clinical-safety/red-flags.md). */
export const CLINICAL_LEAD: Party = { kind: 'role', id: 'clinical_lead', name: 'Hub clinical lead' };
export const PATIENT: Party = { kind: 'patient', id: 'patient', name: 'The patient' };
export const teamParty = (destination: Destination): Party => ({ kind: 'team', id: destination, name: DESTINATION_RULES[destination].label });
export const personParty = (actor: Actor): Party => ({ kind: 'person', id: String(actor.id), name: actor.name });
export const organisationParty = (ods: string, name: string): Party => ({ kind: 'organisation', id: ods, name });

export interface Responsibility {
  owner: Party;
  accountable: Party;
  basis: string;
}

/** What the rules need to know besides the event: the hand-off involved, names, the protocol. */
export interface LiabilityFacts {
  current: Responsibility | null;
  handoffId?: number;
  practice: { ods: string; name: string };
  /** The organisation a referral went to (a pharmacy, or the practice), once there is one. */
  organisation?: { ods: string; name: string };
  /** The protocol in force when the change is made: the basis cites it, and the citation is stored, never recomputed. */
  protocol: { version: string; signedOffBy: string; signedOffAt?: string | null };
  /** redFlagAcceptMinutes: the hub's setting, 15 unless it says otherwise. */
  timeouts: { offerExpiryMinutes: number; externalAckMinutes: number; redFlagAcceptMinutes?: number };
  /**
   * The duty clinician on the rota at the instant of the event (docs/rota.md): accountable while the hub
   * holds the request. Absent where there is no rota to ask (the liability matrix): the role stands.
   */
  duty?: DutyFacts;
  /**
   * What a self-care or self-referral decision sent the patient (docs/messaging.md): the message queued in
   * the same transaction, or the contact task left because there was nowhere to send it.
   */
  patientMessage?: PatientMessageFact;
}

/** The message a decision queued for the patient, or the contact task left because none could go. */
export type PatientMessageFact = { messageId: number; channel: MessageChannel } | { taskId: number; why: string };

const CHANNEL_WORDS: Record<MessageChannel, string> = { sms: 'text message', email: 'email' };

/** Who the rota names for the session in force: `session` is null outside hub hours, `clinician` null for a gap. */
export interface DutyFacts {
  session: { label: string } | null;
  clinician: { id: number; name: string } | null;
}

/** The accountable party while the hub holds a request, and the words the basis gives for it. */
export function dutyInForce(duty: DutyFacts | undefined): { party: Party; basis: string } {
  if (!duty) return { party: DUTY_CLINICIAN, basis: '' };
  if (duty.clinician && duty.session) {
    return { party: { kind: 'person', id: String(duty.clinician.id), name: duty.clinician.name }, basis: `duty clinician on the rota for ${duty.session.label}: ${duty.clinician.name}; ` };
  }
  return { party: DUTY_CLINICIAN, basis: `no duty clinician on the rota ${duty.session ? `for ${duty.session.label}` : '(outside hub hours)'}; ` };
}

/**
 * The responsibility in force after the event: a new interval, 'end' when the hub's part closes
 * with nobody taking it on (completion, cancellation), or 'unchanged'.
 */
/** Intake, with the urgent-care advice a red flag out of hours was answered with, if any. */
export type IntakeEvent = { type: 'intake'; actor: Actor; patientAdvice?: string };

export function responsibilityAfter(event: LifecycleEvent | IntakeEvent, facts: LiabilityFacts): Responsibility | 'end' | 'unchanged' {
  const hand = facts.handoffId !== undefined ? `hand-off #${facts.handoffId}` : 'the hand-off';
  const protocolBasis = protocolCitation(facts.protocol);
  const duty = dutyInForce(facts.duty);
  const backToHub = (why: string): Responsibility => ({ owner: HUB_QUEUE, accountable: duty.party, basis: `${why}; ${duty.basis}${protocolBasis}` });
  // While an offer waits, the sender's side stays accountable (responsibility moves on acceptance).
  const sendersSide = facts.current?.accountable ?? duty.party;
  const actor = event.actor;

  switch (event.type) {
    case 'intake': {
      const received = `received from ${facts.practice.name} (${facts.practice.ods})`;
      if (!event.patientAdvice) return backToHub(received);
      return backToHub(`${received} while the hub was closed; the practice's system was told to show the patient: "${event.patientAdvice}"`);
    }
    case 'claim':
      if (facts.current?.owner.kind === 'person' && facts.current.owner.id === String(actor.id)) return 'unchanged';
      return {
        owner: personParty(actor),
        // A coordinator is not a clinician: the duty clinician carries clinical responsibility meanwhile.
        accountable: duty.party,
        basis: `claimed for triage by ${actor.name}${isClinician(actor.roles) ? '' : ' (care coordinator)'}; ${duty.basis}${protocolBasis}`,
      };
    case 'reassign':
      return afterReassign(event);
    case 'release':
      return backToHub(`released to the queue by ${actor.name}`);
    case 'lease_expired':
      return backToHub('claim lapsed without activity');
    case 'offer':
      return afterRouting(event.handoff.destination);
    case 'escalate':
      return { owner: teamParty('duty_clinician'), accountable: sendersSide, basis: `escalated to the duty clinician in ${hand}: ${event.reason}` };
    case 'accept':
      if (facts.organisation && actor.kind === 'staff' && actor.roles.includes('practice')) {
        const practice = organisationParty(facts.organisation.ods, facts.organisation.name);
        return { owner: practice, accountable: practice, basis: `accepted by ${facts.organisation.name} (${actor.name}) in ${hand}` };
      }
      return { owner: personParty(actor), accountable: personParty(actor), basis: `accepted ${hand}` };
    case 'acknowledge': {
      const org = organisationParty(facts.organisation?.ods ?? 'unknown', facts.organisation?.name ?? 'the receiving service');
      return { owner: org, accountable: org, basis: `referral acknowledged by ${org.name} in ${hand}` };
    }
    case 'decline':
      return backToHub(`${hand} declined by ${actor.name}: ${event.reason}`);
    case 'offer_expired':
      return backToHub(`${hand} not accepted within ${facts.timeouts.offerExpiryMinutes} working minutes`);
    case 'acknowledgement_expired':
      return backToHub(`${hand} not acknowledged within ${facts.timeouts.externalAckMinutes / 60} working hours: safety-net follow-up`);
    case 'hand_back':
      return backToHub(`handed back to the hub by ${actor.name}: ${event.reason}`);
    case 'reopen':
      return backToHub(`reopened${event.afterReview ? ' after review' : ''} by ${actor.name}: ${event.reason}`);
    case 'complete':
    case 'cancel':
      return 'end';
    case 'sla_breached':
      // The lead now owns the red flag; the offer still waits, so accountability moves only on acceptance.
      if (event.deadline !== 'red_flag_acceptance') return 'unchanged';
      return {
        owner: CLINICAL_LEAD,
        accountable: sendersSide,
        basis: `red flag ${hand} not accepted within ${facts.timeouts.redFlagAcceptMinutes ?? 15} minutes: escalated to the clinical lead`,
      };
    case 'message_delivered': {
      const how =
        event.evidence === 'delivered'
          ? `delivered to the patient by ${CHANNEL_WORDS[event.channel]}`
          : `accepted by GOV.UK Notify for the patient by ${CHANNEL_WORDS[event.channel]} (the hub's settings let acceptance stand for delivery on this channel)`;
      return { owner: PATIENT, accountable: PATIENT, basis: `advice ${how} (message #${event.messageId}) for ${hand}; ${protocolBasis}` };
    }
    case 'message_failed':
      return backToHub(`message #${event.messageId} did not reach the patient (${MESSAGE_FAILURE_WORDS[event.failure]}): contact task #${event.taskId}`);
    case 'patient_told':
      return { owner: PATIENT, accountable: PATIENT, basis: `advice given to the patient by phone by ${actor.name} (contact task #${event.taskId}): ${event.note}` };
    case 'patient_not_reached':
      return backToHub(`patient not reached (contact task #${event.taskId}); back to the queue by ${actor.name}: ${event.reason}`);
    case 'renew':
    // Red-flag decisions change the request's priority, not who holds it: an escalation that follows moves it.
    case 'raise_red_flag':
    case 'confirm_red_flag':
    case 'clear_red_flag':
      return 'unchanged';
  }

  function afterReassign(event: Extract<LifecycleEvent, { type: 'reassign' }>): Responsibility {
    const by = `reassigned by ${actor.name}`;
    if (event.to.kind === 'person') {
      const to = event.to;
      return {
        owner: { kind: 'person', id: String(to.id), name: to.name },
        accountable: duty.party,
        basis: `${by} to ${to.name}${isClinician(to.roles) ? '' : ' (care coordinator)'}: ${event.reason}; ${duty.basis}${protocolBasis}`,
      };
    }
    // Back with the hub until the team accepts: the duty clinician in force is accountable meanwhile,
    // whoever held it before (responsibility moves only on acceptance).
    const forWhom = event.to.person ? ` for ${event.to.person.name}` : '';
    return {
      owner: teamParty(event.to.team),
      accountable: duty.party,
      basis: `${by} to ${DESTINATION_RULES[event.to.team].label}${forWhom} in ${hand}: ${event.reason}; ${duty.basis}${duty.party.name} accountable until it is accepted`,
    };
  }

  function afterRouting(destination: Destination): Responsibility {
    const rule = DESTINATION_RULES[destination];
    const org = facts.organisation ? organisationParty(facts.organisation.ods, facts.organisation.name) : undefined;
    switch (rule.kind) {
      case 'hub_team':
        return { owner: teamParty(destination), accountable: sendersSide, basis: `offered to ${rule.label} in ${hand}; ${sendersSide.name} accountable until it is accepted` };
      case 'practice':
      case 'external_pharmacy':
        return {
          owner: org ?? teamParty(destination),
          accountable: sendersSide,
          basis: `${rule.kind === 'practice' ? 'handed back to' : 'referred to'} ${org?.name ?? rule.label} in ${hand}; ${sendersSide.name} accountable until it ${rule.kind === 'practice' ? 'is accepted' : 'is acknowledged'}`,
        };
      case 'patient_led':
      case 'patient': {
        // Responsibility passes to the patient only once they have the advice (docs/messaging.md); until then the
        // hub holds it. Whether a coordinator may decide this way is the protocol's to say, so the basis cites it.
        const sent = facts.patientMessage;
        const how = !sent
          ? 'the advice is to be sent to the patient'
          : 'messageId' in sent
            ? `advice queued to the patient by ${CHANNEL_WORDS[sent.channel]} in message #${sent.messageId}`
            : `no message could go (${sent.why}): contact task #${sent.taskId}`;
        return {
          owner: HUB_QUEUE,
          accountable: sendersSide,
          basis: `${rule.label} decided by ${actor.name} in ${hand}; ${how}; ${sendersSide.name} accountable until the patient has it; ${protocolBasis}`,
        };
      }
      case 'urgent':
        return { owner: PATIENT, accountable: PATIENT, basis: `urgent care advice (999, NHS 111 or urgent treatment centre) given by ${actor.name} in ${hand}` };
    }
  }
}
