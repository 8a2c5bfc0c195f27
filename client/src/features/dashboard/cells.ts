// How a figure's cell reads: "<5" stays "<5" (small-number suppression, docs/metrics.md#privacy), null is
// "—", rates are percentages, working minutes say so. Charts plot only real numbers: a suppressed or
// empty cell is no bar and no point.
import { SUPPRESSED } from '../../../../shared/rules/metrics';
import type { Cell } from '../../../../shared/schemas/stats';

export const NONE = '—';

type Kind = 'count' | 'rate' | 'minutes' | 'decimal' | 'instant' | 'text';

/** The kind of a column, from its metric id's naming (shared/rules/metrics.ts). */
export function kindOf(column: string): Kind {
  if (column.endsWith('_rate') || column.endsWith('_share') || column.startsWith('share_') || column.endsWith('_target')) return 'rate';
  if (column.endsWith('_wm')) return 'minutes';
  if (column === 'per_1000_registered' || column.startsWith('usual_') || column === 'clear_rate_per_working_hour') return 'decimal';
  if (column === 'forecast_clear_at') return 'instant';
  if (column === 'name' || column === 'practice' || column === 'role' || column === 'day' || column === 'destination') return 'text';
  return 'count';
}

const count = new Intl.NumberFormat('en-GB');
const decimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const time = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'short', hour: '2-digit', minute: '2-digit' });

/** The text of one cell of `column`. */
export function cellText(value: Cell | string | boolean | undefined, column: string): string {
  if (value === null || value === undefined) return NONE;
  if (value === SUPPRESSED) return SUPPRESSED;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return kindOf(column) === 'instant' ? time.format(new Date(value)) : value;
  switch (kindOf(column)) {
    case 'rate':
      return `${decimal.format(value * 100)}%`;
    case 'minutes':
      return `${count.format(value)} min`;
    case 'decimal':
      return decimal.format(value);
    default:
      return count.format(value);
  }
}

/** A cell as a chart plots it: a number, or nothing (suppressed and empty cells draw no bar or point). */
export const plotted = (value: Cell | undefined): number | null => (typeof value === 'number' ? value : null);

/** A rate as a chart's percentage (0–100), or nothing. */
export const plottedPercent = (value: Cell | undefined): number | null => (typeof value === 'number' ? Math.round(value * 1000) / 10 : null);
