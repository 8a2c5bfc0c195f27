// What the patient asked: red flags (what fired, why, what was set aside), their own text with the
// words that fired marked, structured answers (those that fired a rule said so), attachments, and the
// times that matter (submitted, act by, outcome due).
import type { ReactNode } from 'react';
import type { ConsultationDetail } from '../../../../shared/schemas/api';
import { humanise, londonDateTime } from '../../format';
import { AnswerValue } from '../redFlags/AnswerValue';
import { rangesIn } from '../redFlags/flagRanges';
import { HighlightedText } from '../redFlags/HighlightedText';
import { RedFlagExplanation } from '../redFlags/RedFlagExplanation';
import { returnedText } from '../queue/rowText';

/** `flagControls`: raise, confirm or clear, where the page offers them (the hub's detail pane). */
export function RequestDetails({ detail, flagControls }: { detail: ConsultationDetail; flagControls?: ReactNode }) {
  const answers = Object.entries(detail.answers).filter(([, value]) => value !== undefined);
  return (
    <>
      <RedFlagExplanation detail={detail} controls={flagControls} />
      {detail.returnedBecause && (
        <p className="returned returned-box">
          <span aria-hidden="true">↩ </span>Returned to the queue: {returnedText(detail)}
        </p>
      )}
      <section className="pane-section" aria-labelledby="text-heading">
        <h3 id="text-heading">In the patient’s words</h3>
        <p className="patient-text">
          <HighlightedText text={detail.text} ranges={rangesIn(detail)} />
        </p>
      </section>
      {answers.length > 0 && (
        <section className="pane-section" aria-labelledby="answers-heading">
          <h3 id="answers-heading">Answers</h3>
          <dl className="facts">
            {answers.map(([key, value]) => (
              <div key={key} className="fact">
                <dt>{humanise(key)}</dt>
                <dd>
                  <AnswerValue detail={detail} field={key} value={value} />
                </dd>
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
