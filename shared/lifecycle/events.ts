// The lifecycle's events and the context the machine decides on. Names are settled (docs/lifecycle.md);
// later features add payload fields, never rename an event.
import type { RedFlagId } from '../rules/redFlags/ids';
import type { ConsultationKind, Destination, HubTeam, Role, Sex } from '../schemas/domain';
import type { MessageChannel, MessageFailure } from '../schemas/messages';
import type { HandoffBody } from '../schemas/handoff';
import type { OutcomeCode } from '../schemas/outcome';

/** Who sends an event: a signed-in person, the hub's scheduler, or an external system by key. */
export type Actor =
  | { kind: 'staff'; id: number; name: string; roles: Role[]; practiceOds?: string | null }
  | { kind: 'system'; id: 0; name: string; roles: [] }
  | { kind: 'integration'; id: string; name: string; roles: []; organisationOds: string };

export const SYSTEM_ACTOR: Actor = { kind: 'system', id: 0, name: 'hub scheduler', roles: [] };
/** The hub itself, when intake screening escalates a red flag. */
export const RED_FLAG_SCREENING: Actor = { kind: 'system', id: 0, name: 'red-flag screening at intake', roles: [] };
/** The hub itself, offering a queued request to the duty clinician after a person's red-flag decision. */
export const RED_FLAG_RAISED: Actor = { kind: 'system', id: 0, name: 'red flag raised by hand', roles: [] };
export const RED_FLAG_CONFIRMED: Actor = { kind: 'system', id: 0, name: 'possible red flag confirmed', roles: [] };

/** A pharmacy as the routing rules need to see it. */
export type PharmacyFacts = { ods: string; distanceSelling: boolean };

/**
 * What the machine knows about a request. Rebuilt from the stored row for every command,
 * so it carries only what guards need.
 */
export type LifecycleContext = {
  kind: ConsultationKind;
  practiceOds: string;
  redFlags: string[];
  /** Flags the intake screen could not settle: a clinician confirms or clears them. */
  possibleRedFlags: string[];
  patient: { birthDate: string; sex: Sex };
  submittedAt: string;
  claimedBy: number | null;
  assigneeId: number | null;
  /** The destination of the hand-off waiting for a response, when there is one. */
  pendingDestination: Destination | null;
  /** The organisation (pharmacy ODS) that must acknowledge an external referral. */
  pendingOrganisationOds: string | null;
  /** Whether the hub protocol in force lets a coordinator close with self-care (never for red flags). */
  coordinatorMaySelfCare: boolean;
  /** Destinations the protocol in force closes to coordinators (docs/protocol.md); none when absent. */
  closedToCoordinators?: readonly Destination[];
  /** The duty clinician on the rota at the moment of the event (docs/rota.md), who answers duty offers. */
  dutyClinicianId: number | null;
};

/**
 * Where the lead reassigns a request: to a named coordinator or lead, who holds it for triage, or
 * offered to a hub team (naming the clinician it is meant for, when the lead chose a person).
 */
export type ReassignTarget =
  | { kind: 'person'; id: number; name: string; roles: Role[] }
  | { kind: 'team'; team: HubTeam; person?: { id: number; name: string } };

type WithActor<T> = T & { actor: Actor };

export type LifecycleEvent =
  | WithActor<{ type: 'claim' }>
  | WithActor<{ type: 'renew' }>
  | WithActor<{ type: 'release' }>
  | WithActor<{ type: 'lease_expired' }>
  | WithActor<{ type: 'offer'; handoff: HandoffBody; pharmacy?: PharmacyFacts }>
  | WithActor<{ type: 'accept' }>
  | WithActor<{ type: 'decline'; reason: string }>
  | WithActor<{ type: 'offer_expired' }>
  | WithActor<{ type: 'acknowledge' }>
  | WithActor<{ type: 'acknowledgement_expired' }>
  | WithActor<{ type: 'escalate'; reason: string }>
  | WithActor<{ type: 'complete'; outcome: OutcomeCode; notes?: string }>
  | WithActor<{ type: 'hand_back'; reason: string }>
  /** `afterReview`: the clinical lead reopens a decision they disagreed with (docs/clinical-safety/review.md). */
  | WithActor<{ type: 'reopen'; reason: string; afterReview?: boolean }>
  | WithActor<{ type: 'reassign'; to: ReassignTarget; reason: string }>
  | WithActor<{ type: 'cancel'; reason: string }>
  | WithActor<{ type: 'raise_red_flag'; reason: string; ruleId?: RedFlagId }>
  | WithActor<{ type: 'confirm_red_flag'; reason: string }>
  | WithActor<{ type: 'clear_red_flag'; reason: string }>
  | WithActor<{ type: 'sla_breached'; deadline: 'first_action' | 'outcome' | 'red_flag_acceptance' }>
  // The patient and the advice they were sent (docs/messaging.md). `evidence`: delivered, or only accepted by
  // Notify on a channel the hub's settings let stand for delivery.
  | WithActor<{ type: 'message_delivered'; messageId: number; channel: MessageChannel; evidence: 'delivered' | 'accepted' }>
  | WithActor<{ type: 'message_failed'; messageId: number; failure: MessageFailure; taskId: number }>
  /** A person told the patient by phone, resolving the contact task. */
  | WithActor<{ type: 'patient_told'; taskId: number; note: string }>
  /** A person could not reach the patient either, and sends the request back to the queue for a new decision. */
  | WithActor<{ type: 'patient_not_reached'; taskId: number; reason: string }>;

export type LifecycleEventType = LifecycleEvent['type'];
export type EventOf<T extends LifecycleEventType> = Extract<LifecycleEvent, { type: T }>;
