// Claim next: take the top unclaimed request in the queue as shown (red flags first).
import { mayClaim } from '../machines/lifecycle';
import { register, type ActionContext } from './registry';

/** Requests this user could claim now, in queue order. */
export const claimableRows = (ctx: Pick<ActionContext, 'rows' | 'user'>) =>
  ctx.rows.filter((row) => row.claimedBy === null && mayClaim(ctx.user, row));

export const claimNext = register({
  name: 'claimNext',
  label: 'Claim next',
  keyTest: 'n',
  description: 'Claim the top unclaimed request',
  isEnabled: (ctx) => ctx.workstation.can({ type: 'CLAIM_NEXT' }) && claimableRows(ctx).length > 0,
  perform: (ctx) => ctx.send({ type: 'CLAIM_NEXT' }),
});
