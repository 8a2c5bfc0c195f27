// A request's priority in words wherever it is listed: the red-flag marker, the possible-red-flag
// marker, or (for screen readers only) "Routine".
import type { Priority } from '../../../shared/schemas/domain';
import { PossibleRedFlagMarker } from './PossibleRedFlagMarker';
import { RedFlagMarker } from './RedFlagMarker';

export function PriorityMarker({ priority, hideRoutine = false }: { priority: Priority; hideRoutine?: boolean }) {
  if (priority === 'red_flag') return <RedFlagMarker />;
  if (priority === 'red_flag_possible') return <PossibleRedFlagMarker />;
  return hideRoutine ? null : <span className="visually-hidden">Routine</span>;
}

/** The row class that tints a request by priority (the marker's words carry the meaning). */
export const priorityRowClass = (priority: Priority) =>
  priority === 'red_flag' ? 'is-red-flag' : priority === 'red_flag_possible' ? 'is-possible-red-flag' : undefined;
