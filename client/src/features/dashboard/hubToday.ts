// The hub's calendar day now, in its own time zone (docs/metrics.md: periods are hub-local days).
import { MS_PER_DAY, wallDayNumber } from '../../../../shared/time/wallDay';
import { useDeps, useHubSettings } from '../../deps';

export function useHubToday(): string {
  const { now } = useDeps();
  const timeZone = useHubSettings((s) => s.settings.calendar.timeZone);
  return new Date(wallDayNumber(now(), timeZone) * MS_PER_DAY).toISOString().slice(0, 10);
}
