// The open request in full: status, claim and clinician controls, the hand-off it waits on, red
// flags (and raising, confirming or clearing one), the patient, their words and answers, and its journey (who was responsible, when).
import type { User } from '../../../../shared/schemas/api';
import { ActionButton } from '../../actions/ActionButton';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { PriorityMarker } from '../../components/PriorityMarker';
import { StatusBadge } from '../../components/StatusBadge';
import { ClinicianControls } from '../inbox/ClinicianControls';
import { useClinicianTasksRef } from '../inbox/clinicianTasksContext';
import { LiabilityTimeline } from '../liability/LiabilityTimeline';
import { ClaimControls } from './ClaimControls';
import { PendingHandoffNote } from './PendingHandoffNote';
import { PatientDetails } from './PatientDetails';
import { RedFlagControls } from '../redFlags/RedFlagControls';
import { ReassignForm } from './ReassignForm';
import { RequestDetails } from './RequestDetails';
import { useConsultation } from './useConsultation';

export function ConsultationPane({ openId, user }: { openId: number | null; user: User }) {
  const view = useConsultation(openId);
  // Only the inbox runs clinician tasks; elsewhere the pane shows no clinician controls.
  const tasks = useClinicianTasksRef();
  return (
    <section className="consultation-pane" aria-labelledby="pane-heading">
      {view.status === 'none' && (
        <>
          <h2 id="pane-heading" className="visually-hidden">
            Request
          </h2>
          <EmptyState title="No request open">Choose a request in the queue to read it. Press ? for keyboard shortcuts.</EmptyState>
        </>
      )}
      {view.status === 'loading' && (
        <>
          <h2 id="pane-heading">Request</h2>
          <p role="status">Loading the request…</p>
        </>
      )}
      {view.status === 'failed' && (
        <>
          <h2 id="pane-heading">Request</h2>
          <ErrorBanner message={view.error} />
        </>
      )}
      {view.status === 'ready' && (
        <>
          <div className="pane-head">
            <h2 id="pane-heading">
              Request from {view.detail.practiceName} <span className="ods">({view.detail.practiceOds})</span>{' '}
              <span className="pane-reference">{view.detail.reference}</span>
            </h2>
            <ActionButton name="closeRequest" variant="quiet" hideWhenDisabled />
          </div>
          <p className="pane-meta">
            <StatusBadge status={view.detail.status} outcome={view.detail.outcome} />
            <PriorityMarker priority={view.detail.priority} hideRoutine />
            <span>{view.detail.kind === 'clinical' ? 'Clinical request' : 'Admin request'}</span>
            {!view.inQueue && <span>No longer in the live queue</span>}
          </p>
          <ClaimControls detail={view.detail} user={user} />
          {tasks && <ClinicianControls tasks={tasks} detail={view.detail} user={user} />}
          {user.roles.includes('lead') && <ReassignForm key={view.detail.id} detail={view.detail} user={user} />}
          <PendingHandoffNote detail={view.detail} />
          <RequestDetails detail={view.detail} flagControls={<RedFlagControls key={view.detail.id} detail={view.detail} user={user} />} />
          <PatientDetails patient={view.detail.patient} />
          <section className="pane-section" aria-labelledby="journey-heading">
            <h3 id="journey-heading">Journey</h3>
            <LiabilityTimeline consultationId={view.detail.id} version={view.detail.version} />
          </section>
        </>
      )}
    </section>
  );
}
