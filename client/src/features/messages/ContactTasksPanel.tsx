// "Patients to contact", at the top of the hub queue: open contact tasks (no message could go, or it did
// not arrive), each with its reason, its request and how long it has waited, and a form to resolve it.
import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatDuration } from '../../format';
import { useNow } from '../../useNow';
import { CONTACT_TASK_KIND_WORDS } from './messageWords';
import { ResolveContactTaskForm } from './ResolveContactTaskForm';
import { useContactTasks } from './useContactTasks';
import './messages.css';

export function ContactTasksPanel() {
  const { tasks, error, refetch } = useContactTasks();
  const [resolving, setResolving] = useState<number | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const now = useNow(30_000);
  if (!tasks && !error) return null;
  const count = tasks?.length ?? 0;
  return (
    <section className="contact-tasks" aria-labelledby="contact-tasks-heading" data-testid="contact-tasks">
      <h2 id="contact-tasks-heading">Patients to contact ({count})</h2>
      {error && <ErrorBanner message={`The patients to contact could not be loaded. ${error}`} />}
      <p role="status" className="hint">
        {done}
      </p>
      {tasks && count === 0 && <p className="hint">No patient is waiting to be contacted.</p>}
      {tasks && count > 0 && (
        <ul className="contact-task-list">
          {tasks.map((task) => (
            <li key={task.id} className="contact-task" data-testid={`contact-task-${task.id}`}>
              <p>
                <strong>{CONTACT_TASK_KIND_WORDS[task.kind]}</strong>: {task.reason}.{' '}
                <Link to={`/requests/${task.consultationId}`}>Request {task.consultationId}</Link>, waiting {formatDuration(now - Date.parse(task.createdAt))}
              </p>
              {resolving === task.id ? (
                <ResolveContactTaskForm
                  taskId={task.id}
                  onCancel={() => setResolving(null)}
                  onDone={() => {
                    setResolving(null);
                    setDone(`Contact task for request ${task.consultationId} resolved.`);
                    refetch();
                  }}
                />
              ) : (
                <Button onClick={() => setResolving(task.id)} aria-label={`Resolve: request ${task.consultationId}`}>
                  Resolve
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
