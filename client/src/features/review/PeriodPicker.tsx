// Two dates, both included: the period a review sample or an agreement report covers.
import { useState, type FormEvent } from 'react';
import { Button } from '../../components/Button';
import type { PeriodQuery } from '../../api/http';

export function PeriodPicker({ id, period, onChange }: { id: string; period: PeriodQuery; onChange(period: PeriodQuery): void }) {
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  function submit(event: FormEvent) {
    event.preventDefault();
    onChange({ from, to });
  }
  return (
    <form className="period-picker" onSubmit={submit} aria-label="Period">
      <div className="field">
        <label htmlFor={`${id}-from`}>From</label>
        <input id={`${id}-from`} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>To</label>
        <input id={`${id}-to`} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      </div>
      <Button type="submit">Show</Button>
    </form>
  );
}
