// A clinician's actions on the open request, each shown only when the shared lifecycle machine
// allows it (accept and decline an offer to my team; complete, hand back, escalate or route onward
// one I accepted), and the form for the task under way.
import { useSelector } from '@xstate/react';
import { useEffect } from 'react';
import type { LifecycleEventType } from '../../../../shared/lifecycle/events';
import type { ConsultationDetail, User } from '../../../../shared/schemas/api';
import { ActionButton } from '../../actions/ActionButton';
import type { ClinicianTask } from '../../machines/clinicianTasks';
import { useDuty } from '../../deps';
import { clinicianActionsFor, mayRouteNow } from '../../machines/lifecycle';
import { dutyClinicianIdOf } from '../../stores/dutyStore';
import { RoutingPanel } from '../routing/RoutingPanel';
import type { ClinicianTasksRef } from './clinicianTasksContext';
import { OutcomeForm } from './OutcomeForm';
import { ReasonForm } from './ReasonForm';

const EVENT_OF: Record<ClinicianTask, LifecycleEventType> = {
  decline: 'decline',
  complete: 'complete',
  hand_back: 'hand_back',
  escalate: 'escalate',
  route: 'offer',
};

export function ClinicianControls({ tasks, detail, user }: { tasks: ClinicianTasksRef; detail: ConsultationDetail; user: User }) {
  const here = useSelector(tasks, (s) => s.context.id === detail.id);
  const task = useSelector(tasks, (s) => (s.matches('form') || s.matches('submitting') ? s.context.task : null));
  const busy = useSelector(tasks, (s) => s.matches('submitting') || s.matches('accepting'));
  const accepting = useSelector(tasks, (s) => s.matches('accepting'));
  const error = useSelector(tasks, (s) => s.context.error);
  const errorCode = useSelector(tasks, (s) => s.context.errorCode);

  const dutyClinicianId = useDuty(dutyClinicianIdOf);
  const allowed = clinicianActionsFor(user, detail, dutyClinicianId);
  const routeAllowed = detail.assignee?.id === user.id && mayRouteNow(user, detail);
  const open = here ? task : null;
  const stillAllowed = open === 'route' ? routeAllowed : open !== null && allowed.has(EVENT_OF[open]);
  // Someone else answered first (another ANP accepted, the offer lapsed): the form has nothing left to do.
  const gone = open !== null && !stillAllowed && !busy;
  useEffect(() => {
    if (gone) tasks.send({ type: 'CANCEL' });
  }, [gone, tasks]);

  if (allowed.size === 0 && !routeAllowed && open === null) return null;
  const target = { id: detail.id };
  const cancel = () => tasks.send({ type: 'CANCEL' });
  const formError = here ? error : null;
  const formErrorCode = here ? errorCode : null;
  return (
    <div className="clinician-controls">
      <div className="button-row">
        {allowed.has('accept') && <ActionButton name="accept" target={target} variant="primary" />}
        {allowed.has('decline') && <ActionButton name="decline" target={target} />}
        {allowed.has('complete') && <ActionButton name="complete" target={target} variant="primary" />}
        {routeAllowed && <ActionButton name="startRouting" target={target} label="Route onward" />}
        {allowed.has('hand_back') && <ActionButton name="handBack" target={target} />}
        {allowed.has('escalate') && <ActionButton name="escalate" target={target} />}
      </div>
      {here && accepting && <p role="status">Accepting…</p>}
      {stillAllowed && open === 'route' && (
        <RoutingPanel
          detail={detail}
          user={user}
          busy={busy}
          serverError={formError}
          serverErrorCode={formErrorCode}
          onSubmit={(handoff) => tasks.send({ type: 'SUBMIT', body: { kind: 'route', handoff } })}
          onCancel={cancel}
        />
      )}
      {stillAllowed && open === 'complete' && (
        <OutcomeForm
          detail={detail}
          busy={busy}
          error={formError}
          errorCode={formErrorCode}
          onSubmit={(outcome, notes, edit) => tasks.send({ type: 'SUBMIT', body: { kind: 'complete', outcome, notes, ...edit } })}
          onCancel={cancel}
        />
      )}
      {stillAllowed && (open === 'decline' || open === 'hand_back' || open === 'escalate') && (
        <ReasonForm key={open} task={open} busy={busy} error={formError} onSubmit={(reason) => tasks.send({ type: 'SUBMIT', body: { kind: open, reason } })} onCancel={cancel} />
      )}
    </div>
  );
}
