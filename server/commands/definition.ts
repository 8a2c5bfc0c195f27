// What a command is. Every write the hub makes, to any aggregate (a request's lifecycle, settings,
// sessions, and later reviews, rotas and messages), is an Operation run by the one executor in
// execute.ts: who may send it, the input it takes, and what it does inside one transaction.
// Lifecycle commands are operations built from a LifecycleCommand (defineCommand), whose rules are
// the shared machine's. Adding a command is adding one file here; see README.md.
import type { z } from 'zod';
import type { HubDatabase } from '../../db/open';
import type { ConsultationRow } from '../../db/schema';
import type { Actor, LifecycleEvent } from '../../shared/lifecycle/events';
import type { PatientMessageFact } from '../../shared/lifecycle/liability';
import type { NoticeTopic } from '../../shared/schemas/api';
import type { Role } from '../../shared/schemas/domain';
import type { Directory } from '../directory';
import type { HubSettings, ProtocolInForce, StoredSettings } from '../settings';
import { stepLifecycle, type Committed } from './lifecycleStep';

/** Who may send a command: staff holding one of these roles, the scheduler, or an integration. */
export type Senders = { staff?: readonly Role[]; system?: true; integration?: true };

/** What an operation sees inside its transaction. */
export interface OperationContext<I> {
  input: I;
  actor: Actor;
  now: number;
  settings: HubSettings;
  db: HubDatabase;
  directory: Directory;
  /** The request a lifecycle command concerns, from the route or the scheduler. */
  consultationId?: number;
}

/** One audit entry for what an operation wrote; lifecycle changes record their own. */
export interface AuditNote {
  /** Defaults to the operation's name. */
  action?: string;
  consultationId?: number | null;
  /** What the entry concerns when it is not a request: "settings", "staff:12", "session". */
  subject?: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

/** The in-memory state of the hub that follows a committed write (never ahead of the database). */
export interface HubServices {
  setSettings(next: StoredSettings): void;
  /** The protocol version just signed off (or carried over at first start) is in force. */
  setProtocol(next: ProtocolInForce): void;
  forgetSession(tokenHash: string): void;
  /** Sockets whose session has ended are closed. */
  sessionsEnded(): void;
  /** Forgets the sign-in failures counted against a username (an admin's unlock). */
  unlockSignIn(username: string): Promise<void>;
}

export interface Performed<R> {
  result: R;
  audit?: AuditNote[];
  /** Lifecycle changes made by the operation: in the change feed and audit log, broadcast after commit. */
  changes?: Committed[];
  /** Brings in-memory state in line once, and only once, the transaction has committed. */
  afterCommit?: (services: HubServices) => void | Promise<void>;
  /** Aggregates other than requests that changed: hub workstations are told, after commit, to refetch them. */
  notices?: NoticeTopic[];
}

export interface Operation<I, R> {
  /** The audit action, e.g. "settings_changed", and for lifecycle commands the change-feed type. */
  name: string;
  senders: Senders;
  input: z.ZodType<I>;
  /** Runs inside the transaction: throw an HttpError to refuse, and nothing is written. */
  perform(ctx: OperationContext<I>): Performed<R>;
}

export const defineOperation = <I, R>(operation: Operation<I, R>) => operation;

export interface CommandArgs<I> {
  input: I;
  actor: Actor;
  before: ConsultationRow;
  now: number;
  settings: HubSettings;
  db: HubDatabase;
  directory: Directory;
}

/** A command on one request: the lifecycle event it asks the machine for, and what else it writes. */
export interface LifecycleCommand<I = unknown> {
  name: string;
  senders: Senders;
  input: z.ZodType<I>;
  toEvent(args: CommandArgs<I>): LifecycleEvent;
  /**
   * Further writes in the same transaction, before the request row is saved: a new hand-off,
   * or the answer to the pending one, the message to the patient. Returns the hand-off the change concerns
   * and what the patient was sent, for the liability interval's basis.
   */
  write?(args: CommandArgs<I> & { after: ConsultationRow }): { handoffId?: number; patientMessage?: PatientMessageFact } | void;
  /** The reason recorded in the audit log, when the command carries one (in the words of the settings in force). */
  reason?(input: I, settings: HubSettings): string | undefined;
}

/** A lifecycle command as an operation on the request named by the call. */
export function defineCommand<I>(command: LifecycleCommand<I>): Operation<I, Committed> & { lifecycle: LifecycleCommand<I> } {
  return {
    name: command.name,
    senders: command.senders,
    input: command.input,
    lifecycle: command,
    perform(ctx) {
      if (ctx.consultationId === undefined) throw new Error(`${command.name} needs a consultation request`);
      const change = stepLifecycle(ctx, command, ctx.consultationId);
      return { result: change, changes: [change] };
    },
  };
}
