// Roles and registers as an admin reads them on the staff screens.
import type { Role } from '../../../../../shared/schemas/domain';
import { REGISTERS, type RegistrationBody } from '../../../../../shared/rules/staffAccess';

export const ROLE_LABELS: Record<Role, string> = {
  coordinator: 'Care coordinator',
  anp: 'Advanced nurse practitioner',
  pharmacist: 'Clinical pharmacist',
  physio: 'First-contact physiotherapist',
  lead: 'GP clinical lead / duty clinician',
  manager: 'Federation manager',
  practice: 'Practice staff',
  admin: 'Admin',
};

export const registerLabel = (body: string) => (body in REGISTERS ? `${body} (${REGISTERS[body as RegistrationBody].label})` : body);

export const rolesText = (roles: readonly Role[]) => roles.map((r) => ROLE_LABELS[r]).join(', ');
