// Decision support: where the shared rules suggest the request goes, best first, each saying why.
import type { Suggestion } from '../../../../shared/rules/suggestions';
import { Button } from '../../components/Button';
import { suggestionLabel } from './labels';

export function SuggestionList({ suggestions, onChoose }: { suggestions: readonly Suggestion[]; onChoose(s: Suggestion): void }) {
  if (suggestions.length === 0) return null;
  return (
    <section className="suggestions" aria-labelledby="suggestions-heading">
      <h4 id="suggestions-heading">Suggested by the protocol</h4>
      <ol className="suggestion-list">
        {suggestions.map((s, i) => (
          <li key={s.ruleId} className="suggestion" data-testid={`suggestion-${s.ruleId}`}>
            <p className="suggestion-title">
              <strong>{suggestionLabel(s)}</strong>
              {i === 0 && <span className="badge">First suggestion</span>}
            </p>
            <p className="suggestion-because">{s.because}</p>
            <Button onClick={() => onChoose(s)}>
              Use this<span className="visually-hidden">: {suggestionLabel(s)}</span>
            </Button>
          </li>
        ))}
      </ol>
    </section>
  );
}
