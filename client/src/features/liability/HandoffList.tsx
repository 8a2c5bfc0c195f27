// Every hand-off in a journey, oldest first.
import type { HandoffView } from '../../api/http';
import { HandoffEntry } from './HandoffEntry';

export function HandoffList({ handoffs, now }: { handoffs: HandoffView[]; now: number }) {
  if (handoffs.length === 0) return <p className="hint">No hand-offs yet: the request has stayed with the hub.</p>;
  return (
    <ol className="handoff-list">
      {handoffs.map((handoff) => (
        <HandoffEntry key={handoff.id} handoff={handoff} now={now} />
      ))}
    </ol>
  );
}
