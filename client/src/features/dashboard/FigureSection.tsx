// One figure of the dashboard: its heading, the chart, the same data as a table behind a disclosure, and
// a "Download CSV" link to exactly those rows (/api/stats/<figure>.csv with the same query).
import type { ReactNode } from 'react';
import type { StatsEndpoint } from '../../../../shared/schemas/stats';
import { statsCsvHref, type CapacityQuery } from '../../api/stats';
import type { StatsQuery } from '../../../../shared/schemas/stats';
import { ErrorBanner } from '../../components/ErrorBanner';

interface Props {
  id: string;
  title: string;
  endpoint: StatsEndpoint;
  query: StatsQuery | CapacityQuery;
  error: string | null;
  loaded: boolean;
  /** The chart; absent where the table is the figure itself (the heatmap, the per-practice table). */
  chart?: ReactNode;
  table: ReactNode;
  /** A sentence under the heading: what the chart shows. */
  hint?: string;
}

export function FigureSection({ id, title, endpoint, query, error, loaded, chart, table, hint }: Props) {
  return (
    <section className="stats-figure" aria-labelledby={`${id}-heading`} data-testid={`figure-${endpoint}`}>
      <div className="stats-figure-head">
        <h2 id={`${id}-heading`}>{title}</h2>
        <a className="stats-csv" href={statsCsvHref(endpoint, query)} download>
          Download CSV<span className="visually-hidden">: {title.toLowerCase()}</span>
        </a>
      </div>
      {hint && <p className="hint">{hint}</p>}
      {error && <ErrorBanner message={`${title} could not be loaded. ${error}`} />}
      {!loaded && !error && <p role="status">Loading…</p>}
      {loaded && chart !== undefined && (
        <>
          <div className="stats-chart">{chart}</div>
          <details className="stats-data">
            <summary>
              Show the data as a table<span className="visually-hidden">: {title.toLowerCase()}</span>
            </summary>
            {table}
          </details>
        </>
      )}
      {loaded && chart === undefined && table}
    </section>
  );
}
