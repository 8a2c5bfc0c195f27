// y: accept the selected offer to my team, and with it the responsibility for the request.
import { clinicianActionsFor } from '../machines/lifecycle';
import { itemFor, mayShow, openIn } from './inboxTarget';
import { register } from './registry';

export const accept = register({
  name: 'accept',
  label: 'Accept',
  keyTest: 'y',
  description: 'Accept the selected offer (you become responsible for it)',
  isEnabled: (ctx, target) => {
    const item = itemFor(ctx, target);
    const handoff = item?.pendingHandoff;
    if (!ctx.tasks || !item || !handoff) return false;
    return clinicianActionsFor(ctx.user, item, ctx.dutyClinicianId ?? null).has('accept') && ctx.tasks.snapshot.can({ type: 'ACCEPT', id: item.id, handoffId: handoff.id });
  },
  perform: (ctx, target) => {
    const item = itemFor(ctx, target);
    if (!ctx.tasks || !item?.pendingHandoff) return;
    if (mayShow(ctx, item.id)) openIn(ctx, item.id);
    ctx.tasks.send({ type: 'ACCEPT', id: item.id, handoffId: item.pendingHandoff.id });
  },
});
