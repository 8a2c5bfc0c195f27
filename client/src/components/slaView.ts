// Where a request stands against its SLA: which deadline is running (first action, then outcome),
// how much working time is left, and ok / amber / breached from the shared working-time clock.
import type { QueueItem } from '../../../shared/schemas/api';
import { DEFAULT_HUB_CALENDAR, DEFAULT_SLA_POLICY } from '../../../shared/time/hubCalendar';
import { computeSla, slaState, workingMinutesBetween, type SlaState } from '../../../shared/time/workingTime';

export interface SlaView {
  state: SlaState;
  /** First action until a routing decision is recorded, then the outcome. */
  phase: 'first_action' | 'outcome';
  due: string;
  /** Working minutes left before the deadline (0 once it has passed). */
  workingMinutesLeft: number;
}

// Many rows share a submission instant's clock start; each re-render every half-minute need not redo it.
const clockStarts = new Map<string, Date>();
const MAX_CACHED = 5_000;

function clockStartOf(submittedAt: string): Date {
  let start = clockStarts.get(submittedAt);
  if (!start) {
    if (clockStarts.size >= MAX_CACHED) clockStarts.clear();
    start = computeSla(new Date(submittedAt), DEFAULT_HUB_CALENDAR, DEFAULT_SLA_POLICY).clockStartsAt;
    clockStarts.set(submittedAt, start);
  }
  return start;
}

export function slaViewOf(item: Pick<QueueItem, 'submittedAt' | 'sla' | 'firstActionAt'>, now: number): SlaView {
  const phase = item.firstActionAt ? 'outcome' : 'first_action';
  const due = phase === 'outcome' ? item.sla.outcomeDue : item.sla.firstActionDue;
  const at = new Date(now);
  const dueAt = new Date(due);
  return {
    state: slaState(at, clockStartOf(item.submittedAt), dueAt, DEFAULT_HUB_CALENDAR, DEFAULT_SLA_POLICY),
    phase,
    due,
    workingMinutesLeft: workingMinutesBetween(at, dueAt, DEFAULT_HUB_CALENDAR),
  };
}
