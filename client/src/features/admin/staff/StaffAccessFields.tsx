// Roles, practice and professional registration of one account, as form fields with their errors beside
// them. Which combine, and what each needs, is the shared rule (shared/rules/staffAccess.ts).
import type { Role } from '../../../../../shared/schemas/domain';
import { ROLES } from '../../../../../shared/schemas/domain';
import { REGISTERS, REGISTRATION_BODIES } from '../../../../../shared/rules/staffAccess';
import type { PracticeRef } from '../../../api/http';
import { FieldError, describedBy } from '../../../components/FieldError';
import type { FieldErrors } from '../fieldErrors';
import { ROLE_LABELS, registerLabel } from './staffWords';

export interface AccessDraft {
  roles: Role[];
  practiceOds: string;
  registrationBody: string;
  registrationNumber: string;
}

export const accessBody = (d: AccessDraft) => ({
  roles: d.roles,
  practiceOds: d.practiceOds || null,
  registrationBody: (d.registrationBody || null) as (typeof REGISTRATION_BODIES)[number] | null,
  registrationNumber: d.registrationNumber.trim() || null,
});

interface Props {
  id: string;
  value: AccessDraft;
  onChange(next: AccessDraft): void;
  errors: FieldErrors;
  practices: PracticeRef[];
}

export function StaffAccessFields({ id, value, onChange, errors, practices }: Props) {
  const toggle = (role: Role, on: boolean) => onChange({ ...value, roles: on ? [...value.roles, role] : value.roles.filter((r) => r !== role) });
  const body = value.registrationBody as keyof typeof REGISTERS | '';
  return (
    <>
      <fieldset className="field" aria-describedby={describedBy(errors.roles && `${id}-roles-error`)}>
        <legend>Roles</legend>
        {ROLES.map((role) => (
          <div key={role} className="field-check">
            <input id={`${id}-role-${role}`} type="checkbox" checked={value.roles.includes(role)} onChange={(e) => toggle(role, e.target.checked)} />
            <label htmlFor={`${id}-role-${role}`}>{ROLE_LABELS[role]}</label>
          </div>
        ))}
        <FieldError id={`${id}-roles-error`} message={errors.roles} />
      </fieldset>
      {value.roles.includes('practice') && (
        <div className="field">
          <label htmlFor={`${id}-practice`}>Practice</label>
          <select id={`${id}-practice`} value={value.practiceOds} onChange={(e) => onChange({ ...value, practiceOds: e.target.value })} aria-describedby={describedBy(errors.practiceOds && `${id}-practice-error`)}>
            <option value="">Choose the practice</option>
            {practices.map((p) => (
              <option key={p.ods} value={p.ods}>
                {p.name} ({p.ods})
              </option>
            ))}
          </select>
          <FieldError id={`${id}-practice-error`} message={errors.practiceOds} />
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-register`}>Professional register (clinical roles)</label>
        <select id={`${id}-register`} value={value.registrationBody} onChange={(e) => onChange({ ...value, registrationBody: e.target.value })} aria-describedby={describedBy(errors.registrationBody && `${id}-register-error`)}>
          <option value="">None</option>
          {REGISTRATION_BODIES.map((b) => (
            <option key={b} value={b}>
              {registerLabel(b)}
            </option>
          ))}
        </select>
        <FieldError id={`${id}-register-error`} message={errors.registrationBody} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-number`}>Registration number</label>
        {body && <p id={`${id}-number-hint`} className="hint">A {body} number is {REGISTERS[body].format}.</p>}
        <input
          id={`${id}-number`}
          value={value.registrationNumber}
          onChange={(e) => onChange({ ...value, registrationNumber: e.target.value })}
          aria-invalid={errors.registrationNumber ? true : undefined}
          aria-describedby={describedBy(body && `${id}-number-hint`, errors.registrationNumber && `${id}-number-error`)}
        />
        <FieldError id={`${id}-number-error`} message={errors.registrationNumber} />
      </div>
    </>
  );
}
