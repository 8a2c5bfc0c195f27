// The contact tasks a request left for the hub, in its journey: why a person had to reach the patient,
// and how, by whom and when it was resolved.
import type { ContactTaskView } from '../../api/http';
import { londonDateTime } from '../../format';
import { CONTACT_TASK_KIND_WORDS, RESOLUTION_WORDS } from '../messages/messageWords';

export function JourneyContactTaskList({ tasks }: { tasks: ContactTaskView[] }) {
  return (
    <ol className="handoff-list">
      {tasks.map((task) => (
        <li key={task.id} className="handoff" data-testid={`journey-contact-task-${task.id}`}>
          <p className="handoff-head">
            <strong>{CONTACT_TASK_KIND_WORDS[task.kind]}</strong> <span className="badge">{task.resolvedAt ? 'Resolved' : 'Open'}</span>
          </p>
          <p>
            {task.reason} ({londonDateTime(task.createdAt)})
          </p>
          <p>
            {task.resolvedAt && task.resolution
              ? `${RESOLUTION_WORDS[task.resolution]}, by ${task.resolvedBy ?? 'the hub'}, ${londonDateTime(task.resolvedAt)}${task.note ? `: “${task.note}”` : ''}`
              : 'Waiting for someone in the hub to contact the patient.'}
          </p>
        </li>
      ))}
    </ol>
  );
}
