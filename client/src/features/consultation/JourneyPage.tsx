// One request's journey on its own page (/requests/:id): where it stands, its outcome once closed, and
// the liability map. Reachable after a request has left the live queue, e.g. from "View its journey".
import { Link, useParams } from 'react-router';
import { outcomeWords } from '../practice/practiceWords';
import { ErrorBanner } from '../../components/ErrorBanner';
import { PriorityMarker } from '../../components/PriorityMarker';
import { StatusBadge } from '../../components/StatusBadge';
import { londonDateTime } from '../../format';
import { LiabilityTimeline } from '../liability/LiabilityTimeline';
import { holderText } from '../queue/rowText';
import { useUser } from '../../deps';
import { RequestDetails } from './RequestDetails';
import { useConsultation } from './useConsultation';

export function JourneyPage() {
  const user = useUser();
  const id = Number(useParams().id);
  const view = useConsultation(Number.isInteger(id) && id > 0 ? id : null);
  return (
    <main id="main" className="journey-page" tabIndex={-1}>
      <p>
        <Link to="/">Back to your work</Link>
      </p>
      {view.status === 'none' && <ErrorBanner message="There is no request with that number." />}
      {view.status === 'loading' && <p role="status">Loading the request…</p>}
      {view.status === 'failed' && <ErrorBanner message={view.error} />}
      {view.status === 'ready' && (
        <>
          <h1>
            Request {view.detail.reference} from {view.detail.practiceName} <span className="ods">({view.detail.practiceOds})</span>
          </h1>
          <p className="pane-meta" data-testid="journey-status">
            <StatusBadge status={view.detail.status} outcome={view.detail.outcome} />
            <PriorityMarker priority={view.detail.priority} hideRoutine />
            <span>{holderText(view.detail, user)}</span>
          </p>
          {view.detail.outcome && (
            <p className="notice" data-testid="journey-outcome">
              Outcome: {outcomeWords(view.detail.outcome)}
              {view.detail.closedAt &&
                (view.detail.outcome.kind === 'accepted_by_practice'
                  ? ` (with the practice since ${londonDateTime(view.detail.closedAt)})`
                  : ` (closed ${londonDateTime(view.detail.closedAt)})`)}
            </p>
          )}
          <section className="pane-section" aria-labelledby="journey-heading">
            <h2 id="journey-heading">Journey</h2>
            <LiabilityTimeline consultationId={view.detail.id} version={view.detail.version} />
          </section>
          <RequestDetails detail={view.detail} />
        </>
      )}
    </main>
  );
}
