// Narrowing the queue: by practice, by kind, red flags (and possible ones) only. Labelled controls, applied at once.
import { useMemo } from 'react';
import { useDeps, useQueue } from '../../deps';
import { practicesIn } from '../../stores/queueStore';

export function QueueFilters() {
  const { queue } = useDeps();
  const filters = useQueue((s) => s.filters);
  const items = useQueue((s) => s.items);
  const practices = useMemo(() => practicesIn(items), [items]);
  const setFilters = queue.getState().setFilters;
  return (
    <form className="queue-filters" aria-label="Filter the queue" onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor="filter-practice">Practice</label>
        <select id="filter-practice" value={filters.practice} onChange={(e) => setFilters({ practice: e.target.value })}>
          <option value="all">All practices</option>
          {filters.practice !== 'all' && !practices.some((p) => p.ods === filters.practice) && (
            <option value={filters.practice}>{filters.practice} (none waiting)</option>
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
        <select
          id="filter-kind"
          value={filters.kind}
          onChange={(e) => setFilters({ kind: e.target.value as typeof filters.kind })}
        >
          <option value="all">All kinds</option>
          <option value="clinical">Clinical</option>
          <option value="admin">Admin</option>
        </select>
      </div>
      <div className="field field-check">
        <input
          id="filter-red-flags"
          type="checkbox"
          checked={filters.redFlagsOnly}
          onChange={(e) => setFilters({ redFlagsOnly: e.target.checked })}
        />
        <label htmlFor="filter-red-flags">Red flags and possible</label>
      </div>
    </form>
  );
}
