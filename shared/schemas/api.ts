// Shapes on the wire between server and client (REST and Socket.IO). The server builds them,
// the client and integrations read them; one definition for both.
import { z } from 'zod';
import { destinationSchema, kindSchema, prioritySchema, roleSchema, sexSchema, statusSchema } from './domain';
import { answersSchema, attachmentSchema } from './intake';
import { outcomeSchema } from './outcome';
import { returnDetailSchema } from './returnDetail';
import { screenResultSchema } from './redFlags';

export const loginSchema = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});

export const userSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  username: z.string(),
  roles: z.array(roleSchema),
  practiceOds: z.string().nullable(),
});
export type User = z.infer<typeof userSchema>;

const personRef = z.object({ id: z.number().int(), name: z.string() });

const slaSchema = z.object({ firstActionDue: z.string(), outcomeDue: z.string() });

/** The hand-off a request is waiting on: shown in inboxes and on the row. */
export const pendingHandoffSchema = z.object({
  id: z.number().int(),
  destination: destinationSchema,
  offeredBy: z.string(),
  offeredAt: z.string(),
  reasonCode: z.string(),
  reasonText: z.string().nullable(),
  expiresAt: z.string().nullable(),
  /** When a red flag not accepted in time was escalated to the clinical lead; still waiting for an answer. */
  escalatedAt: z.string().nullable(),
});
export type PendingHandoff = z.infer<typeof pendingHandoffSchema>;

/** One row of the live queue: enough to triage at a glance, no full name or NHS number. */
export const queueItemSchema = z.object({
  id: z.number().int(),
  /** The human reference, EH-24-00123 (shared/reference.ts): what staff read out, type into search and write in notes. */
  reference: z.string(),
  version: z.number().int(),
  status: statusSchema,
  practiceOds: z.string(),
  practiceName: z.string(),
  patient: z.object({ initials: z.string(), age: z.number().int(), sex: sexSchema }),
  kind: kindSchema,
  snippet: z.string(),
  redFlags: z.array(z.string()),
  /** Rules the intake screen could not settle, waiting for a clinician to confirm or clear them. */
  possibleRedFlags: z.array(z.string()),
  priority: prioritySchema,
  submittedAt: z.string(),
  receivedAt: z.string(),
  sla: slaSchema,
  claimedBy: personRef.nullable(),
  leaseExpiresAt: z.string().nullable(),
  assignee: personRef.nullable(),
  pendingDestination: destinationSchema.nullable(),
  pendingHandoff: pendingHandoffSchema.nullable(),
  firstActionAt: z.string().nullable(),
  /** Deadlines recorded as breached: 'first_action', 'outcome'. */
  slaBreaches: z.array(z.string()),
  returnedBecause: z.string().nullable(),
  /** Who sent it back and what they wrote; null when it has not come back, or came back before this was kept. */
  returnDetail: returnDetailSchema.nullable(),
  /** When the hub's part ended, and how (a clinician's notes stay in the audited detail: null here). */
  closedAt: z.string().nullable(),
  outcome: outcomeSchema.nullable(),
  updatedAt: z.string(),
  /** When practice staff marked the outcome filed (docs/practice.md); null or absent until then. */
  filedAt: z.string().nullable().optional(),
});
export type QueueItem = z.infer<typeof queueItemSchema>;

export const queueSnapshotSchema = z.object({ seq: z.number().int(), items: z.array(queueItemSchema) });
export type QueueSnapshot = z.infer<typeof queueSnapshotSchema>;

/** Full detail of one request: patient-identifiable, so every read of it is audited. */
export const consultationDetailSchema = queueItemSchema.extend({
  patient: z.object({
    initials: z.string(),
    age: z.number().int(),
    sex: sexSchema,
    nhsNumber: z.string(),
    givenName: z.string(),
    familyName: z.string(),
    birthDate: z.string(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    preferredContact: z.string().nullable(),
  }),
  text: z.string(),
  answers: answersSchema,
  attachments: z.array(attachmentSchema),
  /** The intake screen's hits (with the patient's words) and what it set aside and why; null before it was kept. */
  redFlagScreen: screenResultSchema.nullable(),
  /** How the hub's part ended, with the clinician's notes (patient data, so detail only). */
  outcome: outcomeSchema.nullable(),
});
export type ConsultationDetail = z.infer<typeof consultationDetailSchema>;

/** A committed change, pushed to every workstation allowed to see the request. */
export const changeEventSchema = z.object({
  seq: z.number().int(),
  type: z.string(),
  item: queueItemSchema,
});
export type ChangeEvent = z.infer<typeof changeEventSchema>;

/** Reply to a resync request: every change after the client's last sequence, or a new snapshot. */
export const resyncReplySchema = z.union([
  z.object({ kind: z.literal('changes'), seq: z.number().int(), changes: z.array(changeEventSchema) }),
  z.object({ kind: z.literal('snapshot'), snapshot: queueSnapshotSchema }),
]);
export type ResyncReply = z.infer<typeof resyncReplySchema>;

export const WORKSTATION_STATES = ['available', 'viewing', 'holding', 'routing', 'away', 'offline'] as const;
export const workstationStateSchema = z.enum(WORKSTATION_STATES);
export type WorkstationState = z.infer<typeof workstationStateSchema>;

/** A request someone holds by a claim, named by its reference only: presence goes to every hub workstation. */
export const heldRequestSchema = z.object({ id: z.number().int(), reference: z.string() });

/** Who is on the hub now, what they are doing, and which requests they hold (their claims). */
export const presenceSchema = z.array(
  z.object({
    userId: z.number().int(),
    name: z.string(),
    roles: z.array(roleSchema),
    state: workstationStateSchema,
    since: z.string(),
    holding: z.array(heldRequestSchema),
  }),
);
export type Presence = z.infer<typeof presenceSchema>;

/** Socket.IO event names, typed on both ends. */
/**
 * What changed in an aggregate other than a request (the rota, the protocol, reviews, settings): a
 * topic only, never its content, so a notice carries no patient data; workstations refetch what they show.
 */
export const NOTICE_TOPICS = ['settings', 'rota', 'protocol', 'reviews', 'messages', 'stats', 'directory', 'staff'] as const;
export const noticeTopicSchema = z.enum(NOTICE_TOPICS);
export type NoticeTopic = z.infer<typeof noticeTopicSchema>;
export const hubNoticeSchema = z.object({ topic: noticeTopicSchema, at: z.string() });
export type HubNotice = z.infer<typeof hubNoticeSchema>;

export interface ServerToClientEvents {
  change: (event: ChangeEvent) => void;
  presence: (presence: Presence) => void;
  notice: (notice: HubNotice) => void;
}
export interface ClientToServerEvents {
  resync: (since: number, reply: (reply: ResyncReply) => void) => void;
  presence: (state: WorkstationState) => void;
}

/** One hand-off in a journey, with how it was answered. */
export const handoffViewSchema = z.object({
  id: z.number().int(),
  destination: destinationSchema,
  details: z.record(z.string(), z.unknown()),
  reasonCode: z.string(),
  reasonText: z.string().nullable(),
  suggestionFollowed: z.boolean().nullable(),
  offeredBy: z.string(),
  offeredAt: z.string(),
  expiresAt: z.string().nullable(),
  status: z.enum(['offered', 'accepted', 'declined', 'expired', 'acknowledged', 'sent', 'withdrawn']),
  respondedBy: z.string().nullable(),
  respondedAt: z.string().nullable(),
  responseReason: z.string().nullable(),
  /** When a red flag not accepted in time was escalated to the clinical lead. */
  escalatedAt: z.string().nullable(),
  /** The care-navigation protocol the decision was made under ("CN v4"); null for hand-offs before versioning. */
  protocolVersion: z.string().nullable().optional(),
});
export type HandoffView = z.infer<typeof handoffViewSchema>;

/** The decisions people take on a request's red flags; each is a change of its own (docs/clinical-safety/red-flags.md). */
export const RED_FLAG_DECISIONS = ['raise_red_flag', 'confirm_red_flag', 'clear_red_flag'] as const;

/** One red-flag decision in a journey: who, when, why, and the flags it left. */
export const redFlagDecisionSchema = z.object({
  type: z.enum(RED_FLAG_DECISIONS),
  at: z.string(),
  by: z.string(),
  reason: z.string().nullable(),
  redFlags: z.array(z.string()),
  possibleRedFlags: z.array(z.string()),
});
export type RedFlagDecision = z.infer<typeof redFlagDecisionSchema>;
