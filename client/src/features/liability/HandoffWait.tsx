// The wait between offer and answer, emphasised (in words and an icon, not colour alone) past the allowance.
import type { HandoffView } from '../../api/http';
import { useHubSettings } from '../../deps';
import { formatDuration } from '../../format';
import { allowanceWords, waitOf } from './liabilityWords';

export function HandoffWait({ handoff, now }: { handoff: HandoffView; now: number }) {
  const settings = useHubSettings((s) => s.settings);
  const wait = waitOf(handoff, now, settings);
  if (!wait) return null;
  const elapsed = formatDuration(wait.elapsedMs);
  // The allowance runs in hub hours only; say so when closed hours made a difference.
  const inHours =
    Math.abs(wait.elapsedMs / 60_000 - wait.workingMinutes) >= 1 ? ` (${formatDuration(Math.floor(wait.workingMinutes) * 60_000)} in hub hours)` : '';
  const answered = handoff.status === 'accepted' || handoff.status === 'acknowledged';
  const sentence = wait.pending
    ? `Waiting ${elapsed} so far for ${wait.awaited}${inHours}`
    : answered
      ? `Waited ${elapsed} for ${wait.awaited}${inHours}`
      : `Waited ${elapsed} before the ${handoff.status === 'declined' ? 'decline' : handoff.status === 'withdrawn' ? 'lead withdrew it after review' : 'offer expired'}${inHours}`;
  return (
    <div className={wait.over ? 'fact handoff-wait is-over' : 'fact handoff-wait'}>
      <dt>Wait</dt>
      <dd>
        {wait.over ? (
          <>
            <span className="wait-icon" aria-hidden="true">
              ⚠{' '}
            </span>
            <strong>{sentence}</strong> — over the {allowanceWords(wait.allowanceMinutes)} allowance for {wait.awaited}
          </>
        ) : (
          sentence
        )}
      </dd>
    </div>
  );
}
