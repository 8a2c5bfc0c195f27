// Narrowing and ordering the queue: practice, kind, red flags only, status, who holds it, and the sort.
// Labelled controls, applied at once, kept in the URL (useQueueView). The form wraps, so on a phone
// every control stays reachable without sideways scrolling.
import { useMemo } from 'react';
import { Button } from '../../components/Button';
import { useQueue } from '../../deps';
import { practicesIn } from '../../stores/queueStore';
import { DEFAULT_VIEW, HOLDER_FILTERS, SORTS, STATUS_FILTERS, type QueueView } from './queueView';

interface Props {
  view: QueueView;
  onChange(patch: Partial<QueueView>): void;
}

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => (
    <option key={value} value={value}>
      {label}
    </option>
  ));

export function QueueFilters({ view, onChange }: Props) {
  const items = useQueue((s) => s.items);
  const practices = useMemo(() => practicesIn(items), [items]);
  const changed = (Object.keys(DEFAULT_VIEW) as (keyof QueueView)[]).some((key) => view[key] !== DEFAULT_VIEW[key]);
  return (
    <form className="queue-filters" aria-label="Filter the queue" onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor="filter-status">Status</label>
        <select id="filter-status" value={view.status} onChange={(e) => onChange({ status: e.target.value as QueueView['status'] })}>
          {options(STATUS_FILTERS)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-holder">Claimed by</label>
        <select id="filter-holder" value={view.holder} onChange={(e) => onChange({ holder: e.target.value as QueueView['holder'] })}>
          {options(HOLDER_FILTERS)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-practice">Practice</label>
        <select id="filter-practice" value={view.practice} onChange={(e) => onChange({ practice: e.target.value })}>
          <option value="all">All practices</option>
          {view.practice !== 'all' && !practices.some((p) => p.ods === view.practice) && (
            <option value={view.practice}>{view.practice} (none waiting)</option>
          )}
          {practices.map((p) => (
            <option key={p.ods} value={p.ods}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-kind">Kind</label>
        <select id="filter-kind" value={view.kind} onChange={(e) => onChange({ kind: e.target.value as QueueView['kind'] })}>
          <option value="all">All kinds</option>
          <option value="clinical">Clinical</option>
          <option value="admin">Admin</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-sort">Sort by</label>
        <select id="filter-sort" value={view.sort} onChange={(e) => onChange({ sort: e.target.value as QueueView['sort'] })}>
          {options(SORTS)}
        </select>
      </div>
      <div className="field field-check">
        <input id="filter-red-flags" type="checkbox" checked={view.redFlagsOnly} onChange={(e) => onChange({ redFlagsOnly: e.target.checked })} />
        <label htmlFor="filter-red-flags">Red flags and possible</label>
      </div>
      {changed && (
        <Button variant="quiet" onClick={() => onChange(DEFAULT_VIEW)}>
          Clear filters
        </Button>
      )}
    </form>
  );
}
