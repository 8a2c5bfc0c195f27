// The routing panel for the request this coordinator holds: it submits through the workstation
// machine, which keeps the claim while the hand-off is on its way and lets go once the hub accepts it.
import type { ConsultationDetail, User } from '../../../../shared/schemas/api';
import { useActions } from '../../actions/ActionsProvider';
import { RoutingPanel } from '../routing/RoutingPanel';
import { useWorkstation, useWorkstationRef } from '../queue/workstationContext';

export function CoordinatorRouting({ detail, user }: { detail: ConsultationDetail; user: User }) {
  const workstation = useWorkstationRef();
  const actions = useActions();
  const busy = useWorkstation((s) => s.matches({ work: { holding: { task: 'submittingRoute' } } }));
  const routeError = useWorkstation((s) => s.context.routeError);
  const routeErrorCode = useWorkstation((s) => s.context.routeErrorCode);
  return (
    <RoutingPanel
      detail={detail}
      user={user}
      busy={busy}
      serverError={routeError}
      serverErrorCode={routeErrorCode}
      onSubmit={(body) => workstation.send({ type: 'SUBMIT_ROUTE', body })}
      onCancel={() => actions.run('cancelRouting')}
    />
  );
}
