// A coordinator's (or clinician's) own reviewed decisions (/my-feedback): the lead's verdict,
// severity and learning note, and the instruction when a request was reopened. Never anyone else's.
import { useEffect, useState } from 'react';
import type { ReviewView } from '../../../../shared/schemas/reviews';
import { messageOf } from '../../api/errors';
import { useNotices } from '../../api/useNotices';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useDeps } from '../../deps';
import { DESTINATION_WORDS, londonDateTime } from '../../format';
import { SEVERITY_WORDS, VERDICT_WORDS } from './reviewWords';
import './review.css';

export function MyFeedbackPage() {
  const { api } = useDeps();
  const [reviews, setReviews] = useState<ReviewView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [refresh, setRefresh] = useState(0);
  // A review of one of my decisions appears without a reload.
  useNotices(['reviews'], () => setRefresh((n) => n + 1));
  useEffect(() => {
    let current = true;
    api.myReviews().then(
      (r) => current && setReviews(r),
      (failure: unknown) => current && setError(messageOf(failure)),
    );
    return () => {
      current = false;
    };
  }, [api, refresh]);

  return (
    <main id="main" className="reviews-page" tabIndex={-1}>
      <h1>My feedback</h1>
      <p className="hint">The clinical lead reviews a sample of decisions. Here are the reviews of yours, newest first.</p>
      {error && <ErrorBanner message={`Your feedback could not be loaded. ${error}`} />}
      {!reviews && !error && (
        <p className="loading" role="status">
          Loading your feedback…
        </p>
      )}
      {reviews && reviews.length === 0 && <p>None of your decisions has been reviewed yet.</p>}
      {reviews && reviews.length > 0 && (
        <ul className="feedback-list">
          {reviews.map((r) => (
            <li key={r.id} className="feedback-item">
              <h2>
                Request {r.consultationId}: {DESTINATION_WORDS[r.decision.destination]}, {londonDateTime(r.decision.at)}
              </h2>
              <p>
                <strong>{VERDICT_WORDS[r.verdict]}</strong> · severity {SEVERITY_WORDS[r.severity].toLowerCase()} · reviewed by {r.reviewerName},{' '}
                {londonDateTime(r.reviewedAt)}
              </p>
              {r.note && <p className="feedback-note">{r.note}</p>}
              {r.reopenInstruction && <p>Reopened with the instruction: {r.reopenInstruction}</p>}
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
