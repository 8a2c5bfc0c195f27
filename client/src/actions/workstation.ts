// Working-state actions: step away and back, and start or leave routing (a placeholder until the routing panel).
import { register } from './registry';

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
  description: 'Choose where the request you hold goes next',
  isEnabled: (ctx) => ctx.workstation.can({ type: 'START_ROUTING' }),
  perform: (ctx) => ctx.send({ type: 'START_ROUTING' }),
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
