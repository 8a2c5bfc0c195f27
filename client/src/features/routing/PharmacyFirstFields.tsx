// Pharmacy First: the condition, the exclusion questions the shared rule asks of this patient for it (a yes/no
// radio group, or a count of episodes the rule compares with the pathway's threshold), and the pharmacy.
// The panel checks the answers with the same rule the hub enforces.
import { exclusionQuestionsFor, PHARMACY_FIRST_RULES, type ExclusionAnswers, type ExclusionQuestion } from '../../../../shared/rules/pharmacyFirst';
import { PHARMACY_FIRST_CONDITIONS, type PharmacyFirstCondition } from '../../../../shared/schemas/domain';
import { FieldError, describedBy } from '../../components/FieldError';
import type { FieldsProps, ReferenceProps } from './fieldsProps';
import { PharmacySelect } from './PharmacySelect';
import type { Asked } from './routingForm';

type Props = FieldsProps & Pick<ReferenceProps, 'pharmacies'> & { asked: Asked };

export function PharmacyFirstFields({ form, errors, update, pharmacies, asked }: Props) {
  const questions = form.condition ? exclusionQuestionsFor(form.condition, asked) : [];
  const answer = (id: ExclusionQuestion['id'], value: boolean | number | undefined) =>
    update({ exclusions: { ...form.exclusions, [id]: value } as ExclusionAnswers });
  const inPerson = form.condition ? PHARMACY_FIRST_RULES[form.condition].needsInPersonPharmacy : false;
  const errorId = describedBy(errors.exclusions && 'route-exclusions-error');
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
      {questions.map((q) =>
        q.kind === 'count' ? (
          <div key={q.id} className="field">
            <label htmlFor={`exclusion-${q.id}`}>{q.question}</label>
            <input
              type="number"
              id={`exclusion-${q.id}`}
              inputMode="numeric"
              min={0}
              max={99}
              step={1}
              value={form.exclusions[q.id] ?? ''}
              aria-describedby={errorId}
              // Cleared or not a whole number: unanswered, which the rule refuses until answered.
              onChange={(e) => {
                const n = e.target.value === '' ? NaN : Number(e.target.value);
                answer(q.id, Number.isInteger(n) && n >= 0 && n <= 99 ? n : undefined);
              }}
            />
          </div>
        ) : (
          <fieldset key={q.id} className="choice-group choice-inline" aria-describedby={errorId}>
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
        ),
      )}
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
