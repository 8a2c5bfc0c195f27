// Who the history is about: the member practices (the demo's, then invented ones), their list
// sizes, the community pharmacies, and the hub's staff. All invented; none a real practice or person.
import { DEMO_PHARMACIES, DEMO_PRACTICES, DEMO_STAFF, type DemoPractice } from '../../../db/seed/demoData';
import { intBetween, pick, seededRandom, type Random } from '../../../db/seed/demoPatients';
import type { Role } from '../../../shared/schemas/domain';

export interface HistoryPractice extends DemoPractice {
  /** Registered patients: the volume scales with it (about 5× between the smallest and the largest). */
  listSize: number;
}

export interface HistoryStaff {
  username: string;
  name: string;
  roles: Role[];
  practiceOds?: string;
  /** The demo's own sign-ins keep their accounts; the history's extra staff cannot sign in. */
  demo: boolean;
}

const PLACES = [
  'Ashby', 'Bellweather', 'Corrowdale', 'Drayfield', 'Eastmoor', 'Fernhollow', 'Gorsey', 'Harrowfen', 'Ivybridge', 'Juniper',
  'Kestrel', 'Longmere', 'Millbrook', 'Northcote', 'Orchard', 'Pennyfield', 'Quarry', 'Redwing', 'Saltings', 'Tollgate',
  'Underhill', 'Vale', 'Westerly', 'Yew Tree', 'Alderbank', 'Birchwood', 'Cloverfield', 'Dovecote', 'Elmstead', 'Foxglove',
];
const KINDS = ['Surgery', 'Medical Centre', 'Health Centre', 'Family Practice', 'Medical Practice', 'Group Practice'];
const STREETS = ['Road', 'Lane', 'Street', 'Green', 'Park', 'Avenue', 'Row', 'Terrace'];

/** Invented ODS-format codes in the Y9 range, which no GP practice holds. */
const inventedOds = (i: number) => `Y9${String(1000 + i).padStart(4, '0')}`;

/** A list size between about 3,000 and 15,000: most practices mid-sized, a few large. */
const listSizeOf = (rng: Random) => Math.round(Math.min(15_000, Math.max(3_000, 7_500 * Math.exp(0.45 * (rng() + rng() + rng() - 1.5) * 2))) / 10) * 10;

/**
 * `count` practices: the demo's first (so the demo hub's own practices have a history), then
 * invented ones. Invented practices mostly joined before the range; some join during it, spread over
 * its first 18 months, as a federation onboards practices.
 */
export function historyPractices(count: number, firstDay: string, seed: number): HistoryPractice[] {
  const rng = seededRandom(seed ^ 0x5eed_0001);
  const demo = DEMO_PRACTICES.slice(0, count).map((p) => ({ ...p, listSize: listSizeOf(rng) }));
  const start = Date.parse(`${firstDay}T00:00:00Z`);
  const invented: HistoryPractice[] = [];
  for (let i = demo.length; i < count; i++) {
    const joinsLater = rng() < 0.3;
    const memberSince = new Date(start - (joinsLater ? -intBetween(rng, 30, 540) : intBetween(rng, 30, 900)) * 86_400_000).toISOString().slice(0, 10);
    const place = PLACES[i % PLACES.length]!;
    const suffix = i >= PLACES.length ? ` ${pick(rng, STREETS)}` : '';
    invented.push({ ods: inventedOds(i), name: `${place}${suffix} ${pick(rng, KINDS)}`, memberSince, memberUntil: null, listSize: listSizeOf(rng) });
  }
  return [...demo, ...invented];
}

/** Whether a practice was a member on a London date (it sends requests only then). */
export const memberOn = (p: DemoPractice, date: string) => p.memberSince <= date && (p.memberUntil === null || date <= p.memberUntil);

export const HISTORY_PHARMACIES = DEMO_PHARMACIES;

const FIRST = ['Ada', 'Bilal', 'Carys', 'Dev', 'Efua', 'Finn', 'Gita', 'Hugo', 'Imani', 'Jonah', 'Keira', 'Luca', 'Mira', 'Nathan', 'Orla', 'Pavel', 'Rosa', 'Sami', 'Tara', 'Umar'];
const LAST = ['Ambler', 'Bexley', 'Corran', 'Dunstan', 'Everard', 'Fairley', 'Gunn', 'Hale', 'Ingram', 'Joss', 'Kerridge', 'Lomax', 'Morrow', 'Nye', 'Osgood', 'Pryce'];

/**
 * The hub team for `practices` practices: the demo's sign-ins, then more coordinators and
 * clinicians as the federation grows (about one coordinator per three practices), and one member of
 * staff for each practice without a demo sign-in, who answers its hand-backs.
 */
export function historyStaff(practices: readonly HistoryPractice[]): HistoryStaff[] {
  const demo: HistoryStaff[] = DEMO_STAFF.map((s) => ({ username: s.username, name: s.name, roles: s.roles, practiceOds: s.practiceOds, demo: true }));
  const want: Partial<Record<Role, number>> = {
    coordinator: Math.max(2, Math.ceil(practices.length / 3)),
    anp: Math.max(1, Math.ceil(practices.length / 6)),
    pharmacist: Math.max(1, Math.ceil(practices.length / 15)),
    physio: Math.max(1, Math.ceil(practices.length / 20)),
  };
  const extra: HistoryStaff[] = [];
  let n = 0;
  const person = () => {
    const name = `${FIRST[n % FIRST.length]} ${LAST[(n * 7) % LAST.length]}`;
    n++;
    return name;
  };
  for (const [role, count] of Object.entries(want) as [Role, number][]) {
    const have = demo.filter((s) => s.roles.includes(role)).length;
    for (let i = have + 1; i <= count; i++) extra.push({ username: `history-${role}${i}`, name: person(), roles: [role], demo: false });
  }
  for (const practice of practices) {
    if (demo.some((s) => s.practiceOds === practice.ods)) continue;
    extra.push({ username: `history-practice-${practice.ods.toLowerCase()}`, name: person(), roles: ['practice'], practiceOds: practice.ods, demo: false });
  }
  return [...demo, ...extra];
}
