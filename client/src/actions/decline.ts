// d: decline the selected offer, saying why; it goes back to the hub queue.
import { taskAction } from './inboxTarget';

export const decline = taskAction({
  name: 'decline',
  label: 'Decline',
  keyTest: 'd',
  description: 'Decline the selected offer, with a reason',
  task: 'decline',
  event: 'decline',
});
