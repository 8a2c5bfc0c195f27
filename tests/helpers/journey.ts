// Short ways to move a request along its journey in integration tests.
import type { QueueItem } from '../../shared/schemas/api';
import type { HandoffInput } from '../../shared/schemas/handoff';
import { json, type Client } from './hub';

export const REASON = { code: 'protocol_match' } as const;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type RouteArgs = DistributiveOmit<HandoffInput, 'expectedVersion' | 'reason'> & { reason?: HandoffInput['reason'] };

/** Claims the request and routes it; returns the response (the caller asserts on it). */
export async function claimAndRoute(client: Client, id: number, handoff: RouteArgs) {
  const claimed = await client.post(`/api/consultations/${id}/claim`);
  if (claimed.status !== 200) throw new Error(`claim failed: ${claimed.status} ${await claimed.text()}`);
  const { item } = await json<{ item: QueueItem }>(claimed);
  return client.post(`/api/consultations/${id}/handoffs`, { reason: REASON, ...handoff, expectedVersion: item.version });
}

export async function itemOf(client: Client, id: number): Promise<QueueItem> {
  return json(await client.get(`/api/consultations/${id}`));
}
