// The demo hub's organisations and sign-ins (the demo hub in README.md): all invented, none a real practice or person.
import type { PharmacyRow, PracticeRow } from '../schema/practices';
import type { Role } from '../../shared/schemas/domain';

export type DemoPractice = Pick<PracticeRow, 'ods' | 'name' | 'memberSince' | 'memberUntil'>;
export type DemoPharmacy = Pick<PharmacyRow, 'ods' | 'name' | 'distanceSelling' | 'address' | 'phone' | 'openingHours'>;

export interface DemoStaff {
  username: string;
  name: string;
  roles: Role[];
  /** Only for practice staff: the practice whose patients they see. */
  practiceOds?: string;
  /** Clinical staff only: NMC, GPhC, HCPC or GMC, with an invented number in that register's format. */
  registrationBody?: string;
  registrationNumber?: string;
}

const PILOT = '2025-04-01';

/**
 * Member practices, the pilot cohort first; the first is `practice1`'s practice. Street names are invented.
 * The last one left the hub, to show that practices leave: it takes no new requests.
 */
export const DEMO_PRACTICES: readonly DemoPractice[] = [
  { ods: 'F84003', name: 'Cobblewick Street Medical Centre', memberSince: PILOT, memberUntil: null },
  { ods: 'F84010', name: 'Larkmere Road Surgery', memberSince: PILOT, memberUntil: null },
  { ods: 'F84047', name: 'Quillon Park Health Centre', memberSince: PILOT, memberUntil: null },
  { ods: 'F86001', name: 'Brackenmoor Lane Practice', memberSince: PILOT, memberUntil: null },
  { ods: 'E85001', name: 'Hollyfen Road Medical Practice', memberSince: '2025-07-01', memberUntil: null },
  { ods: 'E85014', name: 'Tansywell Green Surgery', memberSince: '2025-07-01', memberUntil: null },
  { ods: 'F86018', name: 'Wrenholt Street Family Practice', memberSince: '2025-10-01', memberUntil: null },
  { ods: 'F82007', name: 'Osierbank Health Centre', memberSince: '2026-01-05', memberUntil: null },
  { ods: 'G85012', name: 'Marrowgate Row Surgery', memberSince: '2026-04-01', memberUntil: null },
  { ods: 'E84025', name: 'Pellingsby Avenue Medical Centre', memberSince: '2026-09-01', memberUntil: null },
  { ods: 'F83011', name: 'Thimbleford Terrace Surgery', memberSince: PILOT, memberUntil: '2026-06-30' },
];

/** The practices that still belong to the hub; demo requests come only from these. */
export const DEMO_MEMBER_PRACTICES: readonly DemoPractice[] = DEMO_PRACTICES.filter((p) => p.memberUntil === null);

export const DEMO_PHARMACIES: readonly DemoPharmacy[] = [
  // Invented addresses; phone numbers from Ofcom's drama range (0118 496 0xxx), what a patient message tells the patient.
  { ods: 'FA123', name: 'Cobblewick Pharmacy', distanceSelling: false, address: '14 Market Row, Cobblewick CW1 2AB', phone: '0118 496 0123', openingHours: 'Mon to Sat 9am to 6pm' },
  { ods: 'FQ456', name: 'Larkmere Chemists', distanceSelling: false, address: '2 Station Parade, Larkmere LM4 7QD', phone: '0118 496 0456', openingHours: 'Mon to Fri 8:30am to 6:30pm, Sat 9am to 1pm' },
  { ods: 'FK208', name: 'Quillon Park Pharmacy', distanceSelling: false, address: 'Unit 3, Quillon Park Centre, Quillon QP2 9HN', phone: '0118 496 0208', openingHours: 'Mon to Sun 8am to 8pm' },
  { ods: 'FN731', name: 'Hollyfen Late-Night Pharmacy', distanceSelling: false, address: '77 Fen Road, Hollyfen HF3 1LS', phone: '0118 496 0731', openingHours: 'Mon to Sat 7am to 11pm, Sun 10am to 10pm' },
  // Online only: it cannot examine an ear, so the otitis media pathway must not go there.
  { ods: 'FW044', name: 'Parcelpost Pharmacy Direct', distanceSelling: true, address: 'online at parcelpost-pharmacy.example', phone: '0118 496 0044', openingHours: 'Mon to Fri 9am to 5pm by phone' },
];

const firstPractice = DEMO_PRACTICES[0]!.ods;

/** Exactly the sign-ins README.md lists, in the order the start-up banner prints them. */
export const DEMO_STAFF: readonly DemoStaff[] = [
  { username: 'coordinator1', name: 'Aisha Rahman', roles: ['coordinator'] },
  { username: 'coordinator2', name: 'Tomasz Nowicki', roles: ['coordinator'] },
  { username: 'coordinator3', name: 'Grace Mensah', roles: ['coordinator'] },
  { username: 'coordinator4', name: "Callum O'Rourke", roles: ['coordinator'] },
  { username: 'coordinator5', name: 'Priya Venkatesan', roles: ['coordinator'] },
  { username: 'coordinator6', name: 'Kemi Adeyemi', roles: ['coordinator'] },
  { username: 'anp1', name: 'Sofia Marchetti', roles: ['anp'], registrationBody: 'NMC', registrationNumber: '09Z1047E' },
  { username: 'anp2', name: 'Daniel Osei-Bonsu', roles: ['anp'], registrationBody: 'NMC', registrationNumber: '11Z2093L' },
  { username: 'pharmacist1', name: 'Hamza Qureshi', roles: ['pharmacist'], registrationBody: 'GPhC', registrationNumber: '2099017' },
  { username: 'physio1', name: 'Megan Lloyd-Evans', roles: ['physio'], registrationBody: 'HCPC', registrationNumber: 'PH990142' },
  { username: 'lead1', name: 'Dr Nadia Hussain', roles: ['lead'], registrationBody: 'GMC', registrationNumber: '9900417' },
  { username: 'manager1', name: 'Oliver Chen-Whitfield', roles: ['manager'] },
  { username: 'practice1', name: 'Joanne Baptiste', roles: ['practice'], practiceOds: firstPractice },
  { username: 'admin1', name: 'Yusuf Demir', roles: ['admin'] },
];
