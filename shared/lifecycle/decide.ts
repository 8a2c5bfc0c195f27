// Runs one event through the lifecycle machine, purely, and says why when the machine refuses.
// The server commits only what `decide` allows; the client asks `allowedEvents` what to offer.
import { transition } from 'xstate';
import { refuse, type Verdict } from '../errors';
import type { ConsultationStatus } from '../schemas/domain';
import type { LifecycleContext, LifecycleEvent, LifecycleEventType } from './events';
import { guards, routeVerdict } from './guards';
import { lifecycleMachine } from './machine';

export type Decision =
  | { ok: true; status: ConsultationStatus; context: LifecycleContext }
  | Extract<Verdict, { ok: false }>;

const snapshotOf = (status: ConsultationStatus, context: LifecycleContext) =>
  lifecycleMachine.resolveState({ value: status, context });

export function decide(status: ConsultationStatus, context: LifecycleContext, event: LifecycleEvent): Decision {
  const snapshot = snapshotOf(status, context);
  const [next, actions] = transition(lifecycleMachine, snapshot, event);
  // transition() hands back the very same snapshot, with nothing to do, when no transition is
  // enabled: one evaluation of the guards instead of can() and then transition().
  if (next === snapshot && actions.length === 0) return explainRefusal(status, context, event);
  return { ok: true, status: next.value as ConsultationStatus, context: next.context };
}

/** Events the machine would accept from this actor now: the client shows only these. */
export function allowedEvents(
  status: ConsultationStatus,
  context: LifecycleContext,
  candidates: LifecycleEvent[],
): Set<LifecycleEventType> {
  const snapshot = snapshotOf(status, context);
  return new Set(candidates.filter((e) => snapshot.can(e)).map((e) => e.type));
}

/** Events that the machine handles at all in a state, whoever sends them. */
export function eventsHandledIn(status: ConsultationStatus): LifecycleEventType[] {
  const on = lifecycleMachine.config.states?.[status]?.on ?? {};
  return Object.keys(on) as LifecycleEventType[];
}

const STATUS_WORDS: Record<ConsultationStatus, string> = {
  queued: 'waiting in the queue',
  in_triage: 'being triaged',
  offered: 'offered to a team',
  with_clinician: 'with a clinician',
  redirected: 'redirected and awaiting acknowledgement',
  returned_to_practice: 'returned to the practice',
  awaiting_delivery: 'waiting for the patient to have the advice',
  closed: 'closed',
  cancelled: 'cancelled',
};

const HOLDER_EVENTS: LifecycleEventType[] = ['renew', 'release', 'offer', 'escalate', 'cancel'];
const ASSIGNEE_EVENTS: LifecycleEventType[] = ['complete', 'hand_back', 'offer', 'escalate'];

function explainRefusal(
  status: ConsultationStatus,
  context: LifecycleContext,
  event: LifecycleEvent,
): Extract<Verdict, { ok: false }> {
  const args = { context, event };
  const verb = event.type.replace(/_/g, ' ');
  if (!eventsHandledIn(status).includes(event.type)) {
    return refused('INVALID_TRANSITION', `Cannot ${verb} a request that is ${STATUS_WORDS[status]}.`);
  }
  if (status === 'in_triage' && event.type === 'claim' && !guards.isHolder(args)) {
    return refused('ALREADY_CLAIMED', 'This request is already being triaged by someone else.');
  }
  if (status === 'in_triage' && HOLDER_EVENTS.includes(event.type) && !guards.isHolder(args)) {
    return refused('NOT_CLAIMED', `Claim this request before you ${verb} it.`);
  }
  if (status === 'with_clinician' && ASSIGNEE_EVENTS.includes(event.type) && !guards.isAssignee(args)) {
    return refused('FORBIDDEN', `Only the clinician who accepted this request may ${verb} it.`);
  }
  if (event.type === 'offer') {
    const verdict = routeVerdict(context, event);
    if (!verdict.ok) return verdict;
  }
  if (event.type === 'clear_red_flag') {
    if (!guards.isClinician(args)) return refused('FORBIDDEN', 'Only a clinician may clear a red flag.');
    return refused('NO_RED_FLAG', 'This request has no red flag, definite or possible, to clear.');
  }
  if (event.type === 'confirm_red_flag') {
    if (!guards.isClinician(args)) return refused('FORBIDDEN', 'Only a clinician may confirm a possible red flag.');
    return refused('NO_POSSIBLE_RED_FLAG', 'This request has no possible red flag to confirm.');
  }
  return refused('FORBIDDEN', `Your role may not ${verb} a request that is ${STATUS_WORDS[status]}.`);
}

function refused(...args: Parameters<typeof refuse>) {
  return refuse(...args) as Extract<Verdict, { ok: false }>;
}
