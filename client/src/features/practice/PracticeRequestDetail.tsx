// One of the practice's requests in full: the outcome to file, the patient and request, and its liability map.
import { useEffect, useRef } from 'react';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { StatusBadge } from '../../components/StatusBadge';
import { londonDateTime } from '../../format';
import { PatientDetails } from '../consultation/PatientDetails';
import { useConsultation } from '../consultation/useConsultation';
import { RequestDetails } from '../consultation/RequestDetails';
import { LiabilityTimeline } from '../liability/LiabilityTimeline';
import { isWithPractice, outcomeWords } from './practiceWords';

export function PracticeRequestDetail({ id, reference, version, onClose }: { id: number; reference?: string; version: number; onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Every open is an audited read on the hub; read again only when the request itself changed.
  const loaded = useConsultation(id, version);

  useEffect(() => heading.current?.focus(), [id]);

  const detail = loaded.status === 'ready' ? loaded.detail : undefined;
  return (
    <section className="practice-detail" aria-labelledby="practice-detail-heading">
      <div className="pane-head">
        <h2 id="practice-detail-heading" ref={heading} tabIndex={-1}>
          Request {reference ?? detail?.reference ?? id}
          {detail && <span className="ods"> from {detail.practiceName}</span>}
        </h2>
        <Button variant="quiet" onClick={onClose}>
          Close <span className="visually-hidden">request {reference ?? id}</span>
        </Button>
      </div>
      {loaded.status === 'loading' && (
        <p className="loading" role="status">
          Loading the request…
        </p>
      )}
      {loaded.status === 'failed' && <ErrorBanner message={loaded.error} />}
      {detail && (
        <>
          <p className="pane-meta">
            <StatusBadge status={detail.status} outcome={detail.outcome} />
            <span>Submitted {londonDateTime(detail.submittedAt)}</span>
          </p>
          {detail.status === 'closed' && (
            <section className="pane-section outcome-box" aria-labelledby="practice-outcome-heading">
              <h3 id="practice-outcome-heading">{isWithPractice(detail) ? 'With the practice' : detail.filedAt ? 'Outcome filed' : 'Outcome to file'}</h3>
              <p>{outcomeWords(detail.outcome)}</p>
              {detail.closedAt && (
                <p className="hint">
                  {isWithPractice(detail) ? 'Accepted by the practice' : 'Closed by the hub'} {londonDateTime(detail.closedAt)}.
                  {detail.filedAt && ` Filed ${londonDateTime(detail.filedAt)}.`}
                </p>
              )}
            </section>
          )}
          <PatientDetails patient={detail.patient} />
          <RequestDetails detail={detail} />
          <LiabilityTimeline consultationId={id} version={detail.version} />
        </>
      )}
    </section>
  );
}
