// The federation manager's dashboard (docs/dashboard.md): the period's figures as charts with their data
// tables and CSVs, per practice, team and person, and today's capacity, all from /api/stats/* (aggregates,
// never a patient). The filters live in the URL; figures holding today refetch on each 'stats' notice.
import { Link, useSearchParams } from 'react-router';
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
  const capacity = useStatsAnswer('capacity', capacityQuery, tick);
  // The hub says which day today is (capacity is today's); this browser's clock stands in until it answers.
  const today = capacity.answer?.from ?? clientToday;
  const live = query && includesDay(query, today) ? tick : 0;

  const summary = useStatsAnswer('summary', query, live);
  const daily = useStatsAnswer('daily', query, live);
  const outcomes = useStatsAnswer('outcomes', query, live);
  const sla = useStatsAnswer('sla', query, live);
  const heatmap = useStatsAnswer('heatmap', query, live);
  const practices = useStatsAnswer('practices', query, live);
  const teams = useStatsAnswer('teams', query, live);
  const staff = useStatsAnswer('staff', query, live);
  // Every member practice, for the filter: the per-practice answer without a practice lists them all.
  const everyPractice = useStatsAnswer('practices', { from: clientToday, to: clientToday });
  const practiceChoices = (everyPractice.answer?.rows ?? []).filter((r) => r.practice !== 'ALL').map((r) => ({ ods: r.practice, name: r.name }));

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
