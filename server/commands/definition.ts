// What a command is: a declarative definition (who may send it, what input it takes, which
// machine event it becomes, what else it writes) that the one executor runs. Adding a command
// is adding one file in this folder; see README.md here.
import type { z } from 'zod';
import type { HubDatabase } from '../../db/open';
import type { ConsultationRow } from '../../db/schema';
import type { Actor, LifecycleEvent } from '../../shared/lifecycle/events';
import type { Role } from '../../shared/schemas/domain';
import type { HubSettings } from '../settings';

/** Who may send a command: staff holding one of these roles, the scheduler, or an integration. */
export type Senders = { staff?: readonly Role[]; system?: true; integration?: true };

export interface CommandArgs<I> {
  input: I;
  actor: Actor;
  before: ConsultationRow;
  now: number;
  settings: HubSettings;
  db: HubDatabase;
}

export interface CommandDefinition<I = unknown> {
  /** The audit action and change-feed type, e.g. "claim". */
  name: string;
  senders: Senders;
  input: z.ZodType<I>;
  /** The lifecycle event this command asks the machine for. */
  toEvent(args: Omit<CommandArgs<I>, 'before'> & { before: ConsultationRow }): LifecycleEvent;
  /** Columns this command sets beyond the machine's own (lease, outcome, marks). */
  patch?(args: CommandArgs<I> & { after: ConsultationRow }): Partial<ConsultationRow>;
  /**
   * Further writes in the same transaction, before the request row is saved: a new hand-off,
   * or the answer to the pending one. Returns the hand-off the change concerns.
   */
  write?(args: CommandArgs<I> & { after: ConsultationRow }): { handoffId?: number } | void;
  /** The reason recorded in the audit log, when the command carries one. */
  reason?(input: I): string | undefined;
}

export const defineCommand = <I>(definition: CommandDefinition<I>) => definition;
