// c: claim the selected request (or the one a button names); with nothing selected, claim next.
import { mayClaim } from '../machines/lifecycle';
import { claimNext } from './claimNext';
import { register, type ActionContext, type ActionTarget } from './registry';

const targetOf = (ctx: ActionContext, target: ActionTarget) => target?.id ?? ctx.selectedId;

export const claim = register({
  name: 'claim',
  label: 'Claim',
  keyTest: 'c',
  description: 'Claim the selected request (claims the next one when none is selected)',
  isEnabled: (ctx, target) => {
    const id = targetOf(ctx, target);
    if (id === null) return claimNext.isEnabled(ctx);
    const item = ctx.items[id];
    return item !== undefined && mayClaim(ctx.user, item) && ctx.workstation.can({ type: 'CLAIM', id });
  },
  perform: (ctx, target) => {
    const id = targetOf(ctx, target);
    if (id === null) return claimNext.perform(ctx);
    ctx.select(id);
    ctx.send({ type: 'CLAIM', id });
  },
});
