// One sampled decision, opened by the lead: the request (an audited read of its detail), the
// decision and why it was sampled, the protocol it was made under, the journey's liability map,
// and the verdict form.
import { useEffect, useState } from 'react';
import type { ConsultationDetail } from '../../../../shared/schemas/api';
import type { ReviewBody, ReviewQueueItem, ReviewView } from '../../../../shared/schemas/reviews';
import { messageOf } from '../../api/errors';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useDeps } from '../../deps';
import { DESTINATION_WORDS, londonDateTime } from '../../format';
import { RequestDetails } from '../consultation/RequestDetails';
import { LiabilityTimeline } from '../liability/LiabilityTimeline';
import { HANDOFF_STATUS_WORDS, reasonWords } from '../liability/liabilityWords';
import { VerdictForm } from './VerdictForm';

const followed = (value: boolean | null) => (value === null ? 'no suggestion recorded' : value ? 'yes' : 'no');

export function DecisionReview({ decision, onReviewed }: { decision: ReviewQueueItem; onReviewed(review: ReviewView): void }) {
  const { api } = useDeps();
  const [detail, setDetail] = useState<ConsultationDetail | null>(null);
  const [detailError, setDetailError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    setDetail(null);
    setDetailError(null);
    api.consultation(decision.consultationId).then(
      (d) => current && setDetail(d),
      (failure: unknown) => current && setDetailError(messageOf(failure)),
    );
    return () => {
      current = false;
    };
  }, [api, decision.consultationId]);

  async function submit(body: ReviewBody) {
    setBusy(true);
    setError(null);
    try {
      const { review } = await api.submitReview(body);
      onReviewed(review);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="decision-review" aria-labelledby="decision-heading">
      <h2 id="decision-heading">
        Request {decision.consultationId}: hand-off #{decision.handoffId}
      </h2>
      <dl className="decision-facts">
        <dt>Practice</dt>
        <dd>
          {decision.practice.name} ({decision.practice.ods})
        </dd>
        <dt>Decision</dt>
        <dd>
          {DESTINATION_WORDS[decision.destination]} by {decision.byName}
          {decision.byCoordinator ? ' (care coordinator)' : ''}, {londonDateTime(decision.at)}
        </dd>
        <dt>Reason</dt>
        <dd>
          {reasonWords(decision.reasonCode)}
          {decision.reasonText ? `: ${decision.reasonText}` : ''}
        </dd>
        <dt>Suggestion followed</dt>
        <dd>{followed(decision.suggestionFollowed)}</dd>
        <dt>Answer</dt>
        <dd>{HANDOFF_STATUS_WORDS[decision.status]}</dd>
        <dt>Protocol</dt>
        <dd>{decision.protocol.version ?? decision.protocol.basis ?? 'not recorded'}</dd>
        <dt>Why sampled</dt>
        <dd>
          <ul>
            {decision.sampledBecause.map((why) => (
              <li key={why}>{why}</li>
            ))}
          </ul>
        </dd>
      </dl>
      {detailError && <ErrorBanner message={`The request could not be loaded. ${detailError}`} />}
      {detail && <RequestDetails detail={detail} />}
      <LiabilityTimeline consultationId={decision.consultationId} version={detail?.version ?? 0} />
      <VerdictForm key={decision.handoffId} handoffId={decision.handoffId} busy={busy} error={error} onSubmit={submit} />
    </section>
  );
}
