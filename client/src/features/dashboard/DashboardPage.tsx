// The federation manager's dashboard (docs/dashboard.md): the period's figures as charts with their data
// tables and CSVs, per practice, team and person, and today's capacity, all from one /api/stats/dashboard
// answer (aggregates, never a patient). The filters live in the URL; figures holding today refetch on each
// 'stats' notice.
import { useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { DashboardAnswer, StatsEndpoint } from '../../../../shared/schemas/stats';
import { useUser } from '../../deps';
import type { CapacityQuery } from '../../api/stats';
import { CapacityPanel } from './CapacityPanel';
import { DailyChart } from './DailyChart';
import { DashboardFilters } from './DashboardFilters';
import { checkFilters, filtersOf, includesDay, withFilters, type Filters } from './dashboardQuery';
import { HeatmapGrid } from './HeatmapGrid';
import { useHubToday } from './hubToday';
import { OutcomesChart } from './OutcomesChart';
import { PracticesTable, StaffTable, TeamsTable } from './PracticeTables';
import { SlaChart } from './SlaChart';
import { SummaryFigures } from './SummaryFigures';
import { useStatsAnswer } from './useStatsAnswer';
import { useStatsNotices } from './useStatsNotices';
import './dashboard.css';

export function DashboardPage() {
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const clientToday = useHubToday();
  const tick = useStatsNotices(user);

  const filters = filtersOf(params, clientToday);
  const checked = checkFilters(filters);
  const query = checked.ok ? checked.query : null;
  const practice = query?.practice;
  // Answers are fetched again only when their query string changes, so fresh objects per render are fine.
  const capacityQuery: CapacityQuery | null = query ? (practice ? { practice } : {}) : null;
  // One ask per load (docs/metrics.md, "One ask per dashboard load"): every figure, today's capacity and
  // the practices to filter by. It is asked again on a notice while the period holds today; a past
  // period stands, and only today's capacity is asked again, on its own.
  // Each notice counts for the one or the other, by whether the period shown held today when it came.
  const notices = useRef({ seen: tick, live: 0, past: 0, holdsToday: false });
  const n = notices.current;
  if (n.seen !== tick) (n.seen = tick), n.holdsToday ? n.live++ : n.past++;
  const board = useStatsAnswer('dashboard', query, n.live);
  const capacityAgain = useStatsAnswer('capacity', capacityQuery, n.past, true);
  // Whichever capacity is newer: the board's, or the one asked again since.
  const [again, withBoard] = [capacityAgain.answer, board.answer?.capacity ?? null];
  const capacity = { answer: again && (!withBoard || again.generatedAt > withBoard.generatedAt) ? again : withBoard, error: capacityAgain.error ?? board.error };
  // The hub says which day today is (capacity is today's); this browser's clock stands in until it answers.
  const today = capacity.answer?.from ?? clientToday;
  n.holdsToday = query !== null && includesDay(query, today);
  const figureOf = <E extends Exclude<StatsEndpoint, 'capacity'>>(e: E) => ({ answer: board.answer?.[e] ?? null, error: board.error });
  const [summary, daily, outcomes, sla, heatmap, practices, teams, staff] = [
    figureOf('summary'),
    figureOf('daily'),
    figureOf('outcomes'),
    figureOf('sla'),
    figureOf('heatmap'),
    figureOf('practices'),
    figureOf('teams'),
    figureOf('staff'),
  ];
  // Every member practice, for the filter; the last list stays while a new period is fetched.
  const members = useRef<DashboardAnswer['members']>([]);
  if (board.answer) members.current = board.answer.members;
  const practiceChoices = members.current;

  const apply = (next: Filters) => setParams(withFilters(params, next));
  const month = (query?.to ?? today).slice(0, 7);
  const printHref = `/dashboard/print?month=${month}${practice ? `&practice=${encodeURIComponent(practice)}` : ''}`;

  return (
    <main id="main" className="dashboard-page" tabIndex={-1}>
      <div className="dashboard-title">
        <h1>Hub dashboard</h1>
        <p className="hint">
          Figures only: counts of 1 to 4 show as “&lt;5” and nothing here names a patient. Today’s figures update as the queue moves.{' '}
          <Link to={printHref}>Printable monthly summary</Link>
        </p>
      </div>
      <DashboardFilters key={params.toString()} filters={filters} today={today} practices={practiceChoices} onChange={apply} />
      {!checked.ok && (
        <div className="banner banner-error" role="alert">
          <p>
            These figures cannot be shown for the period in the address: {Object.values(checked.errors).join('; ')}. Choose another period above.
          </p>
        </div>
      )}
      {query && capacityQuery && (
        <div className="dashboard-grid">
          <CapacityPanel query={capacityQuery} state={capacity} />
          <SummaryFigures query={query} state={summary} />
          <DailyChart query={query} state={daily} />
          <SlaChart query={query} state={sla} />
          <OutcomesChart query={query} state={outcomes} />
          <HeatmapGrid query={query} state={heatmap} />
          <PracticesTable query={query} state={practices} />
          <TeamsTable query={query} state={teams} />
          <StaffTable query={query} state={staff} />
        </div>
      )}
    </main>
  );
}
