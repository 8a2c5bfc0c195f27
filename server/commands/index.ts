// Every command, and the path that sends it: /api/consultations/:id/<path> or /api/handoffs/:id/<path>.
import type { Operation } from './definition';
import type { Committed } from './lifecycleStep';
import { accept } from './accept';
import { acknowledge } from './acknowledge';
import { claim } from './claim';
import { clearRedFlag } from './clearRedFlag';
import { complete } from './complete';
import { confirmRedFlag } from './confirmRedFlag';
import { decline } from './decline';
import { escalate } from './escalate';
import { expireOffer, expireReferral } from './expireHandoff';
import { expireLease } from './expireLease';
import { fileOutcome } from './fileOutcome';
import { handBack } from './handBack';
import { raiseRedFlag } from './raiseRedFlag';
import { reassign } from './reassign';
import { recordBreach } from './recordBreach';
import { release } from './release';
import { route } from './route';

export {
  accept,
  acknowledge,
  claim,
  clearRedFlag,
  complete,
  confirmRedFlag,
  decline,
  escalate,
  expireLease,
  expireOffer,
  expireReferral,
  fileOutcome,
  handBack,
  raiseRedFlag,
  reassign,
  recordBreach,
  release,
  route,
};

// Any input: each command validates its own body with its own schema before anything runs.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCommand = Operation<any, Committed>;

/** Commands on a request: POST /api/consultations/:id/<path>. */
export const CONSULTATION_COMMANDS: Record<string, AnyCommand> = {
  claim: claim,
  release: release,
  handoffs: route,
  complete: complete,
  'hand-back': handBack,
  escalate: escalate,
  'raise-red-flag': raiseRedFlag,
  'confirm-red-flag': confirmRedFlag,
  'clear-red-flag': clearRedFlag,
  reassign: reassign,
  // Practice staff: the hub's outcome is in the patient's record (docs/practice.md).
  file: fileOutcome,
};

/** Answers to a hand-off by staff: POST /api/handoffs/:id/<path>. */
export const HANDOFF_COMMANDS: Record<string, AnyCommand> = {
  accept: accept,
  decline: decline,
};
