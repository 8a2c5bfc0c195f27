// Claim, release and routing for the open request, each shown only when the shared lifecycle
// machine allows it for this user; otherwise, who has the request.
import type { ConsultationDetail, User } from '../../../../shared/schemas/api';
import { ActionButton } from '../../actions/ActionButton';
import { mayClaim, mayRelease } from '../../machines/lifecycle';
import { LeaseCountdown } from '../queue/LeaseCountdown';
import { CoordinatorRouting } from './CoordinatorRouting';
import { holderText } from '../queue/rowText';
import { useWorkstation } from '../queue/workstationContext';

export function ClaimControls({ detail, user }: { detail: ConsultationDetail; user: User }) {
  const heldId = useWorkstation((s) => s.context.heldId);
  const lease = useWorkstation((s) => s.context.leaseExpiresAt);
  const routing = useWorkstation(
    (s) => s.matches({ work: { holding: { task: 'routing' } } }) || s.matches({ work: { holding: { task: 'submittingRoute' } } }),
  );
  const claiming = useWorkstation((s) => s.matches({ work: 'claiming' }));
  const mine = heldId === detail.id;
  const holder = mine ? null : holderText(detail, user);
  const target = { id: detail.id };

  return (
    <div className="claim-controls">
      {holder && <p className="holder holder-other">{holder}</p>}
      {claiming && <p role="status">Claiming…</p>}
      <div className="button-row">
        {mayClaim(user, detail) && <ActionButton name="claim" target={target} variant="primary" />}
        {mine && mayRelease(user, detail) && <ActionButton name="release" target={target} />}
        {mine && !routing && <ActionButton name="startRouting" hideWhenDisabled />}
      </div>
      {mine && <LeaseCountdown leaseExpiresAt={detail.leaseExpiresAt ?? lease} />}
      {mine && routing && <CoordinatorRouting detail={detail} user={user} />}
    </div>
  );
}
