// The registry: every workstation action, in the order the help overlay lists them.
// Add an action by writing one file with register({...}) and listing it here.
import { accept } from './accept';
import { claim } from './claim';
import { claimNext } from './claimNext';
import { complete } from './complete';
import { decline } from './decline';
import { escalate } from './escalate';
import { handBack } from './handBack';
import { help } from './help';
import { moveDown, moveUp } from './moveSelection';
import { open } from './open';
import type { Action } from './registry';
import { release } from './release';
import { cancelRouting, closeRequest, startRouting, toggleAway } from './workstation';

export const ACTIONS = [
  moveDown,
  moveUp,
  open,
  claim,
  claimNext,
  release,
  startRouting,
  cancelRouting,
  accept,
  decline,
  complete,
  handBack,
  escalate,
  closeRequest,
  toggleAway,
  help,
] as const satisfies readonly Action[];

export type ActionName = (typeof ACTIONS)[number]['name'];

export const actionNamed = (name: ActionName): Action => ACTIONS.find((a) => a.name === name)!;
