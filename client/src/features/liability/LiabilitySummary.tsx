// One sentence before the detail: who holds the request now, or when the hub's part ended.
import type { LiabilityMap } from '../../api/http';
import { londonDateTime } from '../../format';
import { partyWords } from './liabilityWords';

export function LiabilitySummary({ map }: { map: LiabilityMap }) {
  const last = map.intervals.at(-1);
  if (!last) return null;
  if (last.to === null) {
    return (
      <p className="liability-summary">
        Now: owned by <strong>{partyWords(last.owner)}</strong>; accountable: <strong>{partyWords(last.accountable)}</strong>, since{' '}
        {londonDateTime(last.from)}.
      </p>
    );
  }
  return (
    <p className="liability-summary">
      The hub’s responsibility ended {londonDateTime(last.to)}; last owned by <strong>{partyWords(last.owner)}</strong>, accountable:{' '}
      <strong>{partyWords(last.accountable)}</strong>.
    </p>
  );
}
