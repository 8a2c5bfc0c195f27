// The "Red flags" section of a request: each rule the screen fired and why, flags staff raised by
// hand, what the screen set aside, and (where the page allows) the controls to raise, confirm or clear.
import type { ReactNode } from 'react';
import type { ConsultationDetail } from '../../../../shared/schemas/api';
import { FlagHitItem } from './FlagHitItem';
import { SetAsideList } from './SetAsideList';
import { flagLabel, ruleOf, SEVERITY_WORDS, standingOf, unexplainedFlags } from './redFlagWords';
import './redFlags.css';

const TONE = { red_flag: 'is-red', red_flag_possible: 'is-amber', routine: 'is-plain' } as const;

export function RedFlagExplanation({ detail, controls }: { detail: ConsultationDetail; controls?: ReactNode }) {
  const hits = detail.redFlagScreen?.hits ?? [];
  const setAside = detail.redFlagScreen?.setAside ?? [];
  const byHand = unexplainedFlags(detail);
  if (hits.length === 0 && byHand.length === 0 && setAside.length === 0 && !controls) return null;
  return (
    <section className={`pane-section flag-box ${TONE[detail.priority]}`} aria-labelledby="flags-heading">
      <h3 id="flags-heading">Red flags</h3>
      {hits.length === 0 && byHand.length === 0 && <p>{detail.redFlagScreen ? 'The screen found no red flags.' : 'No red flags.'}</p>}
      {(hits.length > 0 || byHand.length > 0) && (
        <ul className="flag-hits">
          {hits.map((hit, i) => (
            <FlagHitItem key={`${hit.ruleId}-${i}`} hit={hit} standing={standingOf(hit, detail)} />
          ))}
          {byHand.map((id) => {
            const rule = ruleOf(id);
            return (
              <li key={id} className="flag-hit">
                <strong>{flagLabel(id)}</strong>
                <dl className="flag-facts">
                  {rule && (
                    <>
                      <dt>Severity</dt>
                      <dd>{SEVERITY_WORDS[rule.severity]}</dd>
                    </>
                  )}
                  <dt>Found</dt>
                  <dd>{detail.possibleRedFlags.includes(id) ? 'Possible, not from the screen' : 'Raised by staff, not by the screen'}</dd>
                </dl>
              </li>
            );
          })}
        </ul>
      )}
      <SetAsideList setAside={setAside} />
      {controls}
    </section>
  );
}
