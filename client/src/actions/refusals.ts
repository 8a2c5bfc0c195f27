// Why a key cannot act, in a sentence for the page's live region: a key pressed when its action cannot run
// says so ("Coordinator 2 is triaging EH-26-00004") instead of doing nothing. Buttons show the same state by
// being disabled; keys have no such look, so they speak.
import type { QueueItem } from '../../../shared/schemas/api';
import { holderText } from '../features/queue/rowText';
import type { Action, ActionContext } from './registry';
import { nextClaimable } from './claimNext';

const mayTriage = (ctx: ActionContext) => ctx.user.roles.some((r) => r === 'coordinator' || r === 'lead');
const READ_ONLY = 'You can read the hub queue but not triage it: claiming, releasing and routing are for coordinators and the clinical lead.';
const NOTHING_SELECTED = 'No request is selected: j and k move through the queue.';

const selected = (ctx: ActionContext): QueueItem | undefined => (ctx.selectedId === null ? undefined : ctx.items[ctx.selectedId]);
const held = (ctx: ActionContext): QueueItem | undefined => {
  const { heldId } = ctx.workstation.context;
  return heldId === null ? undefined : ctx.items[heldId];
};

function whyNotClaim(ctx: ActionContext, item: QueueItem | undefined): string {
  const holding = held(ctx);
  if (holding && holding.id !== item?.id) return `You are triaging ${holding.reference}: route or release it (r) before claiming another.`;
  if (!item) return nextClaimable(ctx) === null ? 'Nothing to claim: every request is claimed or on its way elsewhere.' : 'Claiming is not possible just now.';
  if (item.claimedBy?.id === ctx.user.id) return `You already hold ${item.reference}.`;
  if (item.claimedBy) return `${item.claimedBy.name} is triaging ${item.reference}; pick another request.`;
  if (item.status !== 'queued') return `${item.reference} is not waiting for triage: ${holderText(item, ctx.user) ?? 'it has moved on'}.`;
  return `${item.reference} cannot be claimed just now.`;
}

/** What a refused key says; null for keys that need no explanation (Escape with nothing open). */
export function whyNot(action: Action, ctx: ActionContext): string | null {
  const queueKey = ['claim', 'claimNext', 'release', 'startRouting'].includes(action.name);
  // On an inbox a clinician routes their own accepted requests; the role line is the hub queue's.
  if (queueKey && !ctx.tasks && !mayTriage(ctx)) return READ_ONLY;
  switch (action.name) {
    case 'claim':
      return whyNotClaim(ctx, selected(ctx));
    case 'claimNext':
      return whyNotClaim(ctx, undefined);
    case 'release': {
      const item = selected(ctx);
      if (item?.claimedBy && item.claimedBy.id !== ctx.user.id) {
        return `${item.reference} is ${item.claimedBy.name}'s claim, not yours: only they or the clinical lead can let it go.`;
      }
      return held(ctx) ? 'The request you hold cannot be released while it is being routed.' : 'You hold no request to release.';
    }
    case 'startRouting':
      if (ctx.tasks) return selected(ctx) ? 'This request is not yours to route on: accept it first.' : NOTHING_SELECTED;
      return held(ctx) ? 'Routing is already open.' : 'Claim a request (c) before routing it.';
    case 'moveDown':
    case 'moveUp':
      return 'No requests in the list to move through.';
    case 'open':
      return NOTHING_SELECTED;
    case 'closeRequest':
      return null;
    default:
      return selected(ctx) ? `${action.label} is not possible for this request now.` : NOTHING_SELECTED;
  }
}
