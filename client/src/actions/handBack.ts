// b: hand a request I accepted back to the hub queue, saying why.
import { taskAction } from './inboxTarget';

export const handBack = taskAction({
  name: 'handBack',
  label: 'Hand back',
  keyTest: 'b',
  description: 'Hand the request back to the hub queue, with a reason',
  task: 'hand_back',
  event: 'hand_back',
});
