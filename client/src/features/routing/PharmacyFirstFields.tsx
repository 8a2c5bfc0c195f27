// Pharmacy First: the condition, the exclusion questions the shared rule asks for it (each a yes/no
// radio group), and the pharmacy. The panel checks the answers with the same rule the hub enforces.
import { EXCLUSION_QUESTIONS, PHARMACY_FIRST_RULES, type ExclusionId } from '../../../../shared/rules/pharmacyFirst';
import { PHARMACY_FIRST_CONDITIONS, type PharmacyFirstCondition } from '../../../../shared/schemas/domain';
import { FieldError, describedBy } from '../../components/FieldError';
import type { FieldsProps, ReferenceProps } from './fieldsProps';
import { PharmacySelect } from './PharmacySelect';

export function PharmacyFirstFields({ form, errors, update, pharmacies }: FieldsProps & Pick<ReferenceProps, 'pharmacies'>) {
  const questions = form.condition ? EXCLUSION_QUESTIONS[form.condition] : [];
  const answer = (id: ExclusionId, value: boolean) => update({ exclusions: { ...form.exclusions, [id]: value } });
  const inPerson = form.condition ? PHARMACY_FIRST_RULES[form.condition].needsInPersonPharmacy : false;
  return (
    <>
      <div className="field">
        <label htmlFor="route-condition">Pharmacy First condition</label>
        <select
          id="route-condition"
          value={form.condition}
          aria-invalid={errors.condition ? true : undefined}
          aria-describedby={describedBy(errors.condition && 'route-condition-error')}
          onChange={(e) => update({ condition: e.target.value as PharmacyFirstCondition | '', exclusions: {} })}
        >
          <option value="">Choose a condition</option>
          {PHARMACY_FIRST_CONDITIONS.map((c) => (
            <option key={c} value={c}>
              {PHARMACY_FIRST_RULES[c].label}
            </option>
          ))}
        </select>
        <FieldError id="route-condition-error" message={errors.condition} />
      </div>
      {questions.length > 0 && <FieldError id="route-exclusions-error" message={errors.exclusions} />}
      {questions.map((q) => (
        <fieldset key={q.id} className="choice-group choice-inline" aria-describedby={describedBy(errors.exclusions && 'route-exclusions-error')}>
          <legend>{q.question}</legend>
          {[true, false].map((value) => (
            <div key={String(value)} className="choice">
              <input
                type="radio"
                id={`exclusion-${q.id}-${value ? 'yes' : 'no'}`}
                name={`exclusion-${q.id}`}
                checked={form.exclusions[q.id] === value}
                onChange={() => answer(q.id, value)}
              />
              <label htmlFor={`exclusion-${q.id}-${value ? 'yes' : 'no'}`}>{value ? 'Yes' : 'No'}</label>
            </div>
          ))}
        </fieldset>
      ))}
      <PharmacySelect
        pharmacies={pharmacies}
        value={form.pharmacyOds}
        error={errors.pharmacyOds}
        hint={inPerson ? 'This condition needs a pharmacy that examines in person, not a distance-selling one.' : undefined}
        onChange={(pharmacyOds) => update({ pharmacyOds })}
      />
    </>
  );
}
