// o: record the outcome of a request I accepted, which closes the hub's part.
import { taskAction } from './inboxTarget';

export const complete = taskAction({
  name: 'complete',
  label: 'Complete',
  keyTest: 'o',
  description: 'Record an outcome and complete the request',
  task: 'complete',
  event: 'complete',
});
