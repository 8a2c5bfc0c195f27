// The period and practice the dashboard shows, kept in the URL: dates and a practice to choose and
// "Show", or a preset. A range the hub would refuse is explained beside its field and never sent.
import { useState, type FormEvent } from 'react';
import { Button } from '../../components/Button';
import { describedBy, FieldError } from '../../components/FieldError';
import { checkFilters, PRESET_LABELS, PRESETS, presetRange, type Filters, type Preset } from './dashboardQuery';

interface Props {
  filters: Filters;
  today: string;
  practices: readonly { ods: string; name: string }[];
  onChange(filters: Filters): void;
}

export function DashboardFilters({ filters, today, practices, onChange }: Props) {
  const [draft, setDraft] = useState(filters);
  const [errors, setErrors] = useState<Partial<Record<keyof Filters, string>>>({});
  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkFilters(draft);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    onChange(draft);
  }
  function preset(p: Preset) {
    const next = { ...draft, ...presetRange(p, today) };
    setDraft(next);
    setErrors({});
    onChange(next);
  }
  const field = (name: 'from' | 'to', label: string) => (
    <div className="field">
      <label htmlFor={`dashboard-${name}`}>{label}</label>
      <input
        id={`dashboard-${name}`}
        type="date"
        value={draft[name]}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={describedBy(errors[name] && `dashboard-${name}-error`)}
        onChange={(e) => setDraft((d) => ({ ...d, [name]: e.target.value }))}
      />
      <FieldError id={`dashboard-${name}-error`} message={errors[name]} />
    </div>
  );
  return (
    <div className="dashboard-filters">
      <form className="period-picker" aria-label="Period and practice" onSubmit={submit} noValidate>
        {field('from', 'From')}
        {field('to', 'To')}
        <div className="field">
          <label htmlFor="dashboard-practice">Practice</label>
          <select
            id="dashboard-practice"
            value={draft.practice}
            aria-invalid={errors.practice ? true : undefined}
            aria-describedby={describedBy(errors.practice && 'dashboard-practice-error')}
            onChange={(e) => setDraft((d) => ({ ...d, practice: e.target.value }))}
          >
            <option value="">Whole hub</option>
            {practices.map((p) => (
              <option key={p.ods} value={p.ods}>
                {p.name} ({p.ods})
              </option>
            ))}
            {/* A practice named in the URL stays choosable before the list arrives. */}
            {draft.practice && !practices.some((p) => p.ods === draft.practice) && <option value={draft.practice}>{draft.practice}</option>}
          </select>
          <FieldError id="dashboard-practice-error" message={errors.practice} />
        </div>
        <Button type="submit" variant="primary">Show</Button>
      </form>
      <div className="dashboard-presets" role="group" aria-label="Quick periods">
        {PRESETS.map((p) => (
          <Button key={p} variant="secondary" onClick={() => preset(p)}>
            {PRESET_LABELS[p]}
          </Button>
        ))}
      </div>
    </div>
  );
}
