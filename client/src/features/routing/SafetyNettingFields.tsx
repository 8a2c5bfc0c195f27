// Safety-netting advice for the patient: start from one of the hub's templates, then edit the words.
// Responsibility passes to the patient only once the message carrying this advice reaches them (docs/messaging.md).
import type { SafetyNettingTemplate } from '../../api/http';
import { FieldError, describedBy } from '../../components/FieldError';
import type { FieldsProps } from './fieldsProps';

export function SafetyNettingFields({ form, errors, update, templates }: FieldsProps & { templates: SafetyNettingTemplate[] }) {
  const chooseTemplate = (id: string) => {
    const template = templates.find((t) => t.id === id);
    update({ templateId: id, ...(template ? { safetyNetting: template.text } : {}) });
  };
  return (
    <>
      <div className="field">
        <label htmlFor="route-template">Start from a template</label>
        <select id="route-template" value={form.templateId} onChange={(e) => chooseTemplate(e.target.value)}>
          <option value="">No template</option>
          {templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.title}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="route-safety-netting">Safety-netting advice sent to the patient</label>
        <p id="route-safety-netting-hint" className="hint">
          What to watch for, and when and where to seek help. You can edit a template’s words.
        </p>
        <textarea
          id="route-safety-netting"
          rows={5}
          value={form.safetyNetting}
          aria-invalid={errors.safetyNetting ? true : undefined}
          aria-describedby={describedBy('route-safety-netting-hint', errors.safetyNetting && 'route-safety-netting-error')}
          onChange={(e) => update({ safetyNetting: e.target.value })}
        />
        <FieldError id="route-safety-netting-error" message={errors.safetyNetting} />
      </div>
    </>
  );
}
