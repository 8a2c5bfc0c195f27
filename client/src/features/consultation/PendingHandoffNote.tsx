// The hand-off a request is waiting on: where it was offered, by whom, how long ago, and why.
import type { ConsultationDetail } from '../../../../shared/schemas/api';
import { DESTINATION_WORDS, londonTime } from '../../format';
import { useNow } from '../../useNow';
import { offeredWords, reasonWords } from '../inbox/offerText';

export function PendingHandoffNote({ detail }: { detail: ConsultationDetail }) {
  const now = useNow(30_000);
  const handoff = detail.pendingHandoff;
  if (!handoff) return null;
  return (
    <section className="pane-section handoff-note" aria-labelledby="handoff-heading">
      <h3 id="handoff-heading">Waiting for {DESTINATION_WORDS[handoff.destination]}</h3>
      <p>
        {offeredWords(handoff, now)} ({londonTime(handoff.offeredAt)}).
        {handoff.expiresAt && ` If nobody answers, it returns at ${londonTime(handoff.expiresAt)}.`}
      </p>
      <p>
        <span className="hint">Reason: </span>
        {reasonWords(handoff)}
      </p>
    </section>
  );
}
