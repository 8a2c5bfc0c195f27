// What every stats answer shares: the period asked for (validated: real days, to not before from, at
// most three years, a known practice), the envelope, and the definitions of the figures it holds.
import type { StatsDb } from './db';
import type { DayRange } from '../../db/queries/stats';
import { METRIC_DEFINITIONS, type MetricId } from '../../shared/rules/metrics';
import { nextDay } from '../../shared/rules/metricsTime';
import { statsQuerySchema } from '../../shared/schemas/stats';
import { HttpError, validationError } from '../http/errors';

/** The period of a request's query string; a bad one is a 400 (or 422 for an unknown practice) naming the field. */
export function rangeOf(query: unknown, db: StatsDb): DayRange {
  const parsed = statsQuerySchema.safeParse(query);
  if (!parsed.success) throw validationError(parsed.error);
  const { from, to, practice } = parsed.data;
  return { from, to, practice: knownPractice(db, practice) };
}

export function knownPractice(db: StatsDb, practice: string | undefined): string | null {
  if (practice === undefined) return null;
  if (!db.q.practices.byOds(practice)) throw new HttpError('UNKNOWN_PRACTICE', 'practice: no member practice has this ODS code.');
  return practice;
}

/** Every hub-local day of the range, in order. */
export function daysOf(range: { from: string; to: string }): string[] {
  const days: string[] = [];
  for (let d = range.from; d <= range.to; d = nextDay(d)) days.push(d);
  return days;
}

/** The definitions of the figures named, for the page's tooltips. */
export const definitionsOf = (ids: readonly string[]): Record<string, string> =>
  Object.fromEntries(ids.filter((id): id is MetricId => Object.hasOwn(METRIC_DEFINITIONS, id)).map((id) => [id, METRIC_DEFINITIONS[id]]));

export function envelope<R extends object>(range: DayRange, now: number, rows: R[], columns: readonly string[]) {
  return { from: range.from, to: range.to, practice: range.practice, generatedAt: new Date(now).toISOString(), definitions: definitionsOf(columns), rows };
}
