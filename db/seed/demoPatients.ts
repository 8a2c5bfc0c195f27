// Plainly synthetic demo patients: invented surnames, 999 test-range NHS numbers, Ofcom drama phone numbers.
import { isValidNhsNumber } from '../../shared/nhsNumber';
import { londonDateOf } from '../../shared/rules/age';
import type { Patient } from '../../shared/schemas/intake';
import type { Sex } from '../../shared/schemas/domain';
import type { Scenario } from './demoScenarios';

export type Random = () => number;

/** mulberry32: a tiny, fast PRNG, so a seed always builds the same demo hub. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export const intBetween = (rng: Random, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
export const pick = <T>(rng: Random, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

/** A 999-prefixed NHS number (the test range, never issued to a person) with a valid modulus-11 check digit. */
export function testRangeNhsNumber(rng: Random): string {
  for (;;) {
    let body = '999';
    for (let i = 0; i < 6; i++) body += String(Math.floor(rng() * 10));
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += Number(body[i]) * (10 - i);
    const check = 11 - (sum % 11);
    if (check === 10) continue; // no valid check digit exists for this body
    const nhsNumber = body + String(check === 11 ? 0 : check);
    if (!isValidNhsNumber(nhsNumber)) throw new Error(`generated an invalid NHS number ${nhsNumber}`);
    return nhsNumber;
  }
}

const GIVEN_NAMES: Record<'female' | 'male', { young: readonly string[]; older: readonly string[] }> = {
  female: {
    young: ['Amara', 'Priya', 'Zainab', 'Chloe', 'Aaliyah', 'Maja', 'Siobhan', 'Mei', 'Fatima', 'Isla', 'Nia', 'Leah', 'Ayesha', 'Olivia'],
    older: ['Margaret', 'Patricia', 'Kamala', 'Gloria', 'Brenda', 'Shirley', 'Nasreen', 'Maureen', 'Dorothy', 'Hyacinth'],
  },
  male: {
    young: ['Kwame', 'Tomasz', 'Yusuf', 'Callum', 'Arjun', 'Mateo', 'Kofi', 'Ethan', 'Ibrahim', 'Noah', 'Rhys', 'Daniel', 'Wei', 'Reuben'],
    older: ['Derek', 'Winston', 'Harbans', 'Kenneth', 'Desmond', 'Stanley', 'Rashid', 'Brian', 'Geoffrey', 'Clifford'],
  },
};
const NEUTRAL_NAMES = ['Alex', 'Sam', 'Jordan', 'Robin', 'Charlie', 'Ash', 'Rowan', 'Jesse'];

/** Invented surnames, so no demo patient can be mistaken for a real one. */
const FAMILY_NAMES = [
  'Alderquist', 'Bramblecote', 'Cindervale', 'Dunmarrow', 'Elderwick', 'Farthingdale', 'Glimmerton', 'Hollowbeck',
  'Inkerslade', 'Juniperley', 'Kettlewold', 'Larkhollow', 'Mossgrave', 'Nettlefold', 'Oakenvale', 'Pebbleworth',
  'Quarrendon', 'Rookfeather', 'Saltmarsh-Obi', 'Thistlecombe', 'Umberleigh-Khan', 'Vetchley', 'Willowmere', 'Yarrowby',
  'Ashcombe-Mensah', 'Brindlewood', 'Copperfold', 'Dappleton', 'Emberly-Shah', 'Foxenden',
];

/** The calendar day `days` after year-month-day (before, when negative), as YYYY-MM-DD. */
function shiftDays(year: number, month: number, day: number, days: number): string {
  return new Date(Date.UTC(year, month - 1, day) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A birth date giving exactly the chosen age on the London day of submission. */
function birthDateFor(age: Scenario['age'], submittedAt: Date, rng: Random): string {
  const [y, m, d] = londonDateOf(submittedAt).split('-').map(Number) as [number, number, number];
  if ('days' in age) return shiftDays(y, m, d, -intBetween(rng, age.days[0], age.days[1]));
  const years = intBetween(rng, age.years[0], age.years[1]);
  // Between one and 361 days after the day (years + 1) ago: the last birthday has passed, the next has not.
  return shiftDays(y - years - 1, m, d, intBetween(rng, 1, 361));
}

/** 'other' is allowed only where a scenario lists it, and then is drawn rarely, as in a real population. */
function pickSex(sexes: readonly Sex[], rng: Random): Sex {
  const usual = sexes.filter((s) => s !== 'other');
  if (usual.length === 0) return pick(rng, sexes);
  return sexes.includes('other') && rng() < 0.04 ? 'other' : pick(rng, usual);
}

const emailPart = (name: string) => name.toLowerCase().replace(/[^a-z]/g, '');

/** A fresh synthetic patient who fits the scenario's sex and age on the day of submission. */
export function demoPatient(scenario: Scenario, submittedAt: Date, rng: Random, taken?: Set<string>): Patient {
  const sex = pickSex(scenario.sexes, rng);
  const birthDate = birthDateFor(scenario.age, submittedAt, rng);
  const olderGeneration = Number(londonDateOf(submittedAt).slice(0, 4)) - Number(birthDate.slice(0, 4)) >= 60;
  const givenName =
    sex === 'female' || sex === 'male' ? pick(rng, GIVEN_NAMES[sex][olderGeneration ? 'older' : 'young']) : pick(rng, NEUTRAL_NAMES);
  const familyName = pick(rng, FAMILY_NAMES);

  let nhsNumber = testRangeNhsNumber(rng);
  while (taken?.has(nhsNumber)) nhsNumber = testRangeNhsNumber(rng);
  taken?.add(nhsNumber);

  const line = String(intBetween(rng, 0, 999)).padStart(3, '0');
  const hasEmail = rng() < 0.75;
  const email = `${emailPart(givenName)}.${emailPart(familyName)}${intBetween(rng, 1, 99)}@example.com`;
  const preferredContact = hasEmail ? pick(rng, ['phone', 'sms', 'email', 'app'] as const) : pick(rng, ['phone', 'sms'] as const);
  // A few patients without email give only a landline (Ofcom's drama range too): no message can reach them, so the
  // demo shows the "patient could not be told" task (docs/messaging.md). Decided from values already drawn, so the
  // rest of the seeded demo stays as it was.
  const landlineOnly = !hasEmail && Number(line) % 7 === 0;
  const phone = landlineOnly ? `0113 496 0${line}` : `07700 900${line}`;

  return { nhsNumber, givenName, familyName, birthDate, sex, phone, ...(hasEmail ? { email } : {}), preferredContact: landlineOnly ? 'phone' : preferredContact };
}

const PRONOUNS: Record<'female' | 'male', Record<string, string>> = {
  female: { Child: 'My daughter', child: 'my daughter', Relative: 'My mum', relative: 'my mum', He: 'She', he: 'she', His: 'Her', his: 'her', him: 'her' },
  male: { Child: 'My son', child: 'my son', Relative: 'My dad', relative: 'my dad', He: 'He', he: 'he', His: 'His', his: 'his', him: 'him' },
};

/** Fills a scenario text's placeholders for the patient's sex; third-person texts only have female or male patients. */
export function fillText(text: string, sex: Sex): string {
  const words = PRONOUNS[sex === 'female' ? 'female' : 'male'];
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => words[key] ?? whole);
}
