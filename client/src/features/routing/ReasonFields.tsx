// Why the request goes there: a coded reason (so reports can count it) and the sender's own words,
// which a reason coded "Other" must have.
import { REASON_CODES, REASON_CODE_IDS, type ReasonCode } from '../../../../shared/schemas/handoff';
import { FieldError, describedBy } from '../../components/FieldError';
import type { FieldsProps } from './fieldsProps';

export function ReasonFields({ form, errors, update }: FieldsProps) {
  return (
    <>
      <div className="field">
        <label htmlFor="route-reason">Reason</label>
        <select
          id="route-reason"
          value={form.reasonCode}
          aria-invalid={errors.reasonCode ? true : undefined}
          aria-describedby={describedBy(errors.reasonCode && 'route-reason-error')}
          onChange={(e) => update({ reasonCode: e.target.value as ReasonCode | '' })}
        >
          <option value="">Choose a reason</option>
          {REASON_CODE_IDS.map((code) => (
            <option key={code} value={code}>
              {REASON_CODES[code]}
            </option>
          ))}
        </select>
        <FieldError id="route-reason-error" message={errors.reasonCode} />
      </div>
      <div className="field">
        <label htmlFor="route-reason-text">Reason in your words {form.reasonCode === 'other' ? '(required for “Other”)' : '(optional)'}</label>
        <textarea
          id="route-reason-text"
          rows={2}
          value={form.reasonText}
          aria-invalid={errors.reasonText ? true : undefined}
          aria-describedby={describedBy(errors.reasonText && 'route-reason-text-error')}
          onChange={(e) => update({ reasonText: e.target.value })}
        />
        <FieldError id="route-reason-text-error" message={errors.reasonText} />
      </div>
    </>
  );
}
