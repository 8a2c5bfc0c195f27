// The words the review pages use for verdicts, severities and a period's default.
import { TZDate } from '@date-fns/tz';
import type { ReviewVerdict, Severity } from '../../../../shared/schemas/reviews';

export const VERDICT_WORDS: Record<ReviewVerdict, string> = { agree: 'Agree', disagree: 'Disagree' };
export const SEVERITY_WORDS: Record<Severity, string> = { none: 'None', low: 'Low', moderate: 'Moderate', severe: 'Severe' };

const isoDay = (d: TZDate) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** The last `days` days up to today, in the hub's time zone, as the period pickers' default. */
export function recentPeriod(now: number, timeZone: string, days = 7): { from: string; to: string } {
  const today = new TZDate(now, timeZone);
  const start = new TZDate(today.getFullYear(), today.getMonth(), today.getDate() - (days - 1), timeZone);
  return { from: isoDay(start), to: isoDay(today) };
}

export const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)}%`);
