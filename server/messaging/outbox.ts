// Writes what a decision tells the patient into the outbox, inside the decision's own transaction
// (docs/messaging.md): the message the dispatcher will send, or, when there is nowhere to send it, a
// contact task for a person. A refused edit throws, so the decision is refused with it and nothing is
// written. The text and the address are patient data: they go into the row, never into a log or audit.
import { randomUUID } from 'node:crypto';
import type { HubDatabase } from '../../db/open';
import type { ConsultationRow } from '../../db/schema';
import type { Actor } from '../../shared/lifecycle/events';
import type { PatientMessageFact } from '../../shared/lifecycle/liability';
import { DESTINATION_RULES } from '../../shared/rules/destinations';
import { carriesSafetyNetting, checkMessage, composeMessage, contactRouteOf, emailSubject, messageFacts, needsSafetyNet, type MessageContext } from '../../shared/rules/patientMessages';
import type { SelfReferralPathway } from '../../shared/schemas/domain';
import type { MessageCause } from '../../shared/schemas/messages';
import { OUTCOMES } from '../../shared/schemas/outcome';
import type { Directory } from '../directory';
import { HttpError } from '../http/errors';
import type { HubSettings } from '../settings';
import { actorId, actorRole } from '../commands/actors';

export interface PatientMessageRequest {
  db: HubDatabase;
  directory: Directory;
  settings: HubSettings;
  actor: Actor;
  now: number;
  /** The request as it was before the decision. */
  request: ConsultationRow;
  cause: MessageCause;
  /** The pharmacy or self-referral pathway the decision names, and the advice it carries. */
  pharmacyOds?: string;
  pathway?: SelfReferralPathway;
  safetyNetting?: string;
  /** The sender's own words, edited from the preview; checked like the template's. */
  edited?: string;
}

/** The words the protocol in force gives for this decision, before any placeholder is filled in. */
function templateFor(settings: HubSettings, cause: MessageCause): string {
  const content = settings.protocol.content;
  return cause.kind === 'handoff' ? content.patientMessageTemplates[cause.destination] : content.outcomeMessageTemplates[cause.outcome];
}

/** What the message is about, in patient-free words for a contact task. */
const aboutWords = (cause: MessageCause) =>
  cause.kind === 'handoff' ? `the decision "${DESTINATION_RULES[cause.destination].label}"` : `the outcome "${OUTCOMES[cause.outcome]}"`;

function contextOf(req: PatientMessageRequest): MessageContext {
  const { request, cause } = req;
  const pharmacy = req.pharmacyOds ? req.db.q.practices.pharmacy(req.pharmacyOds) : undefined;
  // A hub team's message says when the patient will hear from them: the request's own outcome deadline.
  const hubTeam = cause.kind === 'handoff' && DESTINATION_RULES[cause.destination].kind === 'hub_team';
  return {
    hubName: req.settings.hubName,
    practiceName: req.directory.practiceName(request.practiceOds),
    patientGivenName: request.givenName,
    ...(pharmacy ? { pharmacy: { name: pharmacy.name, address: pharmacy.address, phone: pharmacy.phone, openingHours: pharmacy.openingHours } } : {}),
    ...(req.pathway ? { pathway: req.pathway } : {}),
    ...(hubTeam ? { contactBy: { at: request.outcomeDue, now: req.now } } : {}),
  };
}

/**
 * Queues the patient's message for a decision, or leaves a "could not be told" task; returns which, for
 * the liability interval's basis. Throws 422 MESSAGE_NOT_ALLOWED for a message that may not go.
 */
export function queuePatientMessage(req: PatientMessageRequest): PatientMessageFact {
  const { db, request, cause, now } = req;
  const route = contactRouteOf(request);
  const facts = messageFacts(contextOf(req));
  const safetyNetting = cause.kind === 'handoff' && carriesSafetyNetting(cause.destination) ? req.safetyNetting : undefined;
  const body = (req.edited ?? composeMessage(templateFor(req.settings, cause), facts, safetyNetting)).trim();
  const verdict = checkMessage(body, {
    channel: route.channel,
    nhsNumber: request.nhsNumber,
    birthDate: request.birthDate,
    needsSafetyNet: cause.kind === 'outcome' || needsSafetyNet(cause.destination),
  });
  if (!verdict.ok) throw new HttpError(verdict.code, verdict.message);

  if (route.channel === null) {
    const reason = `No message could go to the patient about ${aboutWords(cause)}: ${route.why}. Phone the patient.`;
    const taskId = db.q.messages.insertTask({ consultationId: request.id, kind: 'not_told', reason, messageId: null, createdAt: now });
    auditEntry(req, `contact_task:${taskId}`, 'contact_task_created', { kind: 'not_told', cause });
    return { taskId, why: route.why };
  }
  const messageId = db.q.messages.insert({
    consultationId: request.id,
    cause,
    channel: route.channel,
    recipient: route.to,
    subject: route.channel === 'email' ? emailSubject(facts) : null,
    body,
    // Sent to Notify with the message: after a crash the dispatcher finds an earlier send by it.
    reference: `ehub-${randomUUID()}`,
    status: 'queued',
    attempts: 0,
    nextAttemptAt: now,
    createdAt: now,
    createdById: actorId(req.actor),
    createdByName: req.actor.name,
    updatedAt: now,
    protocolVersion: req.settings.protocol.version,
  });
  auditEntry(req, `message:${messageId}`, 'message_queued', { channel: route.channel, cause, edited: req.edited !== undefined, status: 'queued' });
  return { messageId, channel: route.channel };
}

/** The audit entry for what was queued: which message or task and why, never its text or address. */
function auditEntry(req: PatientMessageRequest, subject: string, action: string, after: unknown) {
  req.db.q.audit.append({
    at: req.now,
    actorId: actorId(req.actor),
    actorRole: actorRole(req.actor),
    action,
    consultationId: req.request.id,
    subject,
    before: null,
    after: JSON.stringify(after),
    reason: null,
  });
}
