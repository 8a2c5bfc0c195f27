// Claim next: take the top unclaimed request in the queue as shown (red flags first).
import type { QueueItem, User } from '../../../shared/schemas/api';
import { mayClaim } from '../machines/lifecycle';
import { register, type ActionContext } from './registry';

/** Whether this user could claim this request now (asks the lifecycle machine: the costly part). */
const claimable = (user: User, row: QueueItem) => row.claimedBy === null && mayClaim(user, row);

// The page's rows are a new array only when the queue or the filters change, so the answer is kept per
// array: a `j` re-renders the "Claim next" button without asking the machine about 10,000 requests again
// (docs/benchmarks.md, "Queue").
const topByRows = new WeakMap<readonly QueueItem[], Map<number, QueueItem | null>>();

/** The top request this user could claim now, as shown (`rows` in the page's order), or null. */
export function nextClaimable(ctx: Pick<ActionContext, 'rows' | 'user'>): QueueItem | null {
  let byUser = topByRows.get(ctx.rows);
  if (!byUser) topByRows.set(ctx.rows, (byUser = new Map()));
  let top = byUser.get(ctx.user.id);
  if (top === undefined) byUser.set(ctx.user.id, (top = ctx.rows.find((row) => claimable(ctx.user, row)) ?? null));
  return top;
}

/** The first claimable request as shown that is not among `skip` (claim next's tries after losing a race). */
export const firstClaimable = (rows: readonly QueueItem[], user: User, skip: ReadonlySet<number>) =>
  rows.find((row) => !skip.has(row.id) && claimable(user, row));

export const claimNext = register({
  name: 'claimNext',
  label: 'Claim next',
  keyTest: 'n',
  description: 'Claim the top unclaimed request',
  isEnabled: (ctx) => ctx.workstation.can({ type: 'CLAIM_NEXT' }) && nextClaimable(ctx) !== null,
  perform: (ctx) => ctx.send({ type: 'CLAIM_NEXT' }),
});
