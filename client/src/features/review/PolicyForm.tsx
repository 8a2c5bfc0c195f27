// The sampling policy the lead sets: which kinds of decision are always reviewed, the random
// share of the rest, and the seed that makes the sample reproducible.
import { useEffect, useState, type FormEvent } from 'react';
import type { ReviewPolicy } from '../../../../shared/schemas/reviews';
import { messageOf } from '../../api/errors';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useDeps } from '../../deps';

const KINDS: { key: 'redFlags' | 'notFollowingSuggestion' | 'coordinatorSelfCareOrSelfReferral' | 'declinedOrExpired'; label: string }[] = [
  { key: 'redFlags', label: 'Every red-flag journey' },
  { key: 'notFollowingSuggestion', label: 'Every coordinator decision that did not follow the suggestion' },
  { key: 'coordinatorSelfCareOrSelfReferral', label: 'Every coordinator redirection to self-care or a self-referral pathway' },
  { key: 'declinedOrExpired', label: 'Every offer declined or expired' },
];

export function PolicyForm({ onSaved }: { onSaved(): void }) {
  const { api } = useDeps();
  const [policy, setPolicy] = useState<ReviewPolicy | null>(null);
  const [percentText, setPercentText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    api.reviewPolicy().then(
      (p) => (setPolicy(p), setPercentText(String(Math.round(p.randomShare * 1000) / 10))),
      (failure: unknown) => setError(messageOf(failure)),
    );
  }, [api]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!policy) return;
    const share = Number(percentText) / 100;
    if (!Number.isFinite(share) || share < 0 || share > 1) return setError('The random share is a percentage from 0 to 100.');
    setError(null);
    try {
      setPolicy(await api.saveReviewPolicy({ ...policy, randomShare: share }));
      setSaved(true);
      onSaved();
    } catch (failure) {
      setError(messageOf(failure));
    }
  }

  if (!policy) return error ? <ErrorBanner message={`The sampling policy could not be loaded. ${error}`} /> : null;
  return (
    <section aria-labelledby="policy-heading">
      <h2 id="policy-heading">Sampling policy</h2>
      <form onSubmit={submit} noValidate>
        {KINDS.map((k) => (
          <div key={k.key} className="field field-check">
            <input id={`policy-${k.key}`} type="checkbox" checked={policy[k.key]} onChange={(e) => (setPolicy({ ...policy, [k.key]: e.target.checked }), setSaved(false))} />
            <label htmlFor={`policy-${k.key}`}>{k.label}</label>
          </div>
        ))}
        <div className="field">
          <label htmlFor="policy-share">Random share of the other decisions (%)</label>
          <input id="policy-share" inputMode="decimal" value={percentText} onChange={(e) => (setPercentText(e.target.value), setSaved(false))} />
        </div>
        <div className="field">
          <label htmlFor="policy-seed">Seed</label>
          <p id="policy-seed-hint" className="hint">
            The same seed always draws the same random share, so a sample can be reproduced.
          </p>
          <input id="policy-seed" aria-describedby="policy-seed-hint" value={policy.seed} onChange={(e) => (setPolicy({ ...policy, seed: e.target.value }), setSaved(false))} />
        </div>
        {error && <ErrorBanner message={error} />}
        <div className="button-row">
          <Button type="submit">Save the policy</Button>
          {saved && <span role="status">Saved.</span>}
        </div>
      </form>
    </section>
  );
}
