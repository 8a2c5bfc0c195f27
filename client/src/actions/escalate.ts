// e: escalate a request I accepted to the duty clinician, saying why.
import { taskAction } from './inboxTarget';

export const escalate = taskAction({
  name: 'escalate',
  label: 'Escalate',
  keyTest: 'e',
  description: 'Escalate the request to the duty clinician, with a reason',
  task: 'escalate',
  event: 'escalate',
});
