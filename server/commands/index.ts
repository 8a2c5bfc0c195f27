// Every command, and the path that sends it: /api/consultations/:id/<path> or /api/handoffs/:id/<path>.
import type { CommandDefinition } from './definition';
import { accept } from './accept';
import { acknowledge } from './acknowledge';
import { claim } from './claim';
import { complete } from './complete';
import { decline } from './decline';
import { escalate } from './escalate';
import { expireOffer, expireReferral } from './expireHandoff';
import { expireLease } from './expireLease';
import { handBack } from './handBack';
import { recordBreach } from './recordBreach';
import { release } from './release';
import { route } from './route';

export { accept, acknowledge, claim, complete, decline, escalate, expireLease, expireOffer, expireReferral, handBack, recordBreach, release, route };

type AnyCommand = CommandDefinition<never>;

/** Commands on a request: POST /api/consultations/:id/<path>. */
export const CONSULTATION_COMMANDS: Record<string, AnyCommand> = {
  claim: claim as AnyCommand,
  release: release as AnyCommand,
  handoffs: route as AnyCommand,
  complete: complete as AnyCommand,
  'hand-back': handBack as AnyCommand,
  escalate: escalate as AnyCommand,
};

/** Answers to a hand-off by staff: POST /api/handoffs/:id/<path>. */
export const HANDOFF_COMMANDS: Record<string, AnyCommand> = {
  accept: accept as AnyCommand,
  decline: decline as AnyCommand,
};
