// The red-flag bar under the header, for every hub user: how many red flags wait for a clinician and the
// oldest wait, and possible red flags apart; straight from the live queue, so it moves without reload.
import { useShallow } from 'zustand/react/shallow';
import { useQueue } from '../../deps';
import { formatDuration } from '../../format';
import { useNow } from '../../useNow';
import { AlertSoundToggle } from './AlertSoundToggle';
import { redFlagCounts } from './redFlagCounts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function RedFlagBar({ userId }: { userId: number }) {
  const counts = useQueue(useShallow((s) => redFlagCounts(Object.values(s.items))));
  const loaded = useQueue((s) => s.status === 'ready');
  const now = useNow(30_000);
  const waiting =
    counts.waiting === 0
      ? 'No red flags waiting'
      : `${plural(counts.waiting, 'red flag', 'red flags')} waiting · oldest ${formatDuration(now - counts.oldestSince!)}`;
  return (
    <div className={`red-flag-bar${counts.waiting > 0 ? ' red-flag-bar-waiting' : ''}`} data-testid="red-flag-bar">
      <p className="red-flag-bar-counts">
        {loaded ? (
          <>
            <strong data-testid="red-flags-waiting">{waiting}</strong>
            {counts.possible > 0 && <span data-testid="possible-red-flags"> · {plural(counts.possible, 'possible red flag', 'possible red flags')}</span>}
          </>
        ) : (
          'Counting red flags…'
        )}
      </p>
      <AlertSoundToggle userId={userId} />
    </div>
  );
}
