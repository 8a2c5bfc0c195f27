// The transport with no Notify account (the demo, and the default): the outbox row is the message,
// which the sent-messages page shows as the patient would see it. It accepts at once and "delivers" a
// few seconds after acceptance, derived from the row's accepted time so a restart changes nothing.
// Recipients meant to fail (docs/notify.md) fail permanently, so the demo can show a failure too.
import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock';
import type { CheckedMessage, MessageTransport } from './transport';

/** How long after acceptance a simulated message is delivered (or bounces). */
export const EMBEDDED_DELIVERY_MS = 3_000;

/** A mobile number ending 0000, or an address at bounce.example: the demo's way to show a failure. */
export const bouncesInDemo = (recipient: string) => /0000\s*$/.test(recipient) || /@bounce\.example\s*$/i.test(recipient);

export function createEmbeddedTransport(clock: Clock, deliveryMs = EMBEDDED_DELIVERY_MS): MessageTransport {
  return {
    name: 'embedded',
    firstCheckAfterMs: deliveryMs,
    send: async () => ({ kind: 'accepted', providerId: `embedded-${randomUUID()}` }),
    async status(message: CheckedMessage) {
      // updatedAt is the acceptance: an accepted message changes no more until it settles.
      if (clock.now() < message.updatedAt + deliveryMs) return { kind: 'pending', detail: 'simulated: on its way' };
      if (bouncesInDemo(message.recipient)) return { kind: 'failed', failure: 'permanent_failure', detail: 'simulated: the demo bounces this recipient' };
      return { kind: 'delivered' };
    },
    // Nothing leaves the hub, so a send whose outcome was lost is simply made again.
    findByReference: async () => ({ kind: 'none' }),
  };
}
