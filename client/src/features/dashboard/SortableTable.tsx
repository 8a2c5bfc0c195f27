// A figures table the reader sorts by any column: each header is a button, and the sorted column says
// so with aria-sort (WAI-ARIA sortable table pattern). Summary rows (the hub's total) stay at the foot.
import { useState, type ReactNode } from 'react';
import { cellText } from './cells';
import { labelOf } from './figureWords';
import { nextSort, sortRows, type SortBy } from './sortRows';

interface Props<R extends object, K extends keyof R & string> {
  caption: string;
  columns: readonly K[];
  rows: readonly R[];
  rowKey: (row: R) => string;
  /** Rows kept out of the sort, at the foot (the whole hub). */
  footRows?: readonly R[];
  show?: (row: R, column: K) => ReactNode | undefined;
  /** The columns' definitions, as each header's description. */
  definitions?: Record<string, string>;
}

export function SortableTable<R extends object, K extends keyof R & string>({ caption, columns, rows, rowKey, footRows = [], show, definitions = {} }: Props<R, K>) {
  const [sort, setSort] = useState<SortBy<K> | null>(null);
  const sorted = sortRows(rows, sort);
  const line = (row: R) => (
    <tr key={rowKey(row)}>
      {columns.map((c, i) => {
        const text = show?.(row, c) ?? cellText(row[c] as never, c);
        return i === 0 ? (
          <th key={c} scope="row">
            {text}
          </th>
        ) : (
          <td key={c}>{text}</td>
        );
      })}
    </tr>
  );
  return (
    <div className="table-scroll">
      <table className="stats-table sortable">
        <caption>
          {caption}
          <span className="visually-hidden">. Column headers are buttons that sort the table.</span>
        </caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col" aria-sort={sort?.column === c ? sort.direction : 'none'}>
                <button type="button" className="sort-button" onClick={() => setSort((s) => nextSort(s, c))} title={definitions[c]}>
                  {labelOf(c)}
                  <span aria-hidden="true" className="sort-mark">
                    {sort?.column === c ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={columns.length}>Nothing in this period.</td>
            </tr>
          )}
          {sorted.map(line)}
        </tbody>
        {footRows.length > 0 && <tfoot>{footRows.map(line)}</tfoot>}
      </table>
    </div>
  );
}
