// SLA compliance per day received (/api/stats/sla): first action, outcome and answered by the end of the
// next working day, with the contract's 90% target drawn as a reference line (docs/metrics.md).
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { NEXT_WORKING_DAY_TARGET } from '../../../../shared/rules/metrics';
import type { StatsAnswer, StatsQuery } from '../../../../shared/schemas/stats';
import { plottedPercent } from './cells';
import { ChartFrame, COLOURS, shortDay } from './chartFrame';
import { DataTable } from './DataTable';
import { FigureSection } from './FigureSection';
import type { AnswerState } from './useStatsAnswer';

type Row = StatsAnswer<'sla'>['rows'][number];
const COLUMNS = ['day', 'received', 'first_action_sla_rate', 'outcome_sla_rate', 'answered_next_working_day_rate', 'answered_next_working_day_target'] as const;

export function SlaChart({ query, state }: { query: StatsQuery; state: AnswerState<'sla'> }) {
  const rows = state.answer?.rows ?? [];
  // The answer carries the target on every row; the contract's figure stands in for an empty period.
  const target = Math.round((rows[0]?.answered_next_working_day_target ?? NEXT_WORKING_DAY_TARGET) * 100);
  const data = rows.map((r) => ({
    day: shortDay(r.day),
    firstAction: plottedPercent(r.first_action_sla_rate),
    outcome: plottedPercent(r.outcome_sla_rate),
    nextDay: plottedPercent(r.answered_next_working_day_rate),
  }));
  return (
    <FigureSection
      id="sla"
      title="SLA compliance"
      hint={`Share of each day's requests within each deadline; the dashed line is the contract target (${target}% answered by the end of the next working day). Days with fewer than 5 show no point.`}
      endpoint="sla"
      query={query}
      error={state.error}
      loaded={state.answer !== null}
      chart={
        <ChartFrame>
          <LineChart data={data} title="SLA compliance" margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="day" />
            <YAxis unit="%" domain={[0, 100]} />
            <Tooltip formatter={(v) => `${String(v)}%`} />
            <Legend />
            <ReferenceLine y={target} stroke={COLOURS.red} strokeDasharray="6 4" label={{ value: `Target ${target}%`, position: 'insideBottomRight', fill: COLOURS.red }} />
            <Line dataKey="firstAction" name="First action within SLA" stroke={COLOURS.blue} strokeWidth={2} isAnimationActive={false} />
            <Line dataKey="outcome" name="Outcome within SLA" stroke={COLOURS.purple} strokeWidth={2} isAnimationActive={false} />
            <Line dataKey="nextDay" name="Answered by next working day" stroke={COLOURS.green} strokeWidth={2} isAnimationActive={false} />
          </LineChart>
        </ChartFrame>
      }
      table={<DataTable<Row> caption="SLA compliance, per day received" columns={COLUMNS} rows={rows} rowKey={(r) => r.day} />}
    />
  );
}
