// Sorting a figures table by any column: numbers in order, then "<5" (a count of 1 to 4, not known more
// exactly), then empty cells, in either direction, so hidden and missing figures never pose as extremes.
import { SUPPRESSED } from '../../../../shared/rules/metrics';

export type Direction = 'ascending' | 'descending';
export interface SortBy<K extends string> {
  column: K;
  direction: Direction;
}

/** Where a cell sorts: [group, value]; group 0 numbers and text, 1 suppressed, 2 empty. */
function rankOf(value: unknown): [number, number | string] {
  if (value === null || value === undefined) return [2, 0];
  if (value === SUPPRESSED) return [1, 0];
  if (typeof value === 'number') return [0, value];
  return [0, String(value)];
}

export function sortRows<R extends object, K extends keyof R & string>(rows: readonly R[], by: SortBy<K> | null): R[] {
  if (!by) return [...rows];
  const sign = by.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const [ga, va] = rankOf(a[by.column]);
    const [gb, vb] = rankOf(b[by.column]);
    if (ga !== gb) return ga - gb;
    if (typeof va === 'number' && typeof vb === 'number') return sign * (va - vb);
    return sign * String(va).localeCompare(String(vb), 'en-GB', { numeric: true });
  });
}

/** The next sort after a click on `column`: ascending first, then the other way. */
export const nextSort = <K extends string>(current: SortBy<K> | null, column: K): SortBy<K> =>
  current?.column === column && current.direction === 'ascending' ? { column, direction: 'descending' } : { column, direction: 'ascending' };
