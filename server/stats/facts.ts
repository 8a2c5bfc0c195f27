// What the figures keep of one request and its hand-offs: a pure function of the stored rows and the
// hub calendar, so the rollup written with each change and a rebuild from the base tables agree by
// construction (tests/integration/statsRollup.property.test.ts). No patient data: ids, days, minutes.
import type { ConsultationRow, HandoffFactsRow, HandoffRow, RequestFactsRow } from '../../db/schema';
import { REDIRECTION_DESTINATIONS } from '../../shared/rules/metrics';
import { endOfNextWorkingDay, wallClockOf } from '../../shared/rules/metricsTime';
import type { Destination } from '../../shared/schemas/domain';
import type { HubCalendar } from '../../shared/time/hubCalendar';
import { workingMinutesBetween } from '../../shared/time/workingTime';

/** A person's decision, not the hub's own (red-flag screening and the scheduler act as "0"). */
const byPerson = (offeredById: string) => /^[1-9]\d*$/.test(offeredById);

const wholeWorkingMinutes = (from: number, to: number, cal: HubCalendar) => Math.floor(workingMinutesBetween(new Date(from), new Date(to), cal));

function finalDestinationOf(row: ConsultationRow, handoffs: readonly HandoffRow[]): Destination | null {
  const outcome = row.outcome;
  if (!outcome || row.closedAt === null) return null;
  switch (outcome.kind) {
    case 'routed':
    case 'referred':
      return outcome.destination;
    case 'completed':
      return handoffs.findLast((h) => h.status === 'accepted')?.destination ?? null;
    case 'accepted_by_practice':
      return handoffs.findLast((h) => h.destination === 'practice_gp' || h.destination === 'practice_admin')?.destination ?? 'practice_gp';
    default:
      return null;
  }
}

/** The request's facts row; `handoffs` are all of its hand-offs in id order. */
export function requestFactsOf(row: ConsultationRow, handoffs: readonly HandoffRow[], cal: HubCalendar): RequestFactsRow {
  const received = wallClockOf(row.receivedAt, cal);
  const closed = row.closedAt === null ? null : wallClockOf(row.closedAt, cal).day;
  const outcomeKind = row.closedAt === null ? null : (row.outcome?.kind ?? 'cancelled');
  const finished = outcomeKind !== null && outcomeKind !== 'cancelled';
  const finalDestination = finalDestinationOf(row, handoffs);
  return {
    consultationId: row.id,
    practiceOds: row.practiceOds,
    receivedAt: row.receivedAt,
    receivedDay: received.day,
    receivedHour: received.hour,
    receivedWeekday: received.weekday,
    redFlag: row.redFlags.length > 0 ? 1 : 0,
    open: row.status === 'closed' || row.status === 'cancelled' ? 0 : 1,
    firstActionAt: row.firstActionAt,
    firstActionDue: row.firstActionDue,
    firstActionWm: row.firstActionAt === null ? null : wholeWorkingMinutes(row.receivedAt, row.firstActionAt, cal),
    firstDestination: handoffs.find((h) => byPerson(h.offeredById))?.destination ?? null,
    closedAt: row.closedAt,
    closedDay: closed,
    outcomeKind,
    finalDestination,
    redirected: finished && finalDestination !== null && REDIRECTION_DESTINATIONS.includes(finalDestination) ? 1 : 0,
    outcomeWm: finished ? wholeWorkingMinutes(row.receivedAt, row.closedAt!, cal) : null,
    outcomeDue: row.outcomeDue,
    nextWorkingDayEnd: endOfNextWorkingDay(row.receivedAt, cal),
    completedById: outcomeKind === 'completed' && row.assigneeId !== null ? String(row.assigneeId) : null,
  };
}

export function handoffFactsOf(row: ConsultationRow, handoff: HandoffRow, cal: HubCalendar): HandoffFactsRow {
  return {
    handoffId: handoff.id,
    consultationId: row.id,
    practiceOds: row.practiceOds,
    destination: handoff.destination,
    offeredDay: wallClockOf(handoff.offeredAt, cal).day,
    offeredById: handoff.offeredById,
    status: handoff.status,
    answerWm: handoff.respondedAt === null ? null : wholeWorkingMinutes(handoff.offeredAt, handoff.respondedAt, cal),
    redFlag: row.redFlags.length > 0 ? 1 : 0,
  };
}
