// Where a request stands against its SLA: which deadline is running (first action, then outcome),
// how much working time is left, and ok / amber / breached from the shared working-time clock, on the
// hub's calendar and SLA policy in force (the hub settings store), never a built-in default.
import type { QueueItem } from '../../../shared/schemas/api';
import type { HubCalendar, SlaPolicy } from '../../../shared/time/hubCalendar';
import { computeSla, slaState, workingMinutesBetween, type SlaState } from '../../../shared/time/workingTime';

export interface SlaView {
  state: SlaState;
  /** First action until a routing decision is recorded, then the outcome. */
  phase: 'first_action' | 'outcome';
  due: string;
  /** Working minutes left before the deadline (0 once it has passed). */
  workingMinutesLeft: number;
}

/** The part of the hub's settings the SLA clock reads. */
export interface SlaSettings {
  calendar: HubCalendar;
  sla: SlaPolicy;
}

/*
 * Many rows share a submission instant's clock start; each re-render every half-minute need not redo it.
 * The start depends on the calendar alone (the next opening at or after submission), so the cache is kept per
 * calendar object: new settings from the hub are a new object and start a fresh cache, and the old one goes
 * with its calendar. Calendars are immutable values, as the shared working-time clock requires.
 */
const clockStarts = new WeakMap<HubCalendar, Map<string, Date>>();
const MAX_CACHED = 5_000;

function clockStartOf(submittedAt: string, { calendar, sla }: SlaSettings): Date {
  let starts = clockStarts.get(calendar);
  if (!starts) clockStarts.set(calendar, (starts = new Map()));
  let start = starts.get(submittedAt);
  if (!start) {
    if (starts.size >= MAX_CACHED) starts.clear();
    start = computeSla(new Date(submittedAt), calendar, sla).clockStartsAt;
    starts.set(submittedAt, start);
  }
  return start;
}

export function slaViewOf(item: Pick<QueueItem, 'submittedAt' | 'sla' | 'firstActionAt'>, now: number, settings: SlaSettings): SlaView {
  const phase = item.firstActionAt ? 'outcome' : 'first_action';
  const due = phase === 'outcome' ? item.sla.outcomeDue : item.sla.firstActionDue;
  const at = new Date(now);
  const dueAt = new Date(due);
  return {
    state: slaState(at, clockStartOf(item.submittedAt, settings), dueAt, settings.calendar, settings.sla),
    phase,
    due,
    workingMinutesLeft: workingMinutesBetween(at, dueAt, settings.calendar),
  };
}
