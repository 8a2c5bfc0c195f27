// Who is on the hub now, what each is doing, and which request each holds by a claim (by reference,
// from the hub's own record of claims), so the team can see availability and ownership at a glance.
import type { WorkstationState } from '../../../../shared/schemas/api';
import { useQueue } from '../../deps';

const STATE_WORDS: Record<WorkstationState, string> = {
  available: 'Available',
  viewing: 'Reading a request',
  holding: 'Triaging',
  routing: 'Routing',
  away: 'Away',
  offline: 'Offline',
};

export function PresenceBar({ userId }: { userId: number }) {
  const presence = useQueue((s) => s.presence);
  return (
    <section className="presence" aria-labelledby="presence-heading">
      <h2 id="presence-heading" className="presence-heading">
        Team on the hub <span className="count">({presence.length})</span>
      </h2>
      {presence.length === 0 ? (
        <p className="presence-empty">Nobody else is signed in to the queue.</p>
      ) : (
        <ul className="presence-list">
          {presence.map((person) => (
            <li key={person.userId} className={`presence-person presence-${person.state}`}>
              <span className="presence-dot" aria-hidden="true" />
              <span className="presence-name">{person.userId === userId ? `${person.name} (you)` : person.name}</span>
              <span className="presence-state">{STATE_WORDS[person.state]}</span>
              {person.holding.length > 0 && <span className="presence-holding">Holding {person.holding.map((r) => r.reference).join(', ')}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
