// The shape of one red-flag rule: what it is, where the NHS says so, and the wording that fires it.
import type { RedFlagId } from './ids';
import type { RuleSource } from './sources';

export type Severity = 'emergency' | 'urgent';
export type Certainty = 'definite' | 'possible';

/** What the screen knows about the patient when it reads a match. */
export interface PatientFacts {
  /** Completed months on the London day of submission; null when a date was unreadable. */
  ageMonths: number | null;
  /** The text gives the patient's age as under 3 months ("my 7 week old", "newborn"). */
  textSaysUnder3Months: boolean;
  /** The text is about a child ("my son", "the little one"). */
  textMentionsChild: boolean;
}

/**
 * Reads one match more closely: a temperature below 38 °C says nothing ("null"), "feels hot" without a
 * number is only possible. Absent means every match is definite.
 */
export type MatchCheck = (match: RegExpExecArray, text: string) => Certainty | null;

export interface Trigger {
  pattern: RegExp;
  check?: MatchCheck;
  /**
   * The words name a state that lasts (pregnant, just had a baby): "positive test last week" or "had my baby
   * 2 weeks ago" dates when it began, not that it is over, so a recent date is no doubt. Years ago still is.
   */
  lasting?: true;
}

export interface RuleDef {
  id: RedFlagId;
  /** A human sentence, shown to staff wherever the flag appears. */
  label: string;
  severity: Severity;
  source: RuleSource;
  /** Any one of these, live in context, fires the rule. */
  phrases: readonly Trigger[];
  /** Fires only when every part has a live match somewhere in the request (chest tightness + jaw + sweating). */
  together?: readonly (readonly Trigger[])[];
  /** Whether the patient is one this rule is about; absent means anyone. */
  appliesTo?: (patient: PatientFacts) => boolean;
  /**
   * What "it stopped by itself" does to a match. NHS stroke advice is to call 999 even when the signs go
   * (a TIA), so some rules keep a resolved match; most keep it as possible, a few set it aside.
   */
  whenResolved?: 'keep' | 'possible' | 'set-aside';
  /** A concern about someone else is the rule's whole point (safeguarding): "other person" context does not apply. */
  aboutOthers?: true;
  /**
   * What an "if" does to a match. Most rules set a hypothetical aside ("what if he has another fit?"), but
   * "if I feel like harming myself again" tells of the feeling itself: at least a possible flag.
   */
  whenHypothetical?: 'set-aside' | 'possible';
}
