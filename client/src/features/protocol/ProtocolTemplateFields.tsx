// The draft's texts: safety-netting templates (title and advice) and the message a patient gets per destination.
import type { Dispatch, SetStateAction } from 'react';
import { MESSAGE_PLACEHOLDERS } from '../../../../shared/schemas/protocol';
import type { Destination } from '../../../../shared/schemas/domain';
import type { ProtocolContent } from '../../api/http';
import { Button } from '../../components/Button';
import { destinationLabel } from './protocolWords';

export function ProtocolTemplateFields({ content, setContent }: { content: ProtocolContent; setContent: Dispatch<SetStateAction<ProtocolContent>> }) {
  const setTemplate = (index: number, patch: Partial<ProtocolContent['safetyNettingTemplates'][number]>) =>
    setContent((c) => ({ ...c, safetyNettingTemplates: c.safetyNettingTemplates.map((t, i) => (i === index ? { ...t, ...patch } : t)) }));
  const removeTemplate = (index: number) => setContent((c) => ({ ...c, safetyNettingTemplates: c.safetyNettingTemplates.filter((_, i) => i !== index) }));

  return (
    <>
      <fieldset className="protocol-texts">
        <legend>Safety-netting templates</legend>
        {content.safetyNettingTemplates.map((t, i) => (
          <div key={t.id} className="protocol-template">
            <label className="field">
              <span>Title of template “{t.id}”</span>
              <input value={t.title} onChange={(e) => setTemplate(i, { title: e.target.value })} />
            </label>
            <label className="field">
              <span>Advice in template “{t.id}”</span>
              <textarea rows={3} value={t.text} onChange={(e) => setTemplate(i, { text: e.target.value })} />
            </label>
            <Button variant="quiet" onClick={() => removeTemplate(i)}>
              Remove template “{t.title}”
            </Button>
          </div>
        ))}
      </fieldset>
      <fieldset className="protocol-texts">
        <legend>Patient messages</legend>
        <p className="hint">Placeholders: {MESSAGE_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}.</p>
        {(Object.keys(content.patientMessageTemplates) as Destination[]).map((d) => (
          <label key={d} className="field">
            <span>Message for {destinationLabel(d)}</span>
            <textarea
              rows={2}
              value={content.patientMessageTemplates[d]}
              onChange={(e) => setContent((c) => ({ ...c, patientMessageTemplates: { ...c.patientMessageTemplates, [d]: e.target.value } }))}
            />
          </label>
        ))}
      </fieldset>
    </>
  );
}
