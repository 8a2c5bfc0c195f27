// Opening hours per weekday: open or closed, and from when to when (hub-local time).
import type { HubCalendar, OpeningHours, Weekday } from '../../../../../shared/time/hubCalendar';
import { FieldError } from '../../../components/FieldError';
import type { FieldErrors } from '../fieldErrors';

const DAYS: { key: Weekday; label: string }[] = [
  { key: 'mon', label: 'Monday' },
  { key: 'tue', label: 'Tuesday' },
  { key: 'wed', label: 'Wednesday' },
  { key: 'thu', label: 'Thursday' },
  { key: 'fri', label: 'Friday' },
  { key: 'sat', label: 'Saturday' },
  { key: 'sun', label: 'Sunday' },
];
const USUAL_DAY: OpeningHours = { open: '08:00', close: '18:30' };

export function WeekHoursFields({ hours, onChange, errors }: { hours: HubCalendar['hours']; onChange(next: HubCalendar['hours']): void; errors: FieldErrors }) {
  const set = (day: Weekday, value: OpeningHours | null) => onChange({ ...hours, [day]: value });
  const dayError = (day: Weekday) => errors[`calendar.hours.${day}.close`] ?? errors[`calendar.hours.${day}.open`] ?? errors[`calendar.hours.${day}`];
  return (
    <fieldset className="field">
      <legend>Opening hours</legend>
      <FieldError id="hours-error" message={errors['calendar.hours'] ?? errors.calendar} />
      <table className="admin-week">
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Open</th>
            <th scope="col">From</th>
            <th scope="col">Until</th>
          </tr>
        </thead>
        <tbody>
          {DAYS.map(({ key, label }) => {
            const day = hours[key];
            return (
              <tr key={key}>
                <th scope="row">{label}</th>
                <td>
                  <input type="checkbox" aria-label={`Open on ${label}`} checked={day !== null} onChange={(e) => set(key, e.target.checked ? USUAL_DAY : null)} />
                </td>
                <td>{day && <input type="time" aria-label={`${label} opens at`} value={day.open} onChange={(e) => set(key, { ...day, open: e.target.value })} />}</td>
                <td>
                  {day && <input type="time" aria-label={`${label} closes at`} value={day.close} onChange={(e) => set(key, { ...day, close: e.target.value })} aria-describedby={dayError(key) ? `hours-${key}-error` : undefined} />}
                  <FieldError id={`hours-${key}-error`} message={dayError(key)} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}
