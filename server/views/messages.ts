// Patient messages and contact tasks as the API shows them (shared/schemas/messages.ts). The full view
// carries the text and the address, patient data, and is answered only from an audited read; the
// journey's view leaves both out.
import type { ContactTaskRow, PatientMessageEventRow, PatientMessageRow } from '../../db/schema';
import type { ContactTaskView, JourneyMessage, MessageEventView, PatientMessageView } from '../../shared/schemas/messages';

const iso = (ms: number) => new Date(ms).toISOString();

const toEventView = (e: PatientMessageEventRow): MessageEventView => ({ at: iso(e.at), status: e.status, detail: e.detail });

/** Groups status events by message, keeping their order. */
export function eventsByMessage(events: PatientMessageEventRow[]): Map<number, MessageEventView[]> {
  const byMessage = new Map<number, MessageEventView[]>();
  for (const e of events) {
    const list = byMessage.get(e.messageId) ?? [];
    list.push(toEventView(e));
    byMessage.set(e.messageId, list);
  }
  return byMessage;
}

export function toJourneyMessage(row: PatientMessageRow, events: MessageEventView[]): JourneyMessage {
  return {
    id: row.id,
    consultationId: row.consultationId,
    cause: row.cause,
    channel: row.channel,
    status: row.status,
    failure: row.failure,
    reference: row.reference,
    createdAt: iso(row.createdAt),
    sentBy: row.createdByName,
    transport: row.transport,
    events,
  };
}

export function toMessageView(row: PatientMessageRow, events: MessageEventView[]): PatientMessageView {
  return { ...toJourneyMessage(row, events), to: row.recipient, subject: row.subject, body: row.body };
}

export function toContactTaskView(row: ContactTaskRow): ContactTaskView {
  return {
    id: row.id,
    consultationId: row.consultationId,
    kind: row.kind,
    reason: row.reason,
    messageId: row.messageId,
    createdAt: iso(row.createdAt),
    resolvedAt: row.resolvedAt === null ? null : iso(row.resolvedAt),
    resolvedBy: row.resolvedByName,
    resolution: row.resolution,
    note: row.note,
  };
}
