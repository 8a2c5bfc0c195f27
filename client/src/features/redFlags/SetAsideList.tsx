// What the screen read but did not count (negated, past, a general question…), closed by default:
// a clinician opens it to see what did not fire and why (docs/clinical-safety/red-flags.md).
import type { RedFlagSetAside } from '../../../../shared/schemas/redFlags';
import { evidenceWords, flagLabel } from './redFlagWords';

export function SetAsideList({ setAside }: { setAside: readonly RedFlagSetAside[] }) {
  if (setAside.length === 0) return null;
  return (
    <details className="set-aside">
      <summary>Set aside by the screen ({setAside.length})</summary>
      <ul>
        {setAside.map((entry, i) => (
          <li key={i}>
            <strong>{flagLabel(entry.ruleId)}</strong>: {evidenceWords(entry.evidence)}, not counted because {entry.reason}
          </li>
        ))}
      </ul>
    </details>
  );
}
