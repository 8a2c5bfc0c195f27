// One structured answer's value; when it fired a red flag, its words are marked and the rule is named
// beside it, so a clinician sees which answers put the request where it is.
import type { ConsultationDetail } from '../../../../shared/schemas/api';
import { humanise } from '../../format';
import { hitsFromAnswer, rangesIn } from './flagRanges';
import { HighlightedText } from './HighlightedText';
import { markLabel, standingOf } from './redFlagWords';

export function AnswerValue({ detail, field, value }: { detail: ConsultationDetail; field: string; value: unknown }) {
  const fired = hitsFromAnswer(detail, field);
  const shown = typeof value === 'boolean' ? (value ? 'Yes' : 'No') : humanise(String(value));
  if (fired.length === 0) return <>{shown}</>;
  return (
    <>
      {/* Offsets are into the answer as written, so a string that fired is shown as written. */}
      {typeof value === 'string' ? <HighlightedText text={value} ranges={rangesIn(detail, field)} /> : shown}
      <ul className="answer-fired">
        {fired.map((hit, i) => (
          <li key={`${hit.ruleId}-${i}`}>{`Fired ${markLabel(standingOf(hit, detail), hit.ruleId).replace(/^\w/, (c) => c.toLowerCase())}`}</li>
        ))}
      </ul>
    </>
  );
}
