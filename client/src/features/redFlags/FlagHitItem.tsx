// One fired rule in the detail pane: its label, severity in words, where it stands, the words or
// answer that fired it, and the NHS page the rule comes from.
import type { RedFlagHit } from '../../../../shared/schemas/redFlags';
import { SEVERITY_WORDS, STANDING_WORDS, evidenceWords, flagLabel, ruleOf, type FlagStanding } from './redFlagWords';

export function FlagHitItem({ hit, standing }: { hit: RedFlagHit; standing: FlagStanding }) {
  const source = ruleOf(hit.ruleId)?.source;
  return (
    <li className={`flag-hit is-${standing}`}>
      <strong>{flagLabel(hit.ruleId)}</strong>
      <dl className="flag-facts">
        <dt>Severity</dt>
        <dd>{SEVERITY_WORDS[hit.severity]}</dd>
        <dt>Certainty</dt>
        <dd>{STANDING_WORDS[standing]}</dd>
        <dt>Found</dt>
        <dd>{evidenceWords(hit.evidence)}</dd>
        {source && (
          <>
            <dt>Source</dt>
            <dd>
              <a href={source.url} target="_blank" rel="noreferrer">
                {source.title}
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            </dd>
          </>
        )}
      </dl>
    </li>
  );
}
