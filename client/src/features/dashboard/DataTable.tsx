// A chart's data as a real table (its accessible alternative, docs/dashboard.md): a caption, column
// headers, the first column as each row's header, and every cell as the page shows it ("<5", "—").
import type { ReactNode } from 'react';
import { cellText } from './cells';
import { labelOf } from './figureWords';

export interface DataTableProps<R extends object> {
  caption: string;
  columns: readonly (keyof R & string)[];
  rows: readonly R[];
  /** A cell's text where the plain reading will not do (a destination's name, a day). */
  show?: (row: R, column: keyof R & string) => ReactNode | undefined;
  rowKey: (row: R) => string;
}

export function DataTable<R extends object>({ caption, columns, rows, show, rowKey }: DataTableProps<R>) {
  return (
    <div className="table-scroll">
      <table className="stats-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {labelOf(c)}
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
          {rows.map((row) => (
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
          ))}
        </tbody>
      </table>
    </div>
  );
}
