// Claim, release and routing for the open request, each shown only when the shared lifecycle
// machine allows it for this user; otherwise, who has the request.
import type { ConsultationDetail, User } from '../../../../shared/schemas/api';
import { ActionButton } from '../../actions/ActionButton';
import { mayClaim, mayRelease } from '../../machines/lifecycle';
import { LeaseCountdown } from '../queue/LeaseCountdown';
import { holderText } from '../queue/rowText';
import { useWorkstation } from '../queue/workstationContext';

export function ClaimControls({ detail, user }: { detail: ConsultationDetail; user: User }) {
  const heldId = useWorkstation((s) => s.context.heldId);
  const lease = useWorkstation((s) => s.context.leaseExpiresAt);
  const routing = useWorkstation((s) => s.matches({ work: { holding: { task: 'routing' } } }));
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
      {mine && routing && (
        <section className="routing-placeholder" aria-labelledby="routing-heading">
          <h3 id="routing-heading">Route this request</h3>
          <p>The routing panel arrives in a later release. Your claim is kept while you are here.</p>
          <ActionButton name="cancelRouting" />
        </section>
      )}
    </div>
  );
}
