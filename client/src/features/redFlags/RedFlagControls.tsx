// Raise, confirm or clear a red flag on the open request: a button for each the user may do now
// (flagPermissions.ts), opening a form with a required reason. The reply updates the live queue, and
// the pane with it; the hub's refusal stays with the form.
import { useEffect, useState } from 'react';
import type { ConsultationDetail, User } from '../../../../shared/schemas/api';
import { messageOf } from '../../api/errors';
import { Button } from '../../components/Button';
import { useDeps } from '../../deps';
import { sendFlagTask, type FlagTaskBody } from './flagCalls';
import { flagTasksFor, type FlagTask } from './flagPermissions';
import { FLAG_TASK_WORDS } from './flagTaskWords';
import { RedFlagForm } from './RedFlagForm';

const ORDER: FlagTask[] = ['confirm', 'clear', 'raise'];

/** Key it by the request's id: a form never carries over to another request. */
export function RedFlagControls({ detail, user }: { detail: ConsultationDetail; user: User }) {
  const deps = useDeps();
  const [open, setOpen] = useState<FlagTask | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const allowed = flagTasksFor(user, detail);
  // Someone else settled it first (another clinician cleared the flag): the form has nothing left to do.
  const gone = open !== null && !busy && !allowed.has(open);
  useEffect(() => {
    if (gone) setOpen(null);
  }, [gone]);

  if (allowed.size === 0 && open === null) return null;

  function start(task: FlagTask) {
    setOpen(task);
    setError(null);
    setDone(null);
  }

  async function submit(body: FlagTaskBody) {
    setBusy(true);
    setError(null);
    try {
      await sendFlagTask(deps, detail.id, body);
      setOpen(null);
      setDone(FLAG_TASK_WORDS[body.task].done);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="flag-controls">
      {done && <p role="status">{done}</p>}
      {open === null ? (
        <div className="button-row">
          {ORDER.filter((task) => allowed.has(task)).map((task) => (
            <Button key={task} variant={task === 'raise' ? 'secondary' : 'primary'} onClick={() => start(task)}>
              {FLAG_TASK_WORDS[task].button}
            </Button>
          ))}
        </div>
      ) : (
        <RedFlagForm key={open} task={open} busy={busy} error={error} onSubmit={(body) => void submit(body)} onCancel={() => setOpen(null)} />
      )}
    </div>
  );
}
