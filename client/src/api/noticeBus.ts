// Notices (docs/api.md: an aggregate other than a request changed) arrive on whichever link the tab has
// open to the hub: the queue or inbox page's own, or the shell's background one. A tab holds one link, so
// that link hands each notice to this bus and pages subscribe here instead of opening links of their own.
import type { HubNotice } from '../../../shared/schemas/api';

type Listener = (notice: HubNotice) => void;
// One bus per app instance, keyed by its queue store (tests render several apps side by side).
const buses = new WeakMap<object, Set<Listener>>();

function busOf(owner: object): Set<Listener> {
  let bus = buses.get(owner);
  if (!bus) buses.set(owner, (bus = new Set()));
  return bus;
}

export function publishNotice(owner: object, notice: HubNotice): void {
  for (const listener of busOf(owner)) listener(notice);
}

export function subscribeNotices(owner: object, listener: Listener): () => void {
  const bus = busOf(owner);
  bus.add(listener);
  return () => void bus.delete(listener);
}
