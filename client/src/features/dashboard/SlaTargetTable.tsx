// The period's SLA compliance against its targets, from the summary: the contract's next-working-day
// target (90%, docs/metrics.md) and, for the hub's own SLAs, the rate alone (they carry no contract figure).
import type { StatsAnswer } from '../../../../shared/schemas/stats';
import { cellText } from './cells';
import { labelOf } from './figureWords';

const SLA_FIGURES = ['answered_next_working_day_rate', 'first_action_sla_rate', 'outcome_sla_rate', 'red_flag_acceptance_sla_rate'] as const;

export function SlaTargetTable({ answer }: { answer: StatsAnswer<'summary'> }) {
  const valueOf = (metric: string) => answer.rows.find((r) => r.metric === metric)?.value ?? null;
  const target = valueOf('answered_next_working_day_target');
  const verdict = (rate: ReturnType<typeof valueOf>, goal: typeof target) =>
    typeof rate === 'number' && typeof goal === 'number' ? (rate >= goal ? 'Met' : 'Not met') : '—';
  return (
    <div className="table-scroll">
      <table className="stats-table">
        <caption>SLA compliance against target</caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col">Achieved</th>
            <th scope="col">Target</th>
            <th scope="col">Met</th>
          </tr>
        </thead>
        <tbody>
          {SLA_FIGURES.map((metric) => {
            const goal = metric === 'answered_next_working_day_rate' ? target : null;
            return (
              <tr key={metric}>
                <th scope="row">{labelOf(metric)}</th>
                <td>{cellText(valueOf(metric), metric)}</td>
                <td>{cellText(goal, 'answered_next_working_day_target')}</td>
                <td>{verdict(valueOf(metric), goal)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
