// r: release the request this workstation holds, untouched, back to the queue.
import { mayRelease } from '../machines/lifecycle';
import { register } from './registry';

export const release = register({
  name: 'release',
  label: 'Release',
  keyTest: 'r',
  description: 'Release the request you hold back to the queue',
  isEnabled: (ctx, target) => {
    const { heldId } = ctx.workstation.context;
    const item = heldId === null ? undefined : ctx.items[heldId];
    if (!item || (target && target.id !== heldId)) return false;
    return mayRelease(ctx.user, item) && ctx.workstation.can({ type: 'RELEASE' });
  },
  perform: (ctx) => ctx.send({ type: 'RELEASE' }),
});
