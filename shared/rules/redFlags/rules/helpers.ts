// Small constructors that keep the rule tables readable.
import { rx } from '../lexicon';
import type { MatchCheck, PatientFacts, Trigger } from '../types';

export const t = (source: string, check?: MatchCheck): Trigger => ({ pattern: rx(source), check });
export const possible: MatchCheck = () => 'possible';
/** A trigger for a state that lasts (pregnant, just had a baby): a recent date says when it began. */
export const lasting = (source: string): Trigger => ({ ...t(source), lasting: true });

/** Under 3 months on the day of submission, or the text says so ("my 7 week old"). */
export const under3Months = (p: PatientFacts) => (p.ageMonths !== null && p.ageMonths >= 0 && p.ageMonths < 3) || p.textSaysUnder3Months;
/** A child patient (under 16 on the day), or a parent writing about their child. */
export const isChild = (p: PatientFacts) => (p.ageMonths !== null && p.ageMonths >= 0 && p.ageMonths < 16 * 12) || p.textMentionsChild;
