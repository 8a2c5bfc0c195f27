// Every command, and the path under /api/consultations/:id/ that sends it.
import type { CommandDefinition } from './definition';
import { claim } from './claim';
import { release } from './release';

export { claim, release };
export { expireLease } from './expireLease';

export const COMMAND_ROUTES: Record<string, CommandDefinition<never>> = {
  claim: claim as CommandDefinition<never>,
  release: release as CommandDefinition<never>,
};
