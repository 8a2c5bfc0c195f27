// Error codes shared by server and client: the server sends them, the client switches on them,
// tests assert them. One shape on the wire: { error: { code, message } }.
import { z } from 'zod';

export const ERROR_CODES = {
  // 400: malformed
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 400,
  INVALID_NHS_NUMBER: 400,
  INVALID_JSON: 400,
  // 401 / 403 / 404
  NOT_SIGNED_IN: 401,
  INVALID_CREDENTIALS: 401,
  INVALID_INTAKE_KEY: 401,
  FORBIDDEN: 403,
  FOREIGN_ORIGIN: 403,
  NOT_FOUND: 404,
  UNKNOWN_PRACTICE: 422,
  PRACTICE_NOT_ACTIVE: 422,
  // 409: conflict with current state
  ALREADY_CLAIMED: 409,
  NOT_CLAIMED: 409,
  STALE_VERSION: 409,
  INVALID_TRANSITION: 409,
  ALREADY_RESPONDED: 409,
  IDEMPOTENCY_KEY_REUSED: 409,
  PROTOCOL_DRAFT_EXISTS: 409,
  PROTOCOL_ALREADY_SIGNED: 409,
  /** One review per decision (docs/clinical-safety/review.md). */
  ALREADY_REVIEWED: 409,
  /** The request has moved on (with a clinician, in the queue): a review cannot pull it back. */
  REOPEN_NOT_POSSIBLE: 409,
  /** An organisation is added once; its ODS code is its identity (docs/admin.md). */
  PRACTICE_EXISTS: 409,
  PHARMACY_EXISTS: 409,
  // Staff accounts (docs/admin.md, "Staff")
  USERNAME_TAKEN: 409,
  ALREADY_DEACTIVATED: 409,
  ALREADY_ACTIVE: 409,
  // 413 / 415 / 429
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  TOO_MANY_ATTEMPTS: 429,
  /** A person's asks for figures came faster than they are answered (docs/metrics.md, "Paced asks"). */
  TOO_MANY_ASKS: 429,
  // 422: a rule refused it (the code names the rule)
  RED_FLAG_REQUIRES_CLINICIAN: 422,
  PHARMACY_FIRST_NOT_ELIGIBLE: 422,
  DESTINATION_NOT_PERMITTED: 422,
  ADMIN_REQUEST_DESTINATION: 422,
  DESTINATION_DETAILS_REQUIRED: 422,
  REASON_REQUIRED: 422,
  SAFETY_NETTING_REQUIRED: 422,
  UNKNOWN_PHARMACY: 422,
  // Red-flag decisions (docs/clinical-safety/red-flags.md): nothing there to confirm or to clear
  NO_POSSIBLE_RED_FLAG: 422,
  NO_RED_FLAG: 422,
  PROTOCOL_UNCHANGED: 422,
  /** A hand-off the hub made itself (red-flag screening) is nobody's decision to review. */
  NOT_A_DECISION: 422,
  // Hub settings refused as a whole (shared/rules/hubSettings.ts)
  CALENDAR_HAS_NO_OPENING: 422,
  SLA_BEYOND_HORIZON: 422,
  /** The hub keeps at least one active admin, or nobody could put an account right again. */
  LAST_ADMIN: 422,
  // The duty clinician rota (shared/rules/rota.ts) and the lead's reassign
  ROTA_SESSION_PAST: 422,
  ROTA_SESSION_CLOSED: 422,
  ROTA_BEYOND_HORIZON: 422,
  NOT_A_CLINICIAN: 422,
  UNKNOWN_STAFF: 422,
  REASSIGN_TARGET_NOT_PERMITTED: 422,
  // Patient messages (docs/messaging.md): the sender's edit broke a limit, or a contact task is already done
  MESSAGE_NOT_ALLOWED: 422,
  CONTACT_TASK_RESOLVED: 409,
  CONTACT_TASK_RESOLUTION_NOT_POSSIBLE: 422,
  /** Only an outcome the hub reported (a closed request it did not hand to the practice) can be filed (docs/practice.md). */
  NOT_AN_OUTCOME: 422,
  /** Notify's callback came without the hub's bearer token. */
  INVALID_CALLBACK_TOKEN: 401,
  // 5xx: our fault, never for bad input
  INTERNAL: 500,
  UNAVAILABLE: 503,
  /** The figures' worker died or ran past its time (server/stats/workerReader.ts): it is started again. */
  STATS_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export const errorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** A rule's verdict: allowed, or refused with the code and a sentence that names the rule. */
export type Verdict = { ok: true } | { ok: false; code: ErrorCode; message: string };
export const ALLOWED: Verdict = { ok: true };
export const refuse = (code: ErrorCode, message: string): Verdict => ({ ok: false, code, message });
