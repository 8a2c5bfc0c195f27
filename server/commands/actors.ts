// How actors are written in the feed and the audit log.
import type { Actor } from '../../shared/lifecycle/events';

export const actorId = (actor: Actor) => (actor.kind === 'integration' ? `integration:${actor.id}` : String(actor.id));
export const actorRole = (actor: Actor) => (actor.kind === 'staff' ? actor.roles.join(',') : actor.kind);
