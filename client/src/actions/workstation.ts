// Working-state actions: step away and back, and start or leave routing (the coordinator's claim, or
// a clinician routing onward a request they accepted).
import { mayRouteNow } from '../machines/lifecycle';
import { itemFor, mayShow, openIn } from './inboxTarget';
import { register, type ActionContext, type ActionTarget } from './registry';

/** A clinician routes onward from their inbox: the machine must allow it, and the pane must show it. */
function clinicianMayRoute(ctx: ActionContext, target: ActionTarget) {
  const item = itemFor(ctx, target);
  if (!ctx.tasks || !item || !mayShow(ctx, item.id)) return false;
  return mayRouteNow(ctx.user, item) && ctx.tasks.snapshot.can({ type: 'START', task: 'route', id: item.id });
}

export const toggleAway = register({
  name: 'toggleAway',
  label: 'Set away',
  keyTest: 'a',
  description: 'Tell the team you are away, or back',
  isEnabled: (ctx) => ctx.workstation.can({ type: 'AWAY' }) || ctx.workstation.can({ type: 'BACK' }),
  perform: (ctx) => ctx.send(ctx.workstation.can({ type: 'BACK' }) ? { type: 'BACK' } : { type: 'AWAY' }),
});

export const startRouting = register({
  name: 'startRouting',
  label: 'Route',
  keyTest: 'g',
  description: 'Route the request: choose where it goes next',
  isEnabled: (ctx, target) => ctx.workstation.can({ type: 'START_ROUTING' }) || clinicianMayRoute(ctx, target),
  perform: (ctx, target) => {
    if (ctx.workstation.can({ type: 'START_ROUTING' })) return ctx.send({ type: 'START_ROUTING' });
    const item = itemFor(ctx, target);
    if (!ctx.tasks || !item) return;
    openIn(ctx, item.id);
    ctx.tasks.send({ type: 'START', task: 'route', id: item.id });
  },
});

export const cancelRouting = register({
  name: 'cancelRouting',
  label: 'Back to the request',
  description: 'Leave routing without routing',
  isEnabled: (ctx) => ctx.workstation.can({ type: 'CANCEL_ROUTING' }),
  perform: (ctx) => ctx.send({ type: 'CANCEL_ROUTING' }),
});

export const closeRequest = register({
  name: 'closeRequest',
  label: 'Close',
  keyTest: 'Escape',
  description: 'Close the open request (one you hold stays open)',
  isEnabled: (ctx) => ctx.workstation.can({ type: 'CLOSE' }),
  perform: (ctx) => ctx.send({ type: 'CLOSE' }),
});
