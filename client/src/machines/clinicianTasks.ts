// A clinician's work on one request from their inbox: accept an offer at once, or open a form
// (decline, complete, hand back, escalate, route onward) and submit it. No I/O here: the API calls
// are actors and closing the pane an action, provided by the inbox page.
import { assign, fromPromise, setup, type SnapshotFrom } from 'xstate';
import type { QueueItem } from '../../../shared/schemas/api';
import type { OutcomeCode } from '../../../shared/schemas/commands';
import type { HandoffInput } from '../../../shared/schemas/handoff';
import { isApiError, messageOf } from '../api/errors';
import type { PatientMessageEdit } from '../api/http';

/** What each form sends; its `kind` names the task. */
export type TaskBody =
  | { kind: 'decline' | 'hand_back' | 'escalate'; reason: string }
  | ({ kind: 'complete'; outcome: OutcomeCode; notes?: string } & PatientMessageEdit)
  | { kind: 'route'; handoff: HandoffInput & PatientMessageEdit };
export type ClinicianTask = TaskBody['kind'];

export interface ClinicianTaskContext {
  task: ClinicianTask | null;
  /** The request the task is about. */
  id: number | null;
  error: string | null;
  /** The hub's code for the error, so a form can put it beside the field it is about. */
  errorCode: string | null;
  /** What the last task did, in a sentence, for the status line. */
  done: string | null;
}

export type ClinicianTaskEvent =
  | { type: 'ACCEPT'; id: number; handoffId: number }
  | { type: 'START'; task: ClinicianTask; id: number }
  | { type: 'SUBMIT'; body: TaskBody }
  | { type: 'CANCEL' }
  | { type: 'DISMISS' };

const DONE: Record<ClinicianTask, string> = {
  decline: 'You declined the offer; the request is back in the hub queue.',
  complete: 'Outcome recorded: the request is closed.',
  hand_back: 'You handed the request back to the hub queue.',
  escalate: 'You escalated the request to the duty clinician.',
  route: 'You routed the request on.',
};

const notProvided = <TInput,>(name: string) =>
  fromPromise<QueueItem, TInput>(() => Promise.reject(new Error(`the clinician tasks' "${name}" actor was not provided`)));
const errorOf = (event: unknown) => (event as { error?: unknown }).error;

export const clinicianTasksMachine = setup({
  types: { context: {} as ClinicianTaskContext, events: {} as ClinicianTaskEvent },
  actors: {
    accept: notProvided<{ handoffId: number }>('accept'),
    submit: notProvided<{ id: number; body: TaskBody }>('submit'),
  },
  actions: {
    startAccept: assign(({ event }) => (event.type === 'ACCEPT' ? { task: null, id: event.id, error: null, errorCode: null, done: null } : {})),
    startTask: assign(({ event }) => (event.type === 'START' ? { task: event.task, id: event.id, error: null, errorCode: null, done: null } : {})),
    accepted: assign({ done: 'You accepted the request: it is yours now, and so is the responsibility.', error: null, errorCode: null }),
    finished: assign(({ context }) => ({ done: context.task ? DONE[context.task] : null, task: null, error: null, errorCode: null })),
    failed: assign(({ event }) => {
      const error = errorOf(event);
      return { error: messageOf(error), errorCode: isApiError(error) ? error.code : null };
    }),
    clear: assign({ task: null, error: null, errorCode: null }),
    clearError: assign({ error: null, errorCode: null }),
    dismiss: assign({ done: null, error: null, errorCode: null }),
    /** The request has left this clinician's hands: the page closes it. */
    closePane: () => {},
  },
}).createMachine({
  id: 'clinicianTasks',
  context: { task: null, id: null, error: null, errorCode: null, done: null },
  initial: 'idle',
  on: { DISMISS: { actions: 'dismiss' } },
  states: {
    idle: {
      on: {
        ACCEPT: { target: 'accepting', actions: 'startAccept' },
        START: { target: 'form', actions: 'startTask' },
      },
    },
    accepting: {
      invoke: {
        src: 'accept',
        input: ({ event }) => ({ handoffId: event.type === 'ACCEPT' ? event.handoffId : -1 }),
        onDone: { target: 'idle', actions: 'accepted' },
        onError: { target: 'idle', actions: 'failed' },
      },
    },
    form: {
      on: {
        START: { target: 'form', actions: 'startTask' },
        SUBMIT: { target: 'submitting', actions: 'clearError' },
        CANCEL: { target: 'idle', actions: 'clear' },
      },
    },
    submitting: {
      invoke: {
        src: 'submit',
        input: ({ context, event }) => ({ id: context.id ?? -1, body: (event as Extract<ClinicianTaskEvent, { type: 'SUBMIT' }>).body }),
        onDone: { target: 'idle', actions: ['finished', 'closePane'] },
        // The hub's sentence (a 409 when someone else answered first, a 422 rule) stays with the form.
        onError: { target: 'form', actions: 'failed' },
      },
    },
  },
});

export type ClinicianTasksMachine = typeof clinicianTasksMachine;
export type ClinicianTasksSnapshot = SnapshotFrom<ClinicianTasksMachine>;
