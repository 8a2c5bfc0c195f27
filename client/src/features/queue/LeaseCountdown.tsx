// How long the claim lasts without activity; near the end it says how to keep it.
import { formatCountdown } from '../../format';
import { useNow } from '../../useNow';

/** Below this, the countdown asks for attention. */
const WARN_MS = 2 * 60_000;

export function LeaseCountdown({ leaseExpiresAt }: { leaseExpiresAt: string | null }) {
  const now = useNow(1_000);
  if (!leaseExpiresAt) return null;
  const left = Date.parse(leaseExpiresAt) - now;
  const warn = left <= WARN_MS;
  return (
    <p className={warn ? 'lease lease-warn' : 'lease'}>
      {left > 0 ? (
        <>
          Your claim lasts <span className="lease-time">{formatCountdown(left)}</span> without activity
          {warn && '. Keep working (a key or a click) to keep it.'}
        </>
      ) : (
        'Your claim has lapsed; it returns to the queue.'
      )}
    </p>
  );
}
