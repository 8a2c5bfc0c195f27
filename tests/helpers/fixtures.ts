// A small, known hub for tests: two member practices, one that left, and one account per role.
import type { IntakeRequest } from '../../shared/schemas/intake';
import type { Role } from '../../shared/schemas/domain';

export const TEST_PASSWORD = 'correct horse battery staple';
export const TEST_INTAKE_KEY = 'test-intake-key-for-both-practices-0001';

export const PRACTICES = [
  { ods: 'E85001', name: 'Riverside Test Surgery', memberSince: '2025-04-01', memberUntil: null },
  { ods: 'E85002', name: 'Hillview Test Practice', memberSince: '2025-04-01', memberUntil: null },
  { ods: 'E85099', name: 'Former Test Practice', memberSince: '2025-04-01', memberUntil: '2025-12-31' },
] as const;

export const PHARMACIES = [
  { ods: 'FA101', name: 'High Street Test Pharmacy', distanceSelling: false, address: '1 High Street, Testbury TB1 1AA', phone: '0118 496 0101', openingHours: 'Mon to Sat 9am to 6pm' },
  { ods: 'FQ202', name: 'Online Test Pharmacy', distanceSelling: true },
] as const;

type Account = { username: string; name: string; roles: Role[]; practiceOds?: string };

export const ACCOUNTS: Account[] = [
  ...Array.from({ length: 20 }, (_, i) => ({ username: `coordinator${i + 1}`, name: `Coordinator ${i + 1}`, roles: ['coordinator'] as Role[] })),
  { username: 'anp1', name: 'Ana Nurse', roles: ['anp'] },
  { username: 'anp2', name: 'Ben Nurse', roles: ['anp'] },
  { username: 'pharmacist1', name: 'Priya Pharmacist', roles: ['pharmacist'] },
  { username: 'physio1', name: 'Femi Physio', roles: ['physio'] },
  { username: 'lead1', name: 'Dr Lee Lead', roles: ['lead'] },
  { username: 'lead2', name: 'Dr Lou Second', roles: ['lead'] },
  { username: 'manager1', name: 'Mo Manager', roles: ['manager'] },
  { username: 'admin1', name: 'Ada Admin', roles: ['admin'] },
  { username: 'practice1', name: 'Pat Practice', roles: ['practice'], practiceOds: 'E85001' },
  { username: 'practice2', name: 'Quinn Practice', roles: ['practice'], practiceOds: 'E85002' },
];

/** A valid intake body; pass overrides for the case under test. */
export function intakeBody(overrides: Partial<Omit<IntakeRequest, 'patient'>> & { patient?: Partial<IntakeRequest['patient']> } = {}): IntakeRequest {
  const { patient, ...rest } = overrides;
  return {
    practiceOds: 'E85001',
    submittedAt: '2026-11-24T10:00:00.000Z',
    kind: 'clinical',
    text: 'I have had a sore throat for four days and it is getting worse when I swallow.',
    answers: { symptomArea: 'ent', duration: '4 days', severity: 'moderate' },
    ...rest,
    patient: {
      nhsNumber: '9434765919',
      givenName: 'Testy',
      familyName: 'McTestface',
      birthDate: '1990-05-17',
      sex: 'female',
      phone: '07700 900123',
      ...patient,
    },
  };
}
