// What the patient asked: red-flag rules that fired (in words), their own text, structured answers,
// attachments, and the times that matter (submitted, act by, outcome due).
import type { ConsultationDetail } from '../../../../shared/schemas/api';
import { redFlagLabel } from '../../../../shared/rules/redFlags';
import { RedFlagMarker } from '../../components/RedFlagMarker';
import { humanise, londonDateTime } from '../../format';

export function RequestDetails({ detail }: { detail: ConsultationDetail }) {
  const answers = Object.entries(detail.answers).filter(([, value]) => value !== undefined);
  return (
    <>
      {detail.redFlags.length > 0 && (
        <section className="pane-section red-flag-box" aria-labelledby="flags-heading">
          <h3 id="flags-heading">
            <RedFlagMarker />
          </h3>
          <ul>
            {detail.redFlags.map((id) => (
              <li key={id}>{redFlagLabel(id)}</li>
            ))}
          </ul>
        </section>
      )}
      {detail.returnedBecause && (
        <p className="returned returned-box">
          <span aria-hidden="true">↩ </span>Returned to the queue: {detail.returnedBecause}
        </p>
      )}
      <section className="pane-section" aria-labelledby="text-heading">
        <h3 id="text-heading">In the patient’s words</h3>
        <p className="patient-text">{detail.text}</p>
      </section>
      {answers.length > 0 && (
        <section className="pane-section" aria-labelledby="answers-heading">
          <h3 id="answers-heading">Answers</h3>
          <dl className="facts">
            {answers.map(([key, value]) => (
              <div key={key} className="fact">
                <dt>{humanise(key)}</dt>
                <dd>{typeof value === 'boolean' ? (value ? 'Yes' : 'No') : humanise(String(value))}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {detail.attachments.length > 0 && (
        <section className="pane-section" aria-labelledby="attachments-heading">
          <h3 id="attachments-heading">Attachments</h3>
          <ul>
            {detail.attachments.map((a) => (
              <li key={a.name}>
                {a.name} ({a.contentType}, {Math.ceil(a.sizeBytes / 1024)} KB)
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="pane-section" aria-labelledby="times-heading">
        <h3 id="times-heading">Times</h3>
        <dl className="facts">
          <dt>Submitted</dt>
          <dd>{londonDateTime(detail.submittedAt)}</dd>
          <dt>First action due</dt>
          <dd>{londonDateTime(detail.sla.firstActionDue)}</dd>
          <dt>Outcome due</dt>
          <dd>{londonDateTime(detail.sla.outcomeDue)}</dd>
        </dl>
      </section>
    </>
  );
}
