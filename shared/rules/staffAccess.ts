// Rule: which roles a staff account may hold together, and what each needs (docs/admin.md, "Staff").
// Practice staff see one practice's requests and nothing of the hub, so that role stands alone and names
// its practice; a clinical role needs a professional registration on the register that role belongs to.
import { CLINICAL_ROLES, type Role } from '../schemas/domain';

/** The professional registers the hub records, with the format of their numbers. */
export const REGISTERS = {
  NMC: { label: 'Nursing and Midwifery Council', pattern: /^\d{2}[A-Z]\d{4}[A-Z]$/, format: 'two digits, a letter, four digits and a letter (e.g. 09Z1047E)' },
  GPhC: { label: 'General Pharmaceutical Council', pattern: /^\d{7}$/, format: 'seven digits (e.g. 2099017)' },
  HCPC: { label: 'Health and Care Professions Council', pattern: /^[A-Z]{2}\d{5,6}$/, format: 'two letters and five or six digits (e.g. PH990142)' },
  GMC: { label: 'General Medical Council', pattern: /^\d{7}$/, format: 'seven digits (e.g. 9900417)' },
} as const;
export type RegistrationBody = keyof typeof REGISTERS;
export const REGISTRATION_BODIES = Object.keys(REGISTERS) as [RegistrationBody, ...RegistrationBody[]];

/** The registers a clinical role may be held on: ANPs are nurses, the clinical lead a GP or a nurse consultant. */
export const REGISTERS_FOR_ROLE: Partial<Record<Role, readonly RegistrationBody[]>> = {
  anp: ['NMC'],
  pharmacist: ['GPhC'],
  physio: ['HCPC'],
  lead: ['GMC', 'NMC'],
};

export interface StaffAccess {
  roles: readonly Role[];
  practiceOds: string | null;
  registrationBody: RegistrationBody | null;
  registrationNumber: string | null;
}

/** One thing wrong with an account's access, on the field an admin would change to put it right. */
export interface AccessProblem {
  path: 'roles' | 'practiceOds' | 'registrationBody' | 'registrationNumber';
  message: string;
}

/** Everything wrong with these roles, practice and registration together; none when the account may be saved. */
export function accessProblems(access: StaffAccess): AccessProblem[] {
  const problems: AccessProblem[] = [];
  const { roles, practiceOds, registrationBody, registrationNumber } = access;
  if (new Set(roles).size !== roles.length) problems.push({ path: 'roles', message: 'each role once' });
  const practice = roles.includes('practice');
  if (practice && roles.length > 1) problems.push({ path: 'roles', message: 'practice staff hold no other role: they see only their own practice' });
  if (practice && !practiceOds) problems.push({ path: 'practiceOds', message: 'practice staff need the practice whose requests they see' });
  if (!practice && practiceOds) problems.push({ path: 'practiceOds', message: 'only practice staff belong to a practice' });

  const clinical = roles.filter((r) => CLINICAL_ROLES.includes(r));
  if (clinical.length === 0) {
    if (registrationBody || registrationNumber) problems.push({ path: 'registrationBody', message: 'a professional registration is recorded only for clinical roles' });
    return problems;
  }
  if (!registrationBody) {
    problems.push({ path: 'registrationBody', message: `a clinical role (${clinical.join(', ')}) needs a professional registration` });
  } else {
    const wrong = clinical.find((r) => !REGISTERS_FOR_ROLE[r]?.includes(registrationBody));
    if (wrong) problems.push({ path: 'registrationBody', message: `the ${wrong} role is registered with ${REGISTERS_FOR_ROLE[wrong]!.join(' or ')}, not ${registrationBody}` });
  }
  if (!registrationNumber) problems.push({ path: 'registrationNumber', message: 'the registration number is needed with the register' });
  else if (registrationBody && !REGISTERS[registrationBody].pattern.test(registrationNumber)) {
    problems.push({ path: 'registrationNumber', message: `a ${registrationBody} number is ${REGISTERS[registrationBody].format}` });
  }
  return problems;
}
