// The lead's form for a draft's content: routing switches, decision-support rules, the Pharmacy First
// table, and the templates. Saved whole; the server validates it and answers with the new difference.
import { useState, type FormEvent } from 'react';
import { COORDINATOR_CHOOSABLE, KNOWN_PHARMACY_FIRST_SPECS, SWITCHABLE_SUGGESTIONS } from '../../../../shared/schemas/protocol';
import type { ProtocolContent } from '../../api/http';
import { Button } from '../../components/Button';
import { ProtocolTemplateFields } from './ProtocolTemplateFields';
import { destinationLabel, ruleSentence } from './protocolWords';

type Rules = ProtocolContent['decisionSupport']['rules'];

export function ProtocolDraftForm({ initial, busy, onSave }: { initial: ProtocolContent; busy: boolean; onSave(content: ProtocolContent): void }) {
  const [content, setContent] = useState(initial);
  const routing = content.routing;
  const setRouting = (patch: Partial<ProtocolContent['routing']>) => setContent((c) => ({ ...c, routing: { ...c.routing, ...patch } }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSave(content);
  }

  return (
    <form className="protocol-form" onSubmit={submit} aria-label="Draft content">
      <fieldset className="choice-group">
        <legend>Routing by care coordinators</legend>
        <p className="hint">Red flags always go to a clinician, and hand-back to the practice and escalation to the duty clinician stay open, whatever the protocol says.</p>
        <label>
          <input type="checkbox" checked={routing.coordinatorMaySelfCare} onChange={(e) => setRouting({ coordinatorMaySelfCare: e.target.checked })} /> Coordinators may close with self-care advice
        </label>
        {COORDINATOR_CHOOSABLE.map((d) => (
          <label key={d}>
            <input
              type="checkbox"
              checked={routing.coordinatorDestinations[d]}
              onChange={(e) => setRouting({ coordinatorDestinations: { ...routing.coordinatorDestinations, [d]: e.target.checked } })}
            />{' '}
            Coordinators may route to {destinationLabel(d)}
          </label>
        ))}
      </fieldset>

      <fieldset className="choice-group">
        <legend>Decision-support rules</legend>
        <p className="hint">Red-flag rules and the fallback to the ANP team are always on.</p>
        {SWITCHABLE_SUGGESTIONS.map((id) => (
          <label key={id}>
            <input
              type="checkbox"
              checked={content.decisionSupport.rules[id as keyof Rules]}
              onChange={(e) => setContent((c) => ({ ...c, decisionSupport: { rules: { ...c.decisionSupport.rules, [id]: e.target.checked } } }))}
            />{' '}
            {ruleSentence(id)}
          </label>
        ))}
      </fieldset>

      <label className="field">
        <span>Pharmacy First rule table</span>
        <select value={content.pharmacyFirstSpec} onChange={(e) => setContent((c) => ({ ...c, pharmacyFirstSpec: e.target.value as ProtocolContent['pharmacyFirstSpec'] }))}>
          {KNOWN_PHARMACY_FIRST_SPECS.map((v) => (
            <option key={v} value={v}>
              NHS England Pharmacy First v{v}
            </option>
          ))}
        </select>
      </label>

      <ProtocolTemplateFields content={content} setContent={setContent} />

      <Button type="submit" variant="primary" disabled={busy}>
        {busy ? 'Saving…' : 'Save draft'}
      </Button>
    </form>
  );
}
