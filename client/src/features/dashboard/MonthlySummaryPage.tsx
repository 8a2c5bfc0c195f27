// The printable one-page monthly summary for the ICB (/dashboard/print?month=YYYY-MM[&practice=ODS]): the
// month's headline figures, outcome mix and SLA against target, laid out for A4 by dashboard.css's print rules.
import { Link, useSearchParams } from 'react-router';
import type { StatsAnswer } from '../../../../shared/schemas/stats';
import { Button } from '../../components/Button';
import { londonDateTime } from '../../format';
import { ErrorBanner } from '../../components/ErrorBanner';
import { cellText } from './cells';
import { checkFilters, monthRange } from './dashboardQuery';
import { DataTable } from './DataTable';
import { destinationLabel } from './figureWords';
import { useHubToday } from './hubToday';
import { SlaTargetTable } from './SlaTargetTable';
import { FigureList } from './SummaryFigures';
import { useStatsAnswer } from './useStatsAnswer';
import './dashboard.css';

const HEADLINES = ['received', 'triaged', 'completed', 'cancelled', 'still_open', 'redirection_rate', 'first_action_median_wm', 'outcome_median_wm', 'review_agreement_rate'] as const;
const monthWords = (month: string) => new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(new Date(`${month}-01T00:00:00Z`));
type OutcomeRow = StatsAnswer<'outcomes'>['rows'][number];

export function MonthlySummaryPage() {
  const [params, setParams] = useSearchParams();
  const today = useHubToday();
  const month = params.get('month') ?? today.slice(0, 7);
  const practice = params.get('practice') ?? '';
  const range = monthRange(month);
  const checked = range ? checkFilters({ ...range, practice }) : null;
  const query = checked?.ok ? checked.query : null;
  const summary = useStatsAnswer('summary', query);
  const outcomes = useStatsAnswer('outcomes', query);
  const error = summary.error ?? outcomes.error;
  const where = summary.answer?.practice ? `practice ${summary.answer.practice}` : 'the whole hub';

  function chooseMonth(value: string) {
    const next = new URLSearchParams(params);
    next.set('month', value);
    setParams(next);
  }

  return (
    <main id="main" className="monthly-summary" tabIndex={-1}>
      <div className="print-controls">
        <Link to={`/dashboard${query ? `?from=${query.from}&to=${query.to}${practice ? `&practice=${encodeURIComponent(practice)}` : ''}` : ''}`}>Back to the dashboard</Link>
        <div className="field">
          <label htmlFor="summary-month">Month</label>
          <input id="summary-month" type="month" value={month} onChange={(e) => e.target.value && chooseMonth(e.target.value)} />
        </div>
        <Button variant="primary" onClick={() => window.print()}>
          Print
        </Button>
      </div>
      <h1>Online consultation hub: {range ? monthWords(month) : 'monthly summary'}</h1>
      {!query && <ErrorBanner message={checked && !checked.ok ? Object.values(checked.errors).join('; ') : 'Choose a month, e.g. 2026-11.'} />}
      {query && (
        <p className="hint">
          {query.from} to {query.to}, {where}. Counts of 1 to 4 show as “&lt;5”. Definitions: docs/metrics.md.
        </p>
      )}
      {error && <ErrorBanner message={`The summary could not be loaded. ${error}`} />}
      {summary.answer && (
        <section aria-labelledby="print-headlines">
          <h2 id="print-headlines">Headline figures</h2>
          <FigureList answer={summary.answer} only={HEADLINES} />
        </section>
      )}
      {summary.answer && (
        <section aria-labelledby="print-sla">
          <h2 id="print-sla">SLA against target</h2>
          <SlaTargetTable answer={summary.answer} />
        </section>
      )}
      {outcomes.answer && (
        <section aria-labelledby="print-outcomes">
          <h2 id="print-outcomes">Outcome mix</h2>
          <DataTable<OutcomeRow>
            caption="Completed requests by final destination"
            columns={['destination', 'completed', 'outcome_share', 'hub_outcome_share']}
            rows={outcomes.answer.rows}
            rowKey={(r) => r.destination}
            show={(r, c) => (c === 'destination' ? destinationLabel(r.destination) : undefined)}
          />
        </section>
      )}
      {summary.answer && <p className="print-footer">Generated {londonDateTime(summary.answer.generatedAt)} from e-hub’s figures (aggregates only).</p>}
    </main>
  );
}
