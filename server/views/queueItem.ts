// Turns stored rows into what the wire carries: the queue row (initials, age and sex only) and
// the full, patient-identifiable detail.
import type { ConsultationRow, HandoffRow } from '../../db/schema';
import type { ConsultationDetail, HandoffView, PendingHandoff, QueueItem } from '../../shared/schemas/api';
import { ageInYearsOn } from '../../shared/rules/age';
import type { Directory } from '../directory';

const iso = (ms: number) => new Date(ms).toISOString();
const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));
const SNIPPET_LENGTH = 140;

export function snippetOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= SNIPPET_LENGTH ? flat : `${flat.slice(0, SNIPPET_LENGTH - 1)}…`;
}

export function toPendingHandoff(handoff: HandoffRow | undefined): PendingHandoff | null {
  if (!handoff) return null;
  return {
    id: handoff.id,
    destination: handoff.destination,
    offeredBy: handoff.offeredByName,
    offeredAt: iso(handoff.offeredAt),
    reasonCode: handoff.reasonCode,
    reasonText: handoff.reasonText,
    expiresAt: isoOrNull(handoff.expiresAt),
    escalatedAt: isoOrNull(handoff.escalatedAt),
  };
}

export function toHandoffView(h: HandoffRow): HandoffView {
  return {
    id: h.id,
    destination: h.destination,
    details: h.details,
    reasonCode: h.reasonCode,
    reasonText: h.reasonText,
    suggestionFollowed: h.suggestionFollowed,
    offeredBy: h.offeredByName,
    offeredAt: iso(h.offeredAt),
    expiresAt: isoOrNull(h.expiresAt),
    status: h.status,
    respondedBy: h.respondedByName,
    respondedAt: isoOrNull(h.respondedAt),
    responseReason: h.responseReason,
    escalatedAt: isoOrNull(h.escalatedAt),
    protocolVersion: h.protocolVersion,
  };
}

/** `pendingHandoff` is the row's pending hand-off, looked up by the caller (in bulk for snapshots). */
export function toQueueItem(row: ConsultationRow, directory: Directory, pendingHandoff?: HandoffRow): QueueItem {
  const person = (id: number | null) => (id === null ? null : { id, name: directory.staffName(id) });
  const submittedAt = new Date(row.submittedAt);
  return {
    id: row.id,
    // Every admitted request has a reference (the migration backfilled older ones); a row written
    // around admission without one still shows something staff can quote.
    reference: row.reference ?? `#${row.id}`,
    version: row.version,
    status: row.status,
    practiceOds: row.practiceOds,
    practiceName: directory.practiceName(row.practiceOds),
    patient: {
      initials: `${row.givenName[0] ?? ''}${row.familyName[0] ?? ''}`.toUpperCase(),
      age: ageInYearsOn(row.birthDate, submittedAt),
      sex: row.sex,
    },
    kind: row.kind,
    snippet: snippetOf(row.text),
    redFlags: row.redFlags,
    possibleRedFlags: row.possibleRedFlags,
    priority: row.priority,
    submittedAt: submittedAt.toISOString(),
    receivedAt: iso(row.receivedAt),
    sla: { firstActionDue: iso(row.firstActionDue), outcomeDue: iso(row.outcomeDue) },
    claimedBy: person(row.claimedBy),
    leaseExpiresAt: isoOrNull(row.leaseExpiresAt),
    assignee: person(row.assigneeId),
    pendingDestination: row.pendingDestination,
    pendingHandoff: toPendingHandoff(pendingHandoff),
    firstActionAt: isoOrNull(row.firstActionAt),
    slaBreaches: row.slaBreaches,
    returnedBecause: row.returnedBecause,
    returnDetail: row.returnDetail ?? null,
    closedAt: isoOrNull(row.closedAt),
    outcome: row.outcome?.kind === 'completed' ? { ...row.outcome, notes: null } : row.outcome,
    updatedAt: iso(row.updatedAt),
    filedAt: isoOrNull(row.filedAt),
  };
}

export function toConsultationDetail(row: ConsultationRow, directory: Directory, pendingHandoff?: HandoffRow): ConsultationDetail {
  const item = toQueueItem(row, directory, pendingHandoff);
  return {
    ...item,
    patient: {
      ...item.patient,
      nhsNumber: row.nhsNumber,
      givenName: row.givenName,
      familyName: row.familyName,
      birthDate: row.birthDate,
      phone: row.phone,
      email: row.email,
      preferredContact: row.preferredContact,
    },
    text: row.text,
    answers: row.answers,
    attachments: row.attachments,
    redFlagScreen: row.redFlagScreen,
    outcome: row.outcome,
  };
}
