// One hand-off: who offered it where, when and why, how it was answered, and how long it waited.
import { DESTINATION_RULES } from '../../../../shared/rules/destinations';
import type { HandoffView } from '../../api/http';
import { humanise, londonDateTime } from '../../format';
import { HandoffWait } from './HandoffWait';
import { HANDOFF_STATUS_WORDS, answerWords, reasonWords } from './liabilityWords';

/** Details worth reading beside the destination (condition, pharmacy, pathway, safety-netting). */
const DETAIL_LABELS = {
  condition: 'Condition',
  pharmacyOds: 'Pharmacy (ODS)',
  pathway: 'Pathway',
  safetyNetting: 'Safety-netting advice',
  note: 'Note',
} as const;
const CODED = new Set(['condition', 'pathway']);

export function HandoffEntry({ handoff, now }: { handoff: HandoffView; now: number }) {
  const details = Object.entries(DETAIL_LABELS).flatMap(([key, label]) => {
    const value = handoff.details[key];
    return typeof value === 'string' && value.length > 0 ? [{ key, label, value: CODED.has(key) ? humanise(value) : value }] : [];
  });
  return (
    <li className={`handoff handoff-${handoff.status}`} data-testid={`handoff-${handoff.id}`}>
      <p className="handoff-head">
        <strong>
          Hand-off #{handoff.id} to {DESTINATION_RULES[handoff.destination].label}
        </strong>{' '}
        <span className="badge">{HANDOFF_STATUS_WORDS[handoff.status]}</span>
      </p>
      <dl className="facts">
        <div className="fact">
          <dt>Offered</dt>
          <dd>
            by {handoff.offeredBy}, {londonDateTime(handoff.offeredAt)}
          </dd>
        </div>
        <div className="fact">
          <dt>Reason</dt>
          <dd>
            {reasonWords(handoff.reasonCode)}
            {handoff.reasonText && <>: “{handoff.reasonText}”</>}
          </dd>
        </div>
        {details.map(({ key, label, value }) => (
          <div className="fact" key={key}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        <div className="fact">
          <dt>Answer</dt>
          <dd>{answerWords(handoff)}</dd>
        </div>
        <HandoffWait handoff={handoff} now={now} />
      </dl>
    </li>
  );
}
