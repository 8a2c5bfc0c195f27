// A request's place in the queue follows from its red flags alone (docs/clinical-safety/red-flags.md):
// a definite flag first, then one the screen could not settle, then routine.
import type { Priority } from '../schemas/domain';

export function priorityOf(flags: { redFlags: readonly string[]; possibleRedFlags: readonly string[] }): Priority {
  if (flags.redFlags.length > 0) return 'red_flag';
  return flags.possibleRedFlags.length > 0 ? 'red_flag_possible' : 'routine';
}
