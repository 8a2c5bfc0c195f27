// Pharmacy First eligibility: age and sex on the day of submission, exclusion questions, in-person pharmacies.
import { describe, expect, it } from 'vitest';
import { PHARMACY_FIRST_CONDITIONS, type PharmacyFirstCondition, type Sex } from '../../../shared/schemas/domain';
import {
  checkPharmacyFirst,
  eligibleConditions,
  EXCLUSION_QUESTIONS,
  type ExclusionAnswers,
  PHARMACY_FIRST_RULES,
} from '../../../shared/rules/pharmacyFirst';

const IN_PERSON = { ods: 'FA123', distanceSelling: false };
/** The answers that keep each condition eligible, so a test varies one thing at a time. */
const CLEAR: ExclusionAnswers = { pregnant: false, recurrentUti: false, catheter: false, rashWithin7Days: true };

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
    expect(check('shingles', ...adult, { exclusions: { rashWithin7Days: true } })).toEqual({ ok: true });
  });

  it('refuses a rash older than 7 days', () => {
    expect(check('shingles', ...adult, { exclusions: { rashWithin7Days: false } })).toEqual(
      refusal('shingles needs a rash that appeared within the last 7 days'),
    );
  });

  it('refuses until the rash question is answered', () => {
    expect(check('shingles', ...adult, { exclusions: {} }).ok).toBe(false);
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
  it('are asked for UTI and shingles only', () => {
    const asked = Object.fromEntries(PHARMACY_FIRST_CONDITIONS.map((c) => [c, EXCLUSION_QUESTIONS[c].map((q) => q.id)]));
    expect(asked).toEqual({
      sinusitis: [],
      sore_throat: [],
      otitis_media: [],
      insect_bite: [],
      impetigo: [],
      shingles: ['rashWithin7Days'],
      uti: ['pregnant', 'recurrentUti', 'catheter'],
    });
  });

  it('label recurrent UTI with its definition', () => {
    expect(EXCLUSION_QUESTIONS.uti.find((q) => q.id === 'recurrentUti')?.label).toContain('2 in 6 months or 3 in 12 months');
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
