// Decision support: best-first suggestions that name their rule, and never propose a refused route.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRoute } from '../../../shared/rules/destinations';
import { EXCLUSION_QUESTION_TABLE, type ExclusionId } from '../../../shared/rules/pharmacyFirst';
import { RED_FLAG_IDS } from '../../../shared/rules/redFlags';
import { type Suggestion, SUGGESTION_RULES, suggestDestinations, type SuggestionInput } from '../../../shared/rules/suggestions';
import { type HandoffBody, handoffBodySchema } from '../../../shared/schemas/handoff';
import { SEXES, SYMPTOM_AREAS } from '../../../shared/schemas/domain';

const ON = '2025-03-03T10:00:00Z';
const WOMAN_30 = { birthDate: '1995-01-01', sex: 'female' } as const;
const MAN_30 = { birthDate: '1995-01-01', sex: 'male' } as const;

function suggest(text: string, opts: Partial<SuggestionInput> = {}) {
  return suggestDestinations({ kind: 'clinical', redFlags: [], text, patient: WOMAN_30, submittedAt: ON, ...opts });
}
const first = (s: Suggestion[]) => s[0];
const destinations = (s: Suggestion[]) => s.map((x) => (x.condition ?? x.pathway ? `${x.destination}:${x.condition ?? x.pathway}` : x.destination));

describe('suggestDestinations', () => {
  it('offers a red-flagged request to the duty clinician first, naming the flag', () => {
    const s = suggest('crushing chest pain', { redFlags: ['chest_pain'] });
    expect(destinations(s)).toEqual(['duty_clinician']);
    expect(first(s)).toMatchObject({ ruleId: 'red_flag_to_duty_clinician' });
    expect(first(s)?.because).toContain('Chest pain');
    expect(first(s)?.because).toContain('999');
  });

  it('adds urgent advice for a clinician looking at a red flag', () => {
    const s = suggest('crushing chest pain', { redFlags: ['chest_pain'], actorRoles: ['anp'] });
    expect(destinations(s)).toEqual(['duty_clinician', 'urgent']);
  });

  it('never suggests a pharmacy for a red-flagged urinary request', () => {
    const s = suggest('cystitis and now bleeding', { redFlags: ['heavy_bleeding'], answers: { symptomArea: 'urinary' } });
    expect(destinations(s)).toEqual(['duty_clinician']);
  });

  it('sends an administrative request to the practice admin team', () => {
    expect(destinations(suggest('I need a fit note for work', { kind: 'admin' }))).toEqual(['practice_admin']);
  });

  it('suggests the Pharmacy First UTI pathway for a woman of 30 with urinary symptoms', () => {
    const s = suggest('burning when I pee', { answers: { symptomArea: 'urinary' } });
    expect(first(s)).toMatchObject({ destination: 'pharmacy_first', condition: 'uti', ruleId: 'uti_to_pharmacy_first' });
    expect(first(s)?.because).toContain('women aged 16 to 64');
    expect(destinations(s)).toContain('anp');
  });

  it('does not suggest Pharmacy First UTI for a man', () => {
    expect(destinations(suggest('burning when I pee', { patient: MAN_30, answers: { symptomArea: 'urinary' } }))).toEqual(['anp']);
  });

  it('does not suggest Pharmacy First UTI when the form says she is pregnant', () => {
    expect(destinations(suggest('water infection', { answers: { symptomArea: 'urinary', pregnant: true } }))).toEqual(['anp']);
  });

  it('suggests Pharmacy First sore throat from the age of 5, not before', () => {
    const ent = { answers: { symptomArea: 'ent' } };
    expect(first(suggest('sore throat', { ...ent, patient: { birthDate: '2020-03-03', sex: 'male' } }))).toMatchObject({ condition: 'sore_throat' });
    expect(destinations(suggest('sore throat', { ...ent, patient: { birthDate: '2020-03-04', sex: 'male' } }))).toEqual(['anp']);
  });

  it('suggests Pharmacy First sinusitis for sinus pain at 12 and over', () => {
    expect(first(suggest('sinus pain for 10 days'))).toMatchObject({ condition: 'sinusitis' });
  });

  it('suggests Pharmacy First otitis media for a child of 6 with ear pain, but not for an adult', () => {
    expect(first(suggest('earache since yesterday', { patient: { birthDate: '2019-01-01', sex: 'female' } }))).toMatchObject({
      condition: 'otitis_media',
    });
    expect(destinations(suggest('earache since yesterday'))).toEqual(['anp']);
  });

  it.each([
    ['an infected insect bite', 'insect_bite'],
    ['impetigo on my chin', 'impetigo'],
    ['I think I have shingles', 'shingles'],
  ] as const)('suggests Pharmacy First for "%s"', (text, condition) => {
    expect(first(suggest(text, { answers: { symptomArea: 'skin' } }))).toMatchObject({ destination: 'pharmacy_first', condition });
  });

  it('does not suggest Pharmacy First shingles at 17', () => {
    expect(destinations(suggest('shingles', { patient: { birthDate: '2008-01-01', sex: 'male' } }))).toEqual(['anp']);
  });

  it('suggests the physio team and MSK self-referral for a musculoskeletal problem', () => {
    expect(destinations(suggest('ongoing back pain for 3 weeks', { answers: { symptomArea: 'musculoskeletal' } }))).toEqual([
      'physio',
      'self_referral:msk_physio',
    ]);
  });

  it('suggests the clinical pharmacist for a medication query', () => {
    expect(destinations(suggest('question about my tablets', { answers: { symptomArea: 'medication' } }))).toEqual(['pharmacist']);
  });

  it('suggests the ANP team and NHS Talking Therapies for low mood without red flags', () => {
    expect(destinations(suggest('feeling low and anxious', { answers: { symptomArea: 'mental_health' } }))).toEqual([
      'anp',
      'self_referral:talking_therapies',
    ]);
  });

  it('suggests the ANP team when no other rule fits', () => {
    expect(suggest('tired all the time')).toEqual([
      { destination: 'anp', ruleId: 'default_to_anp', because: SUGGESTION_RULES.default_to_anp },
    ]);
  });

  it('names a known rule and gives a reason for every suggestion', () => {
    for (const s of suggest('sore throat and sinus pain, question about my medication', { answers: { symptomArea: 'musculoskeletal' } })) {
      expect(Object.keys(SUGGESTION_RULES)).toContain(s.ruleId);
      expect(s.because.length).toBeGreaterThan(10);
    }
  });
});

describe('suggestions and routing agree', () => {
  const TEXTS = [
    'sore throat',
    'sinus pain',
    'earache',
    'burning when I pee',
    'infected insect bite',
    'impetigo',
    'shingles rash',
    'back pain',
    'question about my medication',
    'feeling low',
    'I need a fit note',
    'crushing chest pain',
    'tired all the time',
  ];

  const QUESTIONS = Object.values(EXCLUSION_QUESTION_TABLE);

  /** The details a panel would send for a suggestion, with the favourable exclusion answers it then asks for. */
  function detailsFor(s: Suggestion, answers: Record<string, unknown>): HandoffBody {
    // A count of 1 is the current episode only, below every recurrence threshold.
    const favourable = Object.fromEntries(QUESTIONS.map((q) => [q.id, q.kind === 'yesNo' ? q.eligibleAnswer : 1]));
    const given = Object.fromEntries(QUESTIONS.flatMap((q) => (q.id in answers ? [[q.id, answers[q.id]]] : [])));
    return handoffBodySchema.parse({
      destination: s.destination,
      reason: { code: 'protocol_match' },
      expectedVersion: 1,
      condition: s.condition,
      pathway: s.pathway,
      pharmacyOds: 'FA123',
      exclusions: { ...favourable, ...given },
      safetyNetting: 'Call 111 or the practice if anything gets worse.',
    });
  }

  it('never suggests to a coordinator a route that checkRoute refuses', () => {
    const arbitraryInput = fc.record({
      kind: fc.constantFrom('clinical' as const, 'admin' as const),
      redFlags: fc.subarray([...RED_FLAG_IDS], { maxLength: 2 }),
      text: fc.constantFrom(...TEXTS),
      birthDate: fc.date({ min: new Date('1920-01-01'), max: new Date('2025-03-03'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      sex: fc.constantFrom(...SEXES),
      symptomArea: fc.option(fc.constantFrom(...SYMPTOM_AREAS), { nil: undefined }),
      // Intake answers that happen to answer exclusion questions, yes/no or as episode counts.
      exclusions: fc.record(
        Object.fromEntries(QUESTIONS.map((q) => [q.id, q.kind === 'yesNo' ? fc.boolean() : fc.integer({ min: 0, max: 6 })])) as Record<
          ExclusionId,
          fc.Arbitrary<boolean | number>
        >,
        { requiredKeys: [] },
      ),
    });
    fc.assert(
      fc.property(arbitraryInput, (x) => {
        const answers = { ...(x.symptomArea ? { symptomArea: x.symptomArea } : {}), ...x.exclusions };
        const patient = { birthDate: x.birthDate, sex: x.sex };
        const suggestions = suggestDestinations({ kind: x.kind, redFlags: x.redFlags, text: x.text, answers, patient, submittedAt: ON });
        expect(suggestions.length).toBeGreaterThan(0);
        for (const s of suggestions) {
          const verdict = checkRoute({
            actorRoles: ['coordinator'],
            destination: s.destination,
            consultation: { kind: x.kind, redFlags: x.redFlags, patient, submittedAt: ON },
            details: detailsFor(s, answers),
            pharmacy: { ods: 'FA123', distanceSelling: false },
          });
          expect(verdict, `${s.ruleId} → ${s.destination}`).toEqual({ ok: true });
        }
      }),
      { numRuns: 500 },
    );
  });
});
