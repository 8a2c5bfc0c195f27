// Pharmacy First eligibility: age and sex on the day of submission, exclusion questions, in-person pharmacies.
import { describe, expect, it } from 'vitest';
import { PHARMACY_FIRST_CONDITIONS, type PharmacyFirstCondition, type Sex } from '../../../shared/schemas/domain';
import {
  checkPharmacyFirst,
  eligibleConditions,
  EXCLUSION_QUESTIONS,
  type ExclusionAnswers,
  exclusionQuestionsFor,
  PHARMACY_FIRST_RULES,
  PHARMACY_FIRST_SPEC,
} from '../../../shared/rules/pharmacyFirst';

const IN_PERSON = { ods: 'FA123', distanceSelling: false };
/** The answers that keep each condition eligible, so a test varies one thing at a time. */
const CLEAR: ExclusionAnswers = {
  pregnant: false,
  recurrentUti: false,
  catheter: false,
  rashWithin7Days: true,
  immunosuppressed: false,
  sinusitisOver12Weeks: false,
  // Counts include the current episode: 1 is this one alone.
  otitisEpisodes6Months: 1,
  otitisEpisodes12Months: 1,
  bullousImpetigo: false,
  impetigoEpisodes12Months: 1,
  tickBite: false,
  animalOrHumanBite: false,
  biteAcquiredAbroad: false,
  severelyImmunosuppressed: false,
};

function check(
  condition: PharmacyFirstCondition,
  birthDate: string,
  submittedAt: string,
  opts: { sex?: Sex; exclusions?: ExclusionAnswers; pharmacy?: { ods: string; distanceSelling: boolean } | null } = {},
) {
  return checkPharmacyFirst({
    condition,
    patient: { birthDate, sex: opts.sex ?? 'female' },
    submittedAt,
    exclusions: opts.exclusions ?? CLEAR,
    pharmacy: opts.pharmacy === null ? undefined : (opts.pharmacy ?? IN_PERSON),
  });
}

const refusal = (label: string) => ({
  ok: false,
  code: 'PHARMACY_FIRST_NOT_ELIGIBLE',
  message: `Not eligible for Pharmacy First: ${label}`,
});

// Submissions at 10:00 London time; each birthday lands on the day after the "day before" submission.
describe.each([
  ['sinusitis', 12],
  ['sore_throat', 5],
  ['otitis_media', 1],
  ['insect_bite', 1],
  ['impetigo', 1],
  ['shingles', 18],
  ['uti', 16],
] as const)('%s minimum age %i', (condition, minAge) => {
  const birthDate = `${2025 - minAge}-03-04`;
  const label = PHARMACY_FIRST_RULES[condition].label;

  it(`refuses on the day before the patient turns ${minAge}`, () => {
    expect(check(condition, birthDate, '2025-03-03T10:00:00Z')).toEqual(refusal(label));
  });

  it(`allows on the patient's ${ordinal(minAge)} birthday`, () => {
    expect(check(condition, birthDate, '2025-03-04T10:00:00Z')).toEqual({ ok: true });
  });
});

describe.each([
  ['otitis_media', 17],
  ['uti', 64],
] as const)('%s maximum age %i', (condition, maxAge) => {
  const birthDate = `${2025 - (maxAge + 1)}-03-04`;
  const label = PHARMACY_FIRST_RULES[condition].label;

  it(`allows on the day before the patient turns ${maxAge + 1}`, () => {
    expect(check(condition, birthDate, '2025-03-03T10:00:00Z')).toEqual({ ok: true });
  });

  it(`refuses from the patient's ${ordinal(maxAge + 1)} birthday`, () => {
    expect(check(condition, birthDate, '2025-03-04T10:00:00Z')).toEqual(refusal(label));
  });
});

describe('age on the day of submission', () => {
  it('refuses sinusitis for a request made at 11, although the patient is 15 today', () => {
    expect(check('sinusitis', '2010-06-01', '2022-05-31T10:00:00+01:00')).toEqual(refusal('acute sinusitis: aged 12 and over'));
  });

  it('counts the London day: 23:30 UTC on 31 May is the 12th birthday in BST', () => {
    expect(check('sinusitis', '2013-06-01', '2025-05-31T23:30:00Z')).toEqual({ ok: true });
  });

  it('counts the London day: 23:30 UTC on 3 March is still the day before in GMT', () => {
    expect(check('sinusitis', '2013-03-04', '2025-03-03T23:30:00Z').ok).toBe(false);
  });
});

describe('uncomplicated UTI', () => {
  const adultWoman = ['1990-01-01', '2025-03-03T10:00:00Z'] as const;

  it('allows a woman of 30 who answered every exclusion question', () => {
    expect(check('uti', ...adultWoman)).toEqual({ ok: true });
  });

  it.each(['male', 'other', 'unknown'] as const)('refuses Pharmacy First UTI pathway for sex %s', (sex) => {
    expect(check('uti', ...adultWoman, { sex })).toEqual(refusal('uncomplicated UTI: women aged 16 to 64'));
  });

  it('refuses Pharmacy First UTI pathway for a man', () => {
    expect(check('uti', ...adultWoman, { sex: 'male' }).ok).toBe(false);
  });

  it('refuses in pregnancy', () => {
    expect(check('uti', ...adultWoman, { exclusions: { ...CLEAR, pregnant: true } })).toEqual(
      refusal('uncomplicated UTI excludes pregnancy'),
    );
  });

  it('refuses recurrent UTI (2 in 6 months or 3 in 12 months)', () => {
    expect(check('uti', ...adultWoman, { exclusions: { ...CLEAR, recurrentUti: true } })).toEqual(
      refusal('uncomplicated UTI excludes recurrent UTI (2 in 6 months or 3 in 12 months)'),
    );
  });

  it('refuses a patient with a urinary catheter', () => {
    expect(check('uti', ...adultWoman, { exclusions: { ...CLEAR, catheter: true } })).toEqual(
      refusal('uncomplicated UTI excludes a urinary catheter'),
    );
  });

  it.each(['pregnant', 'recurrentUti', 'catheter'] as const)('refuses until the %s question is answered', (id) => {
    const exclusions = { ...CLEAR };
    delete exclusions[id];
    const verdict = check('uti', ...adultWoman, { exclusions });
    expect(verdict).toMatchObject({ ok: false, code: 'PHARMACY_FIRST_NOT_ELIGIBLE' });
    expect(!verdict.ok && verdict.message).toContain('uncomplicated UTI: women aged 16 to 64');
    expect(!verdict.ok && verdict.message).toContain('must be answered');
  });
});

describe('shingles', () => {
  const adult = ['1970-01-01', '2025-03-03T10:00:00Z'] as const;

  it('allows a rash that appeared within 7 days', () => {
    expect(check('shingles', ...adult, { exclusions: { pregnant: false, rashWithin7Days: true } })).toEqual({ ok: true });
  });

  it('refuses a rash older than 7 days', () => {
    expect(check('shingles', ...adult, { exclusions: { pregnant: false, rashWithin7Days: false } })).toEqual(
      refusal('shingles needs a rash that appeared within the last 7 days'),
    );
  });

  it('refuses until the rash question is answered', () => {
    expect(check('shingles', ...adult, { exclusions: { pregnant: false } }).ok).toBe(false);
  });
});

describe('acute otitis media', () => {
  const child = ['2019-01-01', '2025-03-03T10:00:00Z'] as const;

  it('allows a pharmacy that examines in person', () => {
    expect(check('otitis_media', ...child)).toEqual({ ok: true });
  });

  it('refuses a distance-selling pharmacy', () => {
    expect(check('otitis_media', ...child, { pharmacy: { ods: 'FX999', distanceSelling: true } })).toEqual(
      refusal('acute otitis media needs a pharmacy that examines in person, not a distance-selling pharmacy'),
    );
  });

  it('refuses before a pharmacy is chosen', () => {
    expect(check('otitis_media', ...child, { pharmacy: null }).ok).toBe(false);
  });

  it('does not mind a distance-selling pharmacy for sore throat', () => {
    expect(check('sore_throat', ...child, { pharmacy: { ods: 'FX999', distanceSelling: true } })).toEqual({ ok: true });
  });
});

describe('exclusion questions', () => {
  it('may be asked, by pathway', () => {
    const asked = Object.fromEntries(PHARMACY_FIRST_CONDITIONS.map((c) => [c, EXCLUSION_QUESTIONS[c].map((q) => q.id)]));
    expect(asked).toEqual({
      sinusitis: ['pregnant', 'immunosuppressed', 'sinusitisOver12Weeks'],
      sore_throat: ['pregnant'],
      otitis_media: ['pregnant', 'otitisEpisodes6Months', 'otitisEpisodes12Months'],
      insect_bite: ['pregnant', 'tickBite', 'animalOrHumanBite', 'biteAcquiredAbroad', 'severelyImmunosuppressed'],
      impetigo: ['pregnant', 'bullousImpetigo', 'impetigoEpisodes12Months'],
      shingles: ['pregnant', 'rashWithin7Days'],
      uti: ['pregnant', 'recurrentUti', 'catheter'],
    });
  });

  it('label recurrent UTI with its definition', () => {
    expect(EXCLUSION_QUESTIONS.uti.find((q) => q.id === 'recurrentUti')?.label).toContain('2 in 6 months or 3 in 12 months');
  });

  const ON = '2025-03-03T10:00:00Z';
  const askedOf = (condition: PharmacyFirstCondition, birthDate: string, sex: Sex) =>
    exclusionQuestionsFor(condition, { patient: { birthDate, sex }, submittedAt: ON }).map((q) => q.id);

  it.each(['sinusitis', 'sore_throat', 'otitis_media', 'insect_bite', 'impetigo'] as const)(
    'asks a girl of 15 about pregnancy for %s, but not a woman of 16',
    (condition) => {
      expect(askedOf(condition, '2010-03-04', 'female')).toContain('pregnant');
      expect(askedOf(condition, '2009-03-03', 'female')).not.toContain('pregnant');
    },
  );

  it('asks about pregnancy under 16 from 12, not of an 11-year-old with a sore throat', () => {
    expect(askedOf('sore_throat', '2013-03-03', 'female')).toContain('pregnant');
    expect(askedOf('sore_throat', '2013-03-04', 'female')).toEqual([]);
  });

  it('asks a patient recorded as other or unknown about pregnancy, but not one recorded as male', () => {
    expect(askedOf('impetigo', '2011-01-01', 'other')).toContain('pregnant');
    expect(askedOf('impetigo', '2011-01-01', 'unknown')).toContain('pregnant');
    expect(askedOf('impetigo', '2011-01-01', 'male')).not.toContain('pregnant');
    expect(askedOf('shingles', '1970-01-01', 'male')).toEqual(['rashWithin7Days']);
  });

  it('asks a woman of 70 with shingles about pregnancy: it excludes shingles at any age', () => {
    expect(askedOf('shingles', '1955-01-01', 'female')).toEqual(['pregnant', 'rashWithin7Days']);
  });
});

describe('pathway specification', () => {
  it('names the NHS England pathways and the version the table follows', () => {
    expect(PHARMACY_FIRST_SPEC).toEqual({ name: 'NHS England Pharmacy First clinical pathways', version: '2.5', published: '2025-07-23' });
  });
});

const GIRL_14 = '2010-06-01';
const WOMAN_30 = '1995-01-01';
type Case = readonly [PharmacyFirstCondition, keyof ExclusionAnswers, boolean | number, string, string];
// [pathway, question, an answer that excludes, the rule's label, the patient's birth date (female)]
const EXCLUSIONS: readonly Case[] = [
  ['sinusitis', 'pregnant', true, 'pregnancy under 16', GIRL_14],
  ['sinusitis', 'immunosuppressed', true, 'immunosuppression', WOMAN_30],
  ['sinusitis', 'sinusitisOver12Weeks', true, 'sinus symptoms for over 12 weeks (chronic sinusitis)', WOMAN_30],
  ['sore_throat', 'pregnant', true, 'pregnancy under 16', GIRL_14],
  ['otitis_media', 'pregnant', true, 'pregnancy under 16', GIRL_14],
  ['otitis_media', 'otitisEpisodes6Months', 3, 'recurrent otitis media (3 or more episodes in 6 months, or 4 or more in 12 months)', GIRL_14],
  ['otitis_media', 'otitisEpisodes12Months', 4, 'recurrent otitis media (3 or more episodes in 6 months, or 4 or more in 12 months)', GIRL_14],
  ['insect_bite', 'pregnant', true, 'pregnancy under 16', GIRL_14],
  ['insect_bite', 'tickBite', true, 'a tick bite', WOMAN_30],
  ['insect_bite', 'animalOrHumanBite', true, 'an animal or human bite', WOMAN_30],
  ['insect_bite', 'biteAcquiredAbroad', true, 'a bite or sting acquired abroad', WOMAN_30],
  ['insect_bite', 'severelyImmunosuppressed', true, 'severe immunosuppression', WOMAN_30],
  ['impetigo', 'pregnant', true, 'pregnancy under 16', GIRL_14],
  ['impetigo', 'bullousImpetigo', true, 'bullous impetigo', WOMAN_30],
  ['impetigo', 'impetigoEpisodes12Months', 2, 'recurrent impetigo (2 or more episodes in a year)', WOMAN_30],
  ['shingles', 'pregnant', true, 'pregnancy', WOMAN_30],
];

describe.each(EXCLUSIONS)('%s excludes on %s', (condition, id, excluding, label, birthDate) => {
  const on = '2025-03-03T10:00:00Z';
  const name = PHARMACY_FIRST_RULES[condition].conditionName;

  it(`refuses when the answer is ${String(excluding)}, naming ${label}`, () => {
    expect(check(condition, birthDate, on, { exclusions: { ...CLEAR, [id]: excluding } })).toEqual(refusal(`${name} excludes ${label}`));
  });

  it('allows the answer that keeps the patient eligible', () => {
    expect(check(condition, birthDate, on, { exclusions: { ...CLEAR, [id]: CLEAR[id] } })).toEqual({ ok: true });
  });

  it('refuses until the question is answered', () => {
    const exclusions = { ...CLEAR };
    delete exclusions[id];
    const verdict = check(condition, birthDate, on, { exclusions });
    expect(verdict).toMatchObject({ ok: false, code: 'PHARMACY_FIRST_NOT_ELIGIBLE' });
    expect(!verdict.ok && verdict.message).toContain(`${PHARMACY_FIRST_RULES[condition].label}: the question "`);
    expect(!verdict.ok && verdict.message).toContain('must be answered first');
  });
});

describe('pregnancy under 16', () => {
  const pregnant = { ...CLEAR, pregnant: true };
  const turns16 = '2009-03-04';

  it('refuses sinusitis for a pregnant girl on the day before her 16th birthday', () => {
    expect(check('sinusitis', turns16, '2025-03-03T10:00:00Z', { exclusions: pregnant })).toEqual(
      refusal('acute sinusitis excludes pregnancy under 16'),
    );
  });

  it('does not exclude sinusitis for a pregnant woman from her 16th birthday, nor ask', () => {
    expect(check('sinusitis', turns16, '2025-03-04T10:00:00Z', { exclusions: pregnant })).toEqual({ ok: true });
    const { pregnant: _unasked, ...rest } = CLEAR;
    expect(check('sinusitis', turns16, '2025-03-04T10:00:00Z', { exclusions: rest })).toEqual({ ok: true });
  });

  it('does not need the question answered for a boy of 14', () => {
    const { pregnant: _unasked, ...rest } = CLEAR;
    expect(check('sore_throat', GIRL_14, '2025-03-03T10:00:00Z', { sex: 'male', exclusions: rest })).toEqual({ ok: true });
  });
});

describe('recurrence counts at their thresholds', () => {
  const on = '2025-03-03T10:00:00Z';
  const otitis = (six: number, twelve: number) =>
    check('otitis_media', GIRL_14, on, { exclusions: { ...CLEAR, otitisEpisodes6Months: six, otitisEpisodes12Months: twelve } });
  const RECURRENT_OTITIS = refusal('acute otitis media excludes recurrent otitis media (3 or more episodes in 6 months, or 4 or more in 12 months)');

  it('allows 2 ear infections in 6 months and refuses 3', () => {
    expect(otitis(2, 2)).toEqual({ ok: true });
    expect(otitis(3, 3)).toEqual(RECURRENT_OTITIS);
  });

  it('allows 3 ear infections in 12 months and refuses 4', () => {
    expect(otitis(1, 3)).toEqual({ ok: true });
    expect(otitis(1, 4)).toEqual(RECURRENT_OTITIS);
  });

  it('allows 1 episode of impetigo in a year (this one) and refuses 2', () => {
    const impetigo = (n: number) => check('impetigo', WOMAN_30, on, { exclusions: { ...CLEAR, impetigoEpisodes12Months: n } });
    expect(impetigo(1)).toEqual({ ok: true });
    expect(impetigo(2)).toEqual(refusal('impetigo excludes recurrent impetigo (2 or more episodes in a year)'));
  });
});

describe('eligibleConditions', () => {
  const on = '2025-03-03T10:00:00Z';
  const eligible = (birthDate: string, sex: Sex) => eligibleConditions({ patient: { birthDate, sex }, submittedAt: on });

  it('lists everything but otitis media for a woman of 30', () => {
    expect(eligible('1995-01-01', 'female')).toEqual(['sinusitis', 'sore_throat', 'insect_bite', 'impetigo', 'shingles', 'uti']);
  });

  it('leaves out UTI for a man of 30', () => {
    expect(eligible('1995-01-01', 'male')).toEqual(['sinusitis', 'sore_throat', 'insect_bite', 'impetigo', 'shingles']);
  });

  it('lists otitis media, bites and impetigo for a child of 3', () => {
    expect(eligible('2021-06-01', 'male')).toEqual(['otitis_media', 'insect_bite', 'impetigo']);
  });

  it('lists nothing for a baby of 6 months', () => {
    expect(eligible('2024-09-01', 'female')).toEqual([]);
  });

  it('leaves out UTI for a woman of 65', () => {
    expect(eligible('1960-01-01', 'female')).not.toContain('uti');
  });
});

function ordinal(n: number): string {
  const suffix = n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th';
  return `${n}${suffix}`;
}
