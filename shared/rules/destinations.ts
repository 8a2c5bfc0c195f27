// Where a request may go, who may send it there, and when responsibility moves (docs/domain-rules.md, docs/liability.md).
import { ALLOWED, refuse, type Verdict } from '../errors';
import {
  CLINICAL_ROLES,
  type ConsultationKind,
  type Destination,
  isClinician,
  type Role,
  type Sex,
} from '../schemas/domain';
import type { HandoffBody } from '../schemas/handoff';
import { checkPharmacyFirst, type PharmacyRef } from './pharmacyFirst';
import { redFlagLabel } from './redFlags';

export type DestinationKind = 'hub_team' | 'external_pharmacy' | 'patient_led' | 'patient' | 'practice' | 'urgent';
/** Who the destinations table (docs/domain-rules.md) names: "clinician" is any CLINICAL_ROLES holder; "anyone" is any role that works requests. */
export type RouterGroup = 'coordinator' | 'clinician' | 'lead' | 'anyone';
export type ResponsibilityMoves = 'on_acceptance' | 'on_acknowledgement' | 'on_safety_netting_sent' | 'immediately';

export interface DestinationRule {
  label: string;
  kind: DestinationKind;
  routedBy: readonly RouterGroup[];
  /** Whether the destination must accept (or acknowledge) before it owns the request. */
  needsAcceptance: boolean;
  /** A non-clinician may not send a red-flagged request here. */
  closedToRedFlagsForCoordinators: boolean;
  /** An administrative request may go here. */
  takesAdminRequests: boolean;
  responsibilityMoves: ResponsibilityMoves;
  responsibilityNote: string;
}

/** Roles that work requests: "anyone" in the destinations table (docs/domain-rules.md). Managers see aggregates only; admins configure. */
export const WORKING_ROLES: readonly Role[] = ['coordinator', ...CLINICAL_ROLES];

export interface RoutingProtocol {
  /** Whether the signed-off protocol lets coordinators close with self-care advice (never for red flags). */
  coordinatorMaySelfCare: boolean;
  /**
   * Destinations the signed-off protocol closes to care coordinators (docs/protocol.md). It can only take
   * away what the table below gives them: the practice and the duty clinician stay open to anyone.
   */
  closedToCoordinators?: readonly Destination[];
}
export const DEFAULT_PROTOCOL: RoutingProtocol = { coordinatorMaySelfCare: false };

const hubTeam = (label: string, team: string, member: string, routedBy: readonly RouterGroup[]): DestinationRule => ({
  label,
  kind: 'hub_team',
  routedBy,
  needsAcceptance: true,
  closedToRedFlagsForCoordinators: false,
  takesAdminRequests: true,
  responsibilityMoves: 'on_acceptance',
  responsibilityNote: `The offering side stays accountable until a member of the ${team} accepts; then the accepting ${member} owns and is accountable on the basis of the accepted hand-off.`,
});

const externalPharmacy = (label: string): DestinationRule => ({
  label,
  kind: 'external_pharmacy',
  routedBy: ['coordinator', 'clinician'],
  needsAcceptance: true,
  closedToRedFlagsForCoordinators: true,
  takesAdminRequests: false,
  responsibilityMoves: 'on_acknowledgement',
  responsibilityNote:
    'The hub stays accountable until the community pharmacy acknowledges the referral; then the pharmacy owns and is accountable on the basis of the acknowledged referral. Unacknowledged after 4 working hours, it returns as a safety-net follow-up.',
});

export const DESTINATION_RULES: Record<Destination, DestinationRule> = {
  anp: hubTeam('ANP team', 'ANP team', 'ANP', ['coordinator', 'clinician', 'lead']),
  pharmacist: hubTeam('Clinical pharmacist team', 'clinical pharmacist team', 'pharmacist', ['coordinator', 'clinician', 'lead']),
  physio: hubTeam('First-contact physiotherapist (FCP) team', 'FCP team', 'FCP', ['coordinator', 'clinician', 'lead']),
  duty_clinician: hubTeam('GP clinical lead / duty clinician', 'duty clinician rota', 'clinician', ['anyone']),
  pharmacy_first: externalPharmacy('Community pharmacy: Pharmacy First clinical pathway'),
  pharmacy_minor_illness: externalPharmacy('Community pharmacy: minor illness referral'),
  self_referral: {
    label: 'Self-referral pathway',
    kind: 'patient_led',
    routedBy: ['coordinator', 'clinician'],
    needsAcceptance: false,
    closedToRedFlagsForCoordinators: true,
    takesAdminRequests: false,
    responsibilityMoves: 'on_safety_netting_sent',
    responsibilityNote:
      'The hub stays accountable until the message with the self-referral details and safety-netting advice reaches the patient; then the patient owns the next step, on the basis of the advice delivered.',
  },
  self_care: {
    label: 'Self-care with safety-netting advice',
    kind: 'patient',
    // Coordinators are added only when the protocol allows it (see mayRoute).
    routedBy: ['clinician'],
    needsAcceptance: false,
    closedToRedFlagsForCoordinators: true,
    takesAdminRequests: false,
    responsibilityMoves: 'on_safety_netting_sent',
    responsibilityNote:
      'The hub stays accountable until the message with the safety-netting advice reaches the patient; then the patient owns their care on the basis of that advice.',
  },
  practice_gp: {
    label: 'Back to practice: GP',
    kind: 'practice',
    routedBy: ['anyone'],
    needsAcceptance: true,
    closedToRedFlagsForCoordinators: false,
    takesAdminRequests: true,
    responsibilityMoves: 'on_acceptance',
    responsibilityNote:
      'The hub stays accountable until the practice accepts the hand-back; then the practice owns and is accountable for its patient on the basis of the accepted hand-back.',
  },
  practice_admin: {
    label: 'Back to practice: admin team',
    kind: 'practice',
    routedBy: ['anyone'],
    needsAcceptance: true,
    closedToRedFlagsForCoordinators: false,
    takesAdminRequests: true,
    responsibilityMoves: 'on_acceptance',
    responsibilityNote:
      'The hub stays accountable until the practice admin team accepts; then the practice owns and is accountable on the basis of the accepted hand-back.',
  },
  urgent: {
    label: 'Urgent: advise 999 / NHS 111 / urgent treatment centre',
    kind: 'urgent',
    routedBy: ['clinician', 'lead'],
    needsAcceptance: false,
    closedToRedFlagsForCoordinators: false,
    // Safety first: an admin request that turns out to hide an emergency must still be sent to urgent care.
    takesAdminRequests: true,
    responsibilityMoves: 'immediately',
    responsibilityNote:
      'Responsibility passes at once: the advising clinician records the urgent advice, and the patient, then the urgent service they attend, owns the next step on the basis of that advice.',
  },
};

const ROLE_NAMES: Record<Role, string> = {
  coordinator: 'a care coordinator',
  anp: 'an ANP',
  pharmacist: 'a clinical pharmacist',
  physio: 'a first-contact physiotherapist',
  lead: 'the GP clinical lead',
  manager: 'a federation manager',
  practice: 'practice staff',
  admin: 'an admin',
};

function groupAllows(group: RouterGroup, roles: readonly Role[]): boolean {
  switch (group) {
    case 'coordinator':
      return roles.includes('coordinator');
    case 'clinician':
      return isClinician(roles);
    case 'lead':
      return roles.includes('lead');
    case 'anyone':
      return roles.some((r) => WORKING_ROLES.includes(r));
  }
}

/** Whether any of the actor's roles may route to the destination (role permission only). */
export function mayRoute(roles: readonly Role[], destination: Destination, protocol: RoutingProtocol = DEFAULT_PROTOCOL): boolean {
  const rule = DESTINATION_RULES[destination];
  const closed = protocol.closedToCoordinators?.includes(destination) ?? false;
  if (rule.routedBy.some((g) => !(closed && g === 'coordinator') && groupAllows(g, roles))) return true;
  return destination === 'self_care' && protocol.coordinatorMaySelfCare && roles.includes('coordinator');
}

export interface RouteConsultation {
  kind: ConsultationKind;
  /** Rule ids in force (screened or raised by hand, not cleared). */
  redFlags: readonly string[];
  patient: { birthDate: string; sex: Sex };
  submittedAt: string;
}

export interface RouteInput {
  actorRoles: readonly Role[];
  destination: Destination;
  consultation: RouteConsultation;
  details: HandoffBody;
  /** The chosen pharmacy as the hub's directory knows it; needed for Pharmacy First otitis media. */
  pharmacy?: PharmacyRef;
  protocol?: RoutingProtocol;
}

const describeRoles = (roles: readonly Role[]) =>
  roles.length === 0 ? 'someone without a role' : roles.map((r) => ROLE_NAMES[r]).join(' and ');

/** The rules that depend on who routes and what the request is, not on the hand-off details (for the panel). */
export function checkDestination(input: Omit<RouteInput, 'details' | 'pharmacy'>): Verdict {
  const { actorRoles, destination, consultation } = input;
  const rule = DESTINATION_RULES[destination];
  if (!mayRoute(actorRoles, destination, input.protocol ?? DEFAULT_PROTOCOL)) {
    const hint = destination === 'urgent' ? '; escalate to the duty clinician instead' : '';
    return refuse(
      'DESTINATION_NOT_PERMITTED',
      `${capitalise(describeRoles(actorRoles))} may not route a request to "${rule.label}"${hint}.`,
    );
  }

  const redFlags = consultation.redFlags;
  const flagged = () => redFlags.map(redFlagLabel).join('; ');
  if (redFlags.length > 0 && rule.closedToRedFlagsForCoordinators && !isClinician(actorRoles)) {
    return refuse(
      'RED_FLAG_REQUIRES_CLINICIAN',
      `A red-flagged request (${flagged()}) can only be sent to "${rule.label}" by a clinician; escalate it to the duty clinician.`,
    );
  }
  // Community pharmacy services never take red flags, whoever sends them: a clinician who judges the
  // flag unfounded clears it, with a reason, before referring.
  if (redFlags.length > 0 && rule.kind === 'external_pharmacy') {
    return refuse(
      'RED_FLAG_REQUIRES_CLINICIAN',
      `Community pharmacy never takes a red-flagged request (${flagged()}); a clinician must clear the red flag, with a reason, first.`,
    );
  }

  if (consultation.kind === 'admin' && !rule.takesAdminRequests) {
    return refuse(
      'ADMIN_REQUEST_DESTINATION',
      `An administrative request goes to the practice admin team, the practice GP or a hub clinician team, not to "${rule.label}".`,
    );
  }
  return ALLOWED;
}

/**
 * Every rule that decides whether this actor may send this request there, in a fixed order so the refusal
 * names the first rule broken: role, red flags, admin requests, then the details and Pharmacy First.
 */
export function checkRoute(input: RouteInput): Verdict {
  const verdict = checkDestination(input);
  if (!verdict.ok) return verdict;
  const { destination, consultation, details } = input;

  if (details.destination !== destination) {
    return refuse(
      'DESTINATION_DETAILS_REQUIRED',
      `The hand-off details are for "${details.destination}", not for "${destination}".`,
    );
  }

  if (details.destination === 'pharmacy_first') {
    if (input.pharmacy && input.pharmacy.ods.toUpperCase() !== details.pharmacyOds.toUpperCase()) {
      return refuse(
        'DESTINATION_DETAILS_REQUIRED',
        `The pharmacy looked up (${input.pharmacy.ods}) is not the one named in the hand-off (${details.pharmacyOds}).`,
      );
    }
    return checkPharmacyFirst({
      condition: details.condition,
      patient: consultation.patient,
      submittedAt: consultation.submittedAt,
      exclusions: details.exclusions,
      pharmacy: input.pharmacy,
    });
  }

  return ALLOWED;
}

/** The destinations this actor may use for this request, before details are chosen (for the panel). */
export function routableDestinations(input: Omit<RouteInput, 'destination' | 'details' | 'pharmacy'>): Destination[] {
  return (Object.keys(DESTINATION_RULES) as Destination[]).filter(
    (destination) => checkDestination({ ...input, destination }).ok,
  );
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
