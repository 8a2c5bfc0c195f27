// Builds a hub database with N open requests, through the hub's own admission and command path
// (real rows: consultation, change feed, hash-chained audit), batched in outer transactions so
// that seeding 10,000 does not pay 10,000 fsyncs. Runs in the orchestrator, not in the measured
// server process, so the server's RSS does not carry the seeding's garbage.
import type { Admitted } from '../../server/commands/admit';
import type { Committed } from '../../server/commands/lifecycleStep';
import { startHub } from '../../server/app';
import { hashSecretSync } from '../../server/auth/passwords';
import { sha256 } from '../../server/auth/sessions';
import { claim } from '../../server/commands';
import type { Actor } from '../../shared/lifecycle/events';
import { ACCOUNTS, PHARMACIES, PRACTICES, TEST_INTAKE_KEY, TEST_PASSWORD, intakeBody } from '../helpers/fixtures';

export const TEXTS = [
  'I have had a sore throat for four days and it is getting worse when I swallow.',
  'Could I please have a repeat of my blood pressure tablets? I ran out yesterday and the pharmacy said I need a new prescription.',
  'My son has had an ear ache since Sunday night, he is 6, no temperature but he keeps crying and pulling at his ear. Calpol helps for a few hours.',
  'I need a fit note for work, I have been off with my back since last Monday. The physio said it is a muscle strain and should settle in a couple of weeks but my employer needs a note.',
  'Rash on my arm, itchy, red, spreading slowly for about a week. I have tried antihistamines from the chemist but it has not gone away. I have attached a photo.',
  'Burning when I pass urine since yesterday and going more often than usual. No blood, no fever, not pregnant. This has happened once before about two years ago.',
  'Please can I have my test results from the blood test last week?',
  'I have been feeling very low for a few months, not sleeping well, and finding it hard to get to work. I would like to talk to someone about it, maybe counselling. I am not having any thoughts of harming myself but I do feel stuck and tired all the time and it is affecting my family.',
  'Knee pain after running, swollen at the end of the day, about three weeks now. I can walk on it but stairs are painful. I would like to know if I should see a physio.',
  'My mum (82) has a cough for 10 days with green phlegm. She is eating and drinking fine. She has COPD and uses her inhalers. Could someone call her back today?',
];
export const RED_FLAG_TEXT = 'Crushing chest pain going down my left arm for the last hour, feel sweaty and sick.';
const AREAS = ['ent', 'respiratory', 'skin', 'musculoskeletal', 'urinary', 'mental_health', 'general'] as const;
const FAMILY = ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Patel', 'Khan', 'Ahmed', 'Evans'];
const GIVEN = ['Olivia', 'Amelia', 'Isla', 'Ava', 'Noah', 'Oliver', 'George', 'Arthur', 'Leo', 'Muhammad', 'Freya', 'Harry'];

/** A valid NHS number in the 999 test range: nine digits plus the modulus-11 check digit. */
export function testNhsNumber(n: number): string {
  for (let k = n; ; k++) {
    const body = `999${String(k % 1_000_000).padStart(6, '0')}`;
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += Number(body[i]) * (10 - i);
    const check = 11 - (sum % 11);
    if (check !== 10) return `${body}${check === 11 ? 0 : check}`;
  }
}

// A deterministic generator so every run seeds the same mix.
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export interface SeedResult {
  openRequests: number;
  claimed: number;
  /** Ids of requests left queued (unclaimed), for the fan-out driver to claim and release. */
  queuedIds: number[];
  seconds: number;
}

/** Seeds the practices, accounts and `open` open requests (about 2% of them claimed). */
export async function seedHub(dbPath: string, open: number): Promise<SeedResult> {
  const started = performance.now();
  const hub = await startHub({ dbPath, port: 0 });
  try {
    const passwordHash = hashSecretSync(TEST_PASSWORD);
    hub.db.write(() => {
      for (const p of PRACTICES) hub.db.q.practices.insert({ ...p, intakeKeyHash: sha256(TEST_INTAKE_KEY) });
      for (const p of PHARMACIES) hub.db.q.practices.insertPharmacy({ ...p, integrationKeyHash: sha256(`key-${p.ods}`) });
      for (const a of ACCOUNTS) hub.db.q.staff.insert({ ...a, practiceOds: a.practiceOds ?? null, passwordHash });
    });
    hub.directory.refresh();

    const random = rng(20261124);
    const now = Date.now();
    const ids: number[] = [];
    // Requests that arrive queued (a red-flagged one may go straight to the duty clinician).
    const queued: number[] = [];
    const BATCH = 1000;
    for (let start = 0; start < open; start += BATCH) {
      // Submitted together, so each admission is its own savepoint in a shared commit.
      const admitted: Promise<Admitted>[] = [];
      for (let i = start; i < Math.min(open, start + BATCH); i++) {
        const practice = PRACTICES[i % 2]!;
        const redFlag = i % 379 === 0;
        const birthYear = 1935 + Math.floor(random() * 88);
        const body = intakeBody({
          practiceOds: practice.ods,
          kind: random() < 0.33 ? 'admin' : 'clinical',
          submittedAt: new Date(now - Math.floor(random() * 48 * 3600_000)).toISOString(),
          text: redFlag ? RED_FLAG_TEXT : TEXTS[Math.floor(random() * TEXTS.length)]!,
          answers: { symptomArea: AREAS[i % AREAS.length]!, duration: `${1 + (i % 14)} days`, severity: 'moderate' },
          patient: {
            nhsNumber: testNhsNumber(i),
            givenName: GIVEN[i % GIVEN.length]!,
            familyName: FAMILY[(i * 7) % FAMILY.length]!,
            birthDate: `${birthYear}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
            sex: i % 2 ? 'female' : 'male',
          },
        });
        const actor: Actor = { kind: 'integration', id: `practice:${practice.ods}`, name: practice.name, roles: [], organisationOds: practice.ods };
        admitted.push(hub.admit(body, actor));
      }
      for (const { row } of await Promise.all(admitted)) {
        ids.push(row.id);
        if (row.status === 'queued') queued.push(row.id);
      }
    }

    // A few in triage, so the queue carries claim holders' names as a live hub's would.
    const coordinators = ACCOUNTS.filter((a) => a.roles.includes('coordinator')).map((a) => hub.db.q.staff.byUsername(a.username)!);
    let claimed = 0;
    const claims: Promise<Committed>[] = [];
    for (let i = 0; i < queued.length; i += 50) {
      const c = coordinators[claimed % coordinators.length]!;
      const actor: Actor = { kind: 'staff', id: c.id, name: c.name, roles: c.roles, practiceOds: c.practiceOds };
      claims.push(hub.execute(claim, { actor, consultationId: queued[i]!, body: {} }));
      claimed++;
    }
    await Promise.all(claims);
    const queuedIds = queued.filter((_, i) => i % 50 !== 0).slice(0, 500);
    return { openRequests: ids.length, claimed, queuedIds, seconds: (performance.now() - started) / 1000 };
  } finally {
    await hub.close();
  }
}
