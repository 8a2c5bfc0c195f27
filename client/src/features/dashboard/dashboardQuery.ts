// The dashboard's filters as they live in the URL (?from=YYYY-MM-DD&to=YYYY-MM-DD[&practice=ODS]): read,
// checked with the server's own schema so a bad range is explained and never sent, and the presets.
// Days are hub-local calendar days (docs/metrics.md, "Period").
import { statsQuerySchema, type StatsQuery } from '../../../../shared/schemas/stats';

const MS_PER_DAY = 86_400_000;

/** The calendar day `n` days after (or before) `iso`. */
export function addDays(iso: string, n: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + n * MS_PER_DAY).toISOString().slice(0, 10);
}

export const PRESETS = ['last_7_days', 'last_month', 'this_year'] as const;
export type Preset = (typeof PRESETS)[number];
export const PRESET_LABELS: Record<Preset, string> = { last_7_days: 'Last 7 days', last_month: 'Last month', this_year: 'This year' };

/** A preset's period ending with the hub's `today`; "last month" is the previous calendar month, whole. */
export function presetRange(preset: Preset, today: string): { from: string; to: string } {
  switch (preset) {
    case 'last_7_days':
      return { from: addDays(today, -6), to: today };
    case 'last_month': {
      const firstOfThisMonth = `${today.slice(0, 8)}01`;
      const lastOfPrevious = addDays(firstOfThisMonth, -1);
      return { from: `${lastOfPrevious.slice(0, 8)}01`, to: lastOfPrevious };
    }
    case 'this_year':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
  }
}

export interface Filters {
  from: string;
  to: string;
  practice: string;
}

/** What the URL says, with the last 7 days for a missing date and the whole hub for a missing practice. */
export function filtersOf(params: URLSearchParams, today: string): Filters {
  const week = presetRange('last_7_days', today);
  return { from: params.get('from') ?? week.from, to: params.get('to') ?? week.to, practice: params.get('practice') ?? '' };
}

export type Checked = { ok: true; query: StatsQuery } | { ok: false; errors: Partial<Record<'from' | 'to' | 'practice', string>> };

/** The filters as the server will read them, or each field's problem in the server's own words. */
export function checkFilters(filters: Filters): Checked {
  const parsed = statsQuerySchema.safeParse({ from: filters.from, to: filters.to, ...(filters.practice ? { practice: filters.practice } : {}) });
  if (parsed.success) return { ok: true, query: parsed.data };
  const errors: Partial<Record<'from' | 'to' | 'practice', string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if ((field === 'from' || field === 'to' || field === 'practice') && !errors[field]) errors[field] = issue.message;
  }
  return { ok: false, errors };
}

/** The search params for `filters`, keeping any others the URL holds. */
export function withFilters(params: URLSearchParams, filters: Filters): URLSearchParams {
  const next = new URLSearchParams(params);
  next.set('from', filters.from);
  next.set('to', filters.to);
  if (filters.practice) next.set('practice', filters.practice);
  else next.delete('practice');
  return next;
}

/** Whether the answer for `query` holds today's figures, which move as the queue moves. */
export const includesDay = (query: { from: string; to: string }, day: string) => query.from <= day && day <= query.to;

/** The whole calendar month "YYYY-MM" as a period, or null for anything else. */
export function monthRange(month: string | null): { from: string; to: string } | null {
  if (!month || !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return null;
  const from = `${month}-01`;
  const nextMonth = addDays(`${month}-28`, 4).slice(0, 7);
  return { from, to: addDays(`${nextMonth}-01`, -1) };
}
