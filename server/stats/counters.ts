// What one request's facts add to the counters (db/schema/stats.ts `stats_counts`, docs/metrics.md):
// a pure function of its facts row and its hand-offs' facts rows. A change adds the new row's
// counts and takes away the old row's, in the change's transaction (rollup.ts); a rebuild adds every
// row's. So the counters equal a recount from the facts by construction, and the property test checks it.
import type { HandoffFactsRow, RequestFactsRow } from '../../db/schema';
import { FINAL_MESSAGE_STATUSES, type MessageStatus } from '../../shared/schemas/messages';

/** Counter key → how much to add: `grain|practice|figure|period|key`. */
export type Counts = Map<string, number>;

/** The whole hub's rows carry this in place of a practice's ODS code. */
export const HUB = '*';

const SEP = '|';
export const countKey = (grain: 'd' | 'm', practice: string, figure: string, period: string, key: string) => [grain, practice, figure, period, key].join(SEP);
export function splitKey(k: string) {
  const [grain, practiceOds, figure, period, ...rest] = k.split(SEP);
  return { grain: grain as 'd' | 'm', practiceOds: practiceOds!, figure: figure!, period: period!, key: rest.join(SEP) };
}

const monthOf = (day: string) => day.slice(0, 7);

function add(into: Counts, k: string, by: number) {
  into.set(k, (into.get(k) ?? 0) + by);
}

/** A day's counter, for the practice and for the whole hub. */
function daily(into: Counts, practice: string, figure: string, day: string, key: string, by: number) {
  add(into, countKey('d', practice, figure, day, key), by);
  add(into, countKey('d', HUB, figure, day, key), by);
}

/** Adds `sign` × the counts of one request (its facts row and its hand-offs' rows) to `into`. */
export function addCountsOf(into: Counts, facts: RequestFactsRow | undefined, handoffs: readonly HandoffFactsRow[], sign: 1 | -1): Counts {
  if (facts) {
    const f = facts;
    const p = f.practiceOds;
    const day = f.receivedDay;
    const finished = f.outcomeKind !== null && f.outcomeKind !== 'cancelled';
    const flags: [string, boolean][] = [
      ['received', true],
      ['triaged', f.firstActionAt !== null],
      ['undecided', f.firstActionAt === null],
      ['completed', finished],
      ['cancelled', f.outcomeKind === 'cancelled'],
      ['still_open', f.open === 1],
      ['redirected', f.redirected === 1],
      ['first_action_met', f.firstActionAt !== null && f.firstActionAt <= f.firstActionDue],
      ['outcome_met', finished && f.closedAt! <= f.outcomeDue],
      ['next_day_met', finished && f.closedAt! <= f.nextWorkingDayEnd],
    ];
    for (const [figure, on] of flags) if (on) daily(into, p, figure, day, '', sign);
    daily(into, p, 'heat', day, `${f.receivedWeekday}:${f.receivedHour}`, sign);
    if (finished && f.finalDestination !== null) daily(into, p, 'destination', day, f.finalDestination, sign);
    if (f.closedDay !== null) {
      daily(into, p, 'closed', f.closedDay, '', sign);
      if (f.outcomeKind !== 'cancelled') daily(into, p, 'closed_completed', f.closedDay, '', sign);
      else daily(into, p, 'closed_cancelled', f.closedDay, '', sign);
      if (f.redirected === 1) daily(into, p, 'closed_redirected', f.closedDay, '', sign);
    }
    if (f.completedById !== null && f.closedDay !== null) daily(into, p, 'completions', f.closedDay, f.completedById, sign);
    // Histograms by month for the whole hub only: one practice's are read from the facts index.
    if (f.firstActionWm !== null) add(into, countKey('m', HUB, 'first_action_wm', monthOf(day), String(f.firstActionWm)), sign);
    if (f.outcomeWm !== null) add(into, countKey('m', HUB, 'outcome_wm', monthOf(day), String(f.outcomeWm)), sign);
  }
  for (const h of handoffs) {
    const answer = `${h.destination}${SEP}${h.status}${SEP}${h.redFlag}`;
    daily(into, h.practiceOds, 'handoffs', h.offeredDay, answer, sign);
    daily(into, h.practiceOds, 'decisions', h.offeredDay, h.offeredById, sign);
    if (h.answerWm !== null) add(into, countKey('m', HUB, 'answer_wm', monthOf(h.offeredDay), `${answer}${SEP}${h.answerWm}`), sign);
  }
  return into;
}

/**
 * Adds `sign` × one patient message's count: on its request's received day, for the practice and the
 * hub, under figure `messages` keyed by its final status. A message still on its way counts nothing,
 * so only settling it (queued → … → delivered | failed, settleMessage) moves a counter.
 */
export function addMessageCount(into: Counts, request: Pick<RequestFactsRow, 'practiceOds' | 'receivedDay'>, status: MessageStatus, sign: 1 | -1, by = 1): Counts {
  if (FINAL_MESSAGE_STATUSES.includes(status)) daily(into, request.practiceOds, 'messages', request.receivedDay, status, sign * by);
  return into;
}

/** The counts that change from `before` to `after`: zeros dropped, so an unchanged figure costs no write. */
export function countsDelta(before: { facts: RequestFactsRow | undefined; handoffs: readonly HandoffFactsRow[] }, after: { facts: RequestFactsRow; handoffs: readonly HandoffFactsRow[] }): Counts {
  const delta = addCountsOf(addCountsOf(new Map(), before.facts, before.handoffs, -1), after.facts, after.handoffs, 1);
  for (const [k, v] of delta) if (v === 0) delta.delete(k);
  return delta;
}
