// How actors are written in the feed and the audit log.
import type { Actor } from '../../shared/lifecycle/events';
import type { User } from '../../shared/schemas/api';

export const actorId = (actor: Actor) => (actor.kind === 'integration' ? `integration:${actor.id}` : String(actor.id));
export const actorRole = (actor: Actor) => (actor.kind === 'staff' ? actor.roles.join(',') : actor.kind);

/** The actor a signed-in member of staff acts as. */
export const staffActor = (user: User): Actor => ({ kind: 'staff', id: user.id, name: user.name, roles: user.roles, practiceOds: user.practiceOds });
