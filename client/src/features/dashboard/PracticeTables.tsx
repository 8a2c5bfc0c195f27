// The tables without a chart: per practice (/practices, with the hub's own row at the foot), per team or
// destination (/teams) and per member of staff (/staff), each sortable by any column and with its CSV.
import type { StatsAnswer, StatsQuery } from '../../../../shared/schemas/stats';
import { FigureSection } from './FigureSection';
import { destinationLabel } from './figureWords';
import { SortableTable } from './SortableTable';
import type { AnswerState } from './useStatsAnswer';

type PracticeRow = StatsAnswer<'practices'>['rows'][number];
type TeamRow = StatsAnswer<'teams'>['rows'][number];
type StaffRow = StatsAnswer<'staff'>['rows'][number];

const PRACTICE_COLUMNS = [
  'name',
  'practice',
  'list_size',
  'received',
  'per_1000_registered',
  'completed',
  'redirection_rate',
  'share_hub_clinicians',
  'share_community_pharmacy',
  'share_self_referral',
  'share_self_care',
  'share_practice',
  'share_urgent',
] as const;
const TEAM_COLUMNS = ['destination', 'offered', 'accepted', 'declined', 'expired', 'acknowledged', 'acceptance_median_wm', 'decline_rate', 'expiry_rate', 'external_ack_median_wm'] as const;
const STAFF_COLUMNS = ['name', 'role', 'decisions', 'completions'] as const;

export function PracticesTable({ query, state }: { query: StatsQuery; state: AnswerState<'practices'> }) {
  const rows = state.answer?.rows ?? [];
  return (
    <FigureSection
      id="practices"
      title="Per practice"
      hint="Outcome columns are shares of each practice's completed requests. The whole hub is the last row."
      endpoint="practices"
      query={query}
      error={state.error}
      loaded={state.answer !== null}
      table={
        <SortableTable<PracticeRow, (typeof PRACTICE_COLUMNS)[number]>
          caption="Figures per member practice"
          columns={PRACTICE_COLUMNS}
          rows={rows.filter((r) => r.practice !== 'ALL')}
          footRows={rows.filter((r) => r.practice === 'ALL')}
          rowKey={(r) => r.practice}
          show={(r, c) => (c === 'practice' && r.practice === 'ALL' ? '—' : undefined)}
          definitions={state.answer?.definitions}
        />
      }
    />
  );
}

export function TeamsTable({ query, state }: { query: StatsQuery; state: AnswerState<'teams'> }) {
  return (
    <FigureSection
      id="teams"
      title="Teams and destinations"
      hint="Hand-offs offered in the period and how they were answered."
      endpoint="teams"
      query={query}
      error={state.error}
      loaded={state.answer !== null}
      table={
        <SortableTable<TeamRow, (typeof TEAM_COLUMNS)[number]>
          caption="Hand-offs per team or destination"
          columns={TEAM_COLUMNS}
          rows={state.answer?.rows ?? []}
          rowKey={(r) => r.destination}
          show={(r, c) => (c === 'destination' ? destinationLabel(r.destination) : undefined)}
          definitions={state.answer?.definitions}
        />
      }
    />
  );
}

export function StaffTable({ query, state }: { query: StatsQuery; state: AnswerState<'staff'> }) {
  return (
    <FigureSection
      id="staff"
      title="Staff"
      hint="Routing decisions each person made, and outcomes they recorded, in the period."
      endpoint="staff"
      query={query}
      error={state.error}
      loaded={state.answer !== null}
      table={
        <SortableTable<StaffRow, (typeof STAFF_COLUMNS)[number]>
          caption="Decisions and completions per member of staff"
          columns={STAFF_COLUMNS}
          rows={state.answer?.rows ?? []}
          rowKey={(r) => `${r.name}-${r.role}`}
          definitions={state.answer?.definitions}
        />
      }
    />
  );
}
