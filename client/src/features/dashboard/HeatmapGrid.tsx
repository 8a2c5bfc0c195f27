// When requests arrive (/api/stats/heatmap): hour of day × weekday as a table whose cells are shaded by
// count, darker for more. The table is the chart and its own accessible alternative: every cell holds its
// number ("<5" for a suppressed one, which is left unshaded).
import type { CSSProperties } from 'react';
import { SUPPRESSED } from '../../../../shared/rules/metrics';
import type { StatsAnswer, StatsQuery } from '../../../../shared/schemas/stats';
import { cellText } from './cells';
import { FigureSection } from './FigureSection';
import { weekdayWords } from './figureWords';
import type { AnswerState } from './useStatsAnswer';

type Row = StatsAnswer<'heatmap'>['rows'][number];
const HOURS = Array.from({ length: 24 }, (_, h) => h);
const hourLabel = (h: number) => `${String(h).padStart(2, '0')}:00`;

/** NHS blue at `share` strength over white; white text once the cell is dark enough to need it. */
function shade(value: Row['heatmap_received'], max: number): CSSProperties | undefined {
  if (typeof value !== 'number' || value === 0 || max === 0) return undefined;
  const share = value / max;
  return { backgroundColor: `rgba(0, 94, 184, ${(0.1 + 0.9 * share).toFixed(2)})`, color: share > 0.45 ? '#fff' : '#212b32' };
}

export function HeatmapGrid({ query, state }: { query: StatsQuery; state: AnswerState<'heatmap'> }) {
  const rows = state.answer?.rows ?? [];
  // Monday first, as the answer sends them.
  const weekdays = [...new Set(rows.map((r) => r.weekday))];
  const at = new Map(rows.map((r) => [`${r.weekday}-${r.hour}`, r.heatmap_received]));
  const max = Math.max(0, ...rows.map((r) => (typeof r.heatmap_received === 'number' ? r.heatmap_received : 0)));
  return (
    <FigureSection
      id="heatmap"
      title="Arrivals by hour and weekday"
      hint="Requests received in each hour of each weekday over the period (hub-local time); darker cells are busier."
      endpoint="heatmap"
      query={query}
      error={state.error}
      loaded={state.answer !== null}
      table={
        // Wider than a narrow screen: the scrolling box takes focus so the keyboard can scroll it.
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Arrivals by hour and weekday, scrollable">
          <table className="stats-table heatmap">
            <caption>Requests received by hour of the day and weekday</caption>
            <thead>
              <tr>
                <th scope="col">Weekday</th>
                {HOURS.map((h) => (
                  <th key={h} scope="col">
                    {hourLabel(h)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {weekdays.map((w) => (
                <tr key={w}>
                  <th scope="row">{weekdayWords(w)}</th>
                  {HOURS.map((h) => {
                    const value = at.get(`${w}-${h}`) ?? null;
                    return (
                      <td key={h} style={shade(value, max)} className={value === SUPPRESSED ? 'suppressed' : undefined}>
                        {cellText(value, 'heatmap_received')}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      }
    />
  );
}
