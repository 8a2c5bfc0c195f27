// The demo hub's seed data: valid intake, synthetic patients, a realistic mix, the README's demo sign-ins.
import { describe, expect, it } from 'vitest';
import {
  DEMO_MEMBER_PRACTICES,
  DEMO_PHARMACIES,
  DEMO_PRACTICES,
  DEMO_STAFF,
  demoCases,
  demoRequests,
  seededRandom,
  syntheticCase,
  syntheticRequest,
  testRangeNhsNumber,
  type DemoCase,
} from '../../../db/seed/demoData';
import { isValidNhsNumber } from '../../../shared/nhsNumber';
import { ageInMonthsOn, ageInYearsOn } from '../../../shared/rules/age';
import { screenRedFlags } from '../../../shared/rules/redFlags';
import { intakeSchema, type IntakeRequest } from '../../../shared/schemas/intake';
import { isOpenAt } from '../../../shared/time/workingTime';

// A Monday morning: the three days before it take in a Friday afternoon and a whole weekend.
const NOW = new Date('2026-03-16T10:30:00Z');
const cases = demoCases(NOW);
const requests = cases.map((c) => c.request);

const screen = (r: IntakeRequest) =>
  screenRedFlags({ text: r.text, answers: r.answers, birthDate: r.patient.birthDate, submittedAt: r.submittedAt });
const ageYears = (r: IntakeRequest) => ageInYearsOn(r.patient.birthDate, r.submittedAt);
const activeOds = new Set(DEMO_MEMBER_PRACTICES.map((p) => p.ods));

function expectScreenMatchesScenario(c: DemoCase) {
  const fired = screen(c.request);
  if (c.expectedRedFlag) expect(fired, `${c.scenarioId}: ${c.request.text}`).toContain(c.expectedRedFlag);
  else expect(fired, `${c.scenarioId}: ${c.request.text}`).toEqual([]);
}

describe('demo requests', () => {
  it('holds between 50 and 70 requests', () => {
    expect(requests.length).toBeGreaterThanOrEqual(50);
    expect(requests.length).toBeLessThanOrEqual(70);
  });

  it('are all accepted unchanged by the intake schema', () => {
    for (const r of requests) expect(intakeSchema.parse(r)).toEqual(r);
  });

  it('give every patient a distinct, valid NHS number from the 999 test range', () => {
    const numbers = requests.map((r) => r.patient.nhsNumber);
    for (const n of numbers) {
      expect(n).toMatch(/^999\d{7}$/);
      expect(isValidNhsNumber(n)).toBe(true);
    }
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('are about one third administrative', () => {
    const admin = requests.filter((r) => r.kind === 'admin');
    expect(admin.length / requests.length).toBeGreaterThanOrEqual(0.25);
    expect(admin.length / requests.length).toBeLessThanOrEqual(0.45);
    for (const r of admin) expect(r.answers?.symptomArea).toBe('admin');
  });

  it('are the same for the same seed and differ for another', () => {
    expect(demoRequests(NOW, 7)).toEqual(demoRequests(NOW, 7));
    expect(demoRequests(NOW, 7)).not.toEqual(demoRequests(NOW, 8));
  });

  it('arrive over the last three days, oldest first, some out of hours and at the weekend', () => {
    const times = requests.map((r) => Date.parse(r.submittedAt));
    for (const t of times) {
      expect(t).toBeLessThanOrEqual(NOW.getTime());
      expect(t).toBeGreaterThanOrEqual(NOW.getTime() - 3 * 86_400_000);
    }
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const open = times.filter((t) => isOpenAt(new Date(t)));
    expect(open.length).toBeGreaterThan(0);
    expect(open.length).toBeLessThan(times.length);
    expect(times.some((t) => [0, 6].includes(new Date(t).getUTCDay()))).toBe(true);
  });

  it('fire red-flag screening on 5 to 7 requests, exactly those written as red flags', () => {
    const flagged = requests.filter((r) => screen(r).length > 0);
    expect(flagged.length).toBeGreaterThanOrEqual(5);
    expect(flagged.length).toBeLessThanOrEqual(7);
    for (const c of cases) expectScreenMatchesScenario(c);
    expect(new Set(cases.flatMap((c) => (c.expectedRedFlag ? [c.expectedRedFlag] : [])))).toEqual(
      new Set(['baby_fever', 'cauda_equina', 'suicide_or_self_harm', 'chest_pain', 'breathing_difficulty', 'stroke_signs']),
    );
  });

  it('screen as written for any seed and day, whatever sex and age each patient is drawn', () => {
    for (let seed = 1; seed <= 40; seed++) {
      for (const c of demoCases(new Date(NOW.getTime() + seed * 7_919_000), seed)) expectScreenMatchesScenario(c);
    }
  });

  it('include a baby under three months and people in their eighties', () => {
    expect(requests.some((r) => ageInMonthsOn(r.patient.birthDate, r.submittedAt) < 3)).toBe(true);
    expect(requests.some((r) => ageYears(r) < 1)).toBe(true);
    expect(requests.filter((r) => ageYears(r) >= 80).length).toBeGreaterThanOrEqual(3);
  });

  it('cover UTI in eligible women, a 70-year-old woman and a man with urinary symptoms', () => {
    const of = (id: string) => cases.filter((c) => c.scenarioId === id).map((c) => c.request);
    for (const r of of('uti')) {
      expect(r.patient.sex).toBe('female');
      expect(ageYears(r)).toBeGreaterThanOrEqual(16);
      expect(ageYears(r)).toBeLessThanOrEqual(64);
    }
    expect(of('uti').length).toBeGreaterThanOrEqual(2);
    expect(of('uti_age_70').map(ageYears)).toEqual([70]);
    expect(of('male_urinary').map((r) => r.patient.sex)).toEqual(['male']);
  });

  it('come only from practices that are still members', () => {
    for (const r of requests) expect(activeOds.has(r.practiceOds)).toBe(true);
  });

  it('use plainly synthetic contact details: Ofcom drama-range mobiles, and a few drama-range landlines with no email', () => {
    for (const r of requests) {
      expect(r.patient.phone).toMatch(/^(07700 900|0113 496 0)\d{3}$/);
      if (r.patient.email) expect(r.patient.email).toMatch(/@example\.com$/);
      if (r.patient.phone?.startsWith('0113')) expect(r.patient.email).toBeUndefined();
    }
    // So the demo shows a "patient could not be told" task, and messages going by email.
    expect(requests.filter((r) => r.patient.phone?.startsWith('0113')).length).toBeGreaterThanOrEqual(1);
    expect(requests.filter((r) => r.patient.preferredContact === 'email').length).toBeGreaterThanOrEqual(1);
  });
});

describe('the live trickle', () => {
  it('produces valid requests submitted now, with no unexpected red flags, over 200 draws', () => {
    const rng = seededRandom(42);
    const now = new Date();
    for (let i = 0; i < 200; i++) {
      const c = syntheticCase(now, rng);
      expect(intakeSchema.safeParse(c.request).success, JSON.stringify(c.request)).toBe(true);
      expect(c.request.submittedAt).toBe(now.toISOString());
      expect(isValidNhsNumber(c.request.patient.nhsNumber)).toBe(true);
      expect(activeOds.has(c.request.practiceOds)).toBe(true);
      expectScreenMatchesScenario(c);
    }
  });

  it('keeps red flags rare', () => {
    const rng = seededRandom(1);
    const draws = Array.from({ length: 1000 }, () => syntheticRequest(NOW, rng));
    const flagged = draws.filter((r) => screen(r).length > 0).length;
    expect(flagged).toBeLessThan(50);
  });
});

describe('test-range NHS numbers', () => {
  it('always carry a valid check digit', () => {
    const rng = seededRandom(99);
    for (let i = 0; i < 2000; i++) expect(isValidNhsNumber(testRangeNhsNumber(rng))).toBe(true);
  });
});

describe('demo organisations and staff', () => {
  it('has ten member practices with unique London-style ODS codes, and one that has left', () => {
    const codes = DEMO_PRACTICES.map((p) => p.ods);
    for (const ods of codes) expect(ods).toMatch(/^[A-Z]\d{5}$/);
    expect(new Set(codes).size).toBe(codes.length);
    expect(DEMO_MEMBER_PRACTICES).toHaveLength(10);
    const left = DEMO_PRACTICES.filter((p) => p.memberUntil !== null);
    expect(left.map((p) => p.memberUntil)).toEqual(['2026-06-30']);
    for (const p of left) expect(p.memberSince < p.memberUntil!).toBe(true);
  });

  it('has five pharmacies, one of them distance-selling', () => {
    const codes = DEMO_PHARMACIES.map((p) => p.ods);
    for (const ods of codes) expect(ods).toMatch(/^F[A-Z]\d{3}$/);
    expect(new Set(codes).size).toBe(5);
    expect(DEMO_PHARMACIES.filter((p) => p.distanceSelling)).toHaveLength(1);
  });

  it('holds exactly the demo sign-ins the README lists', () => {
    expect(DEMO_STAFF.map((s) => s.username).sort()).toEqual(
      [
        'coordinator1', 'coordinator2', 'coordinator3', 'coordinator4', 'coordinator5', 'coordinator6',
        'anp1', 'anp2', 'pharmacist1', 'physio1', 'lead1', 'manager1', 'practice1', 'admin1',
      ].sort(),
    );
  });

  it('binds practice1 to the first practice and registers every clinician', () => {
    const byName = new Map(DEMO_STAFF.map((s) => [s.username, s]));
    expect(byName.get('practice1')).toMatchObject({ roles: ['practice'], practiceOds: DEMO_PRACTICES[0]!.ods });
    expect(byName.get('anp1')).toMatchObject({ roles: ['anp'], registrationBody: 'NMC' });
    expect(byName.get('anp2')).toMatchObject({ roles: ['anp'], registrationBody: 'NMC' });
    expect(byName.get('pharmacist1')).toMatchObject({ roles: ['pharmacist'], registrationBody: 'GPhC' });
    expect(byName.get('physio1')).toMatchObject({ roles: ['physio'], registrationBody: 'HCPC' });
    expect(byName.get('lead1')).toMatchObject({ roles: ['lead'], registrationBody: 'GMC' });
    for (const s of DEMO_STAFF) {
      if (s.registrationBody) expect(s.registrationNumber).toBeTruthy();
      if (s.username.startsWith('coordinator')) expect(s.roles).toEqual(['coordinator']);
    }
  });
});
