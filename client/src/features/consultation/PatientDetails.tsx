// Who the patient is and how to reach them: the identifiable part of a request, shown only here.
import type { ConsultationDetail } from '../../../../shared/schemas/api';
import { formatNhsNumber } from '../../../../shared/nhsNumber';
import { SEX_WORDS, calendarDate } from '../../format';

export function PatientDetails({ patient }: { patient: ConsultationDetail['patient'] }) {
  return (
    <section className="pane-section" aria-labelledby="patient-heading">
      <h3 id="patient-heading">Patient</h3>
      <dl className="facts">
        <dt>Name</dt>
        <dd className="patient-name">
          {patient.givenName} {patient.familyName}
        </dd>
        <dt>NHS number</dt>
        <dd className="nhs-number">{formatNhsNumber(patient.nhsNumber)}</dd>
        <dt>Age</dt>
        <dd>{patient.age} years</dd>
        <dt>Sex</dt>
        <dd>{SEX_WORDS[patient.sex]}</dd>
        <dt>Date of birth</dt>
        <dd>{calendarDate(patient.birthDate)}</dd>
        <dt>Phone</dt>
        <dd>{patient.phone ?? 'Not given'}</dd>
        <dt>Email</dt>
        <dd>{patient.email ?? 'Not given'}</dd>
        <dt>Prefers</dt>
        <dd>{patient.preferredContact ?? 'No preference given'}</dd>
      </dl>
    </section>
  );
}
