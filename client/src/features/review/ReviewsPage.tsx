// The clinical lead's decision review (/reviews): the sample of a period, one decision opened with
// its request, journey and verdict form, the agreement rates, and the sampling policy.
// docs/clinical-safety/review.md.
import { useCallback, useEffect, useState } from 'react';
import type { PeriodQuery, ReviewQueueItem, ReviewQueueReply, ReviewView } from '../../../../shared/schemas/reviews';
import { messageOf } from '../../api/errors';
import { useNotices } from '../../api/useNotices';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useDeps, useHubSettings } from '../../deps';
import { AgreementTables } from './AgreementTables';
import { DecisionReview } from './DecisionReview';
import { PeriodPicker } from './PeriodPicker';
import { PolicyForm } from './PolicyForm';
import { ReviewQueueList } from './ReviewQueueList';
import { recentPeriod } from './reviewWords';
import './review.css';

export function ReviewsPage() {
  const { api, now } = useDeps();
  const timeZone = useHubSettings((s) => s.settings.calendar.timeZone);
  const [period, setPeriod] = useState<PeriodQuery>(() => recentPeriod(now(), timeZone));
  const [reply, setReply] = useState<ReviewQueueReply | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<ReviewQueueItem | null>(null);
  const [recorded, setRecorded] = useState<string | null>(null);
  const [refresh, setRefresh] = useState(0);
  const reload = useCallback(() => setRefresh((n) => n + 1), []);
  useNotices(['reviews'], reload);

  useEffect(() => {
    let current = true;
    api.reviewQueue(period).then(
      (r) => current && (setReply(r), setError(null)),
      (failure: unknown) => current && setError(messageOf(failure)),
    );
    return () => {
      current = false;
    };
  }, [api, period, refresh]);

  function reviewed(review: ReviewView) {
    setOpen(null);
    setRecorded(
      `Review of hand-off #${review.handoffId} recorded: ${review.verdict}${review.reopenInstruction ? `; request ${review.consultationId} is back in the hub queue` : ''}.`,
    );
    reload();
  }

  return (
    <main id="main" className="reviews-page" tabIndex={-1}>
      <h1>Decision review</h1>
      <PeriodPicker id="review-period" period={period} onChange={(p) => (setOpen(null), setPeriod(p))} />
      {recorded && (
        <p role="status" className="review-recorded">
          {recorded}
        </p>
      )}
      {error && <ErrorBanner message={`The review sample could not be loaded. ${error}`} />}
      <section aria-labelledby="sample-heading">
        <h2 id="sample-heading">To review</h2>
        {!reply && !error && (
          <p className="loading" role="status">
            Loading the review sample…
          </p>
        )}
        {reply && <ReviewQueueList items={reply.items} total={reply.total} selected={open?.handoffId ?? null} onOpen={(item) => (setRecorded(null), setOpen(item))} />}
      </section>
      {open && <DecisionReview decision={open} onReviewed={reviewed} />}
      <AgreementTables period={period} refresh={refresh} />
      <PolicyForm onSaved={reload} />
    </main>
  );
}
