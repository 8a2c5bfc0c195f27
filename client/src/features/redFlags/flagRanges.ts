// Which words of the request to mark, and which answers fired a rule: the screen's hits read against
// where each flag stands now, for the highlighted text and the answers list.
import type { ConsultationDetail } from '../../../../shared/schemas/api';
import type { RedFlagHit } from '../../../../shared/schemas/redFlags';
import type { MarkRange } from './highlights';
import { answerKeys, markLabel, standingOf } from './redFlagWords';

type Flagged = Pick<ConsultationDetail, 'redFlags' | 'possibleRedFlags' | 'redFlagScreen'>;

const hitsOf = (detail: Flagged): RedFlagHit[] => detail.redFlagScreen?.hits ?? [];

/** Marks for the free text (`field` absent) or for one string answer (`field` its key). */
export function rangesIn(detail: Flagged, field?: string): MarkRange[] {
  return hitsOf(detail).flatMap((hit) =>
    'start' in hit.evidence && hit.evidence.field === field
      ? [{ start: hit.evidence.start, end: hit.evidence.end, label: markLabel(standingOf(hit, detail), hit.ruleId) }]
      : [],
  );
}

/** Hits an answer fired: a yes to a red-flag question, or words in the answer's text. */
export const hitsFromAnswer = (detail: Flagged, key: string): RedFlagHit[] =>
  hitsOf(detail).filter((hit) => ('answer' in hit.evidence ? answerKeys(hit.evidence.answer).includes(key) : hit.evidence.field === key));
