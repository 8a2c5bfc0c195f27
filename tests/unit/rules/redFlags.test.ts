// Red-flag screening: realistic phrasing fires, everyday requests stay quiet, denials are respected.
import { describe, expect, it } from 'vitest';
import { RED_FLAG_IDS, RED_FLAG_RULES, type RedFlagId, screenRedFlags } from '../../../shared/rules/redFlags';

const ADULT = { birthDate: '1980-05-01', submittedAt: '2025-03-03T10:00:00Z' };
const screen = (text: string, answers?: Record<string, unknown>) => screenRedFlags({ text, answers, ...ADULT });

const FIRES: [RedFlagId, string][] = [
  ['chest_pain', 'crushing pain in my chest going down my left arm'],
  ['chest_pain', 'I have had chest pain since this morning'],
  ['chest_pain', 'tightness across my chest when I walk'],
  ['chest_pain', 'I think I might be having a heart attack'],
  ['breathing_difficulty', "I can't catch my breath"],
  ['breathing_difficulty', 'struggling to breathe since last night'],
  ['breathing_difficulty', 'very short of breath even sitting down'],
  ['breathing_difficulty', 'my son’s lips look blue'],
  ['stroke_signs', 'my face has dropped on one side'],
  ['stroke_signs', 'her speech is slurred and she seems confused'],
  ['stroke_signs', "Dad can't lift his left arm since breakfast"],
  ['stroke_signs', 'sudden weakness down one side'],
  ['suicide_or_self_harm', "I don't want to be here anymore"],
  ['suicide_or_self_harm', "I've been thinking of ending it all"],
  ['suicide_or_self_harm', 'having suicidal thoughts'],
  ['suicide_or_self_harm', 'I keep wanting to hurt myself'],
  ['suicide_or_self_harm', 'everyone would be better off without me'],
  ['heavy_bleeding', "the cut on my hand won't stop bleeding"],
  // Vomiting blood is now its own rule, gi_bleeding (NHS: A&E), rather than heavy bleeding.
  ['gi_bleeding', 'I was vomiting blood this morning'],
  ['heavy_bleeding', 'coughing up blood since last night'],
  ['heavy_bleeding', 'heavy bleeding after my operation'],
  ['anaphylaxis', 'my lips and tongue are swollen and I am struggling to breathe'],
  ['anaphylaxis', 'after the peanut my throat is closing up'],
  ['anaphylaxis', 'allergic reaction, wheezing and hives'],
  ['sepsis_signs', 'his skin looks mottled and he is shivering uncontrollably'],
  ['sepsis_signs', 'high fever and very confused'],
  ['sepsis_signs', "she hasn't passed urine all day"],
  ['sudden_severe_headache', 'worst headache of my life came on suddenly'],
  ['sudden_severe_headache', 'a thunderclap headache an hour ago'],
  ['sudden_severe_headache', 'the headache started all of a sudden, like being hit'],
  ['meningitis_signs', "rash that doesn't fade under a glass"],
  ['meningitis_signs', 'a stiff neck and a high temperature'],
  ['meningitis_signs', 'purple spots on her legs'],
  ['seizure_or_collapse', 'my son had a fit this morning'],
  ['seizure_or_collapse', 'he collapsed in the kitchen'],
  ['seizure_or_collapse', 'I passed out at work yesterday'],
  ['seizure_or_collapse', 'my daughter is fitting'],
  ['cauda_equina', 'lower back pain and numbness around my bottom'],
  ['cauda_equina', "back pain and I've wet myself twice"],
  ['cauda_equina', 'sciatica, and new problems with my bladder'],
  ['baby_fever', 'my baby has a temperature of 38.2'],
  ['sudden_testicular_pain', 'sudden pain in my left testicle'],
  ['sudden_testicular_pain', 'testicle pain that started suddenly an hour ago'],
  ['pregnancy_bleeding_or_pain', "I'm 8 weeks pregnant and bleeding"],
  ['pregnancy_bleeding_or_pain', 'pregnant with severe tummy pain'],
];

// The baby rule needs a patient under 3 months old on the day of submission.
const BABY = { birthDate: '2025-01-10', submittedAt: '2025-03-03T10:00:00Z' };
const who = (id: RedFlagId) => (id === 'baby_fever' ? BABY : ADULT);

const BENIGN = [
  'chest infection last month now better',
  'ongoing back pain for 3 weeks',
  'headache on and off',
  'repeat prescription for my inhaler',
  'sore throat',
  'fit note',
  'I need a fit note for work',
  'I have a fit note from the hospital and need it extended',
  'blood test results',
  'period pain',
  'heavy periods for a few months',
  'I cut myself shaving',
  'I hurt myself playing football last week',
  'my seizure medication needs a review',
  'feeling sick with a temperature',
  'hay fever is bad this year',
  'back pain with sciatica down my leg',
  'pregnancy test was negative',
  'I am 30 weeks pregnant and need a repeat prescription',
  'runny nose and cough',
  'acne on my face',
  'keep fit class hurt my knee',
  'a coil fitting appointment',
  'itchy rash on my arm for weeks',
  'I would like a medication review',
];

describe('red-flag rules', () => {
  it('have snake_case ids and a human sentence each', () => {
    for (const rule of RED_FLAG_RULES) {
      expect(rule.id).toMatch(/^[a-z]+(?:_[a-z]+)*$/);
      expect(rule.label.length).toBeGreaterThan(5);
    }
    expect(RED_FLAG_RULES.map((r) => r.id)).toEqual([...RED_FLAG_IDS]);
  });

  // Every rule firing on two lay phrasings of its own is checked in redFlagsPhrasings.test.ts.
});

describe('screenRedFlags', () => {
  it.each(FIRES)('fires %s on "%s"', (id, text) => {
    expect(screenRedFlags({ text, ...who(id) })).toContain(id);
  });

  it.each(BENIGN)('fires nothing on "%s"', (text) => {
    expect(screen(text)).toEqual([]);
  });

  it.each(['no chest pain', 'denies chest pain', 'I have not had any chest pain', "I don't have chest pain"])(
    'ignores a denied mention: "%s"',
    (text) => {
      expect(screen(text)).toEqual([]);
    },
  );

  it('ignores a list of denials: "no chest pain or shortness of breath"', () => {
    expect(screen('no chest pain or shortness of breath')).toEqual([]);
  });

  it('does not carry a denial into the next clause', () => {
    expect(screen('no fever, but crushing chest pain')).toEqual(['chest_pain']);
    expect(screen("I'm not sure but I think it is chest pain")).toEqual(['chest_pain']);
    expect(screen("I'm not suicidal but I don't want to be here anymore")).toEqual(['suicide_or_self_harm']);
  });

  it('is case-insensitive and reads curly apostrophes', () => {
    expect(screen('CRUSHING CHEST PAIN')).toEqual(['chest_pain']);
    expect(screen('I can’t breathe')).toEqual(['breathing_difficulty']);
  });

  it('matches whole words only', () => {
    expect(screen('I am an artist who fits kitchens')).toEqual([]);
  });

  it('screens string answers as well as the free text', () => {
    expect(screen('please call me', { symptomArea: 'respiratory', details: "can't catch my breath" })).toEqual([
      'breathing_difficulty',
    ]);
  });

  it('reads a yes/no answer by its key, and a no says nothing', () => {
    expect(screen('please call me', { chestPain: true })).toEqual(['chest_pain']);
    expect(screen('please call me', { chestPain: false })).toEqual([]);
  });

  it('reports every rule that fired, in the table order', () => {
    const text = 'I collapsed, now chest pain and I cannot breathe';
    expect(screen(text)).toEqual(['chest_pain', 'breathing_difficulty', 'seizure_or_collapse']);
  });

  describe('baby under 3 months with fever', () => {
    const text = 'my baby has a temperature';

    it('fires for a baby 2 months old on the day of submission', () => {
      expect(screenRedFlags({ text, birthDate: '2025-01-10', submittedAt: '2025-03-09T10:00:00Z' })).toEqual([
        'baby_fever',
      ]);
    });

    it('does not fire from the day the baby turns 3 months', () => {
      expect(screenRedFlags({ text, birthDate: '2025-01-10', submittedAt: '2025-04-10T10:00:00Z' })).toEqual([]);
    });

    it('does not fire for an adult with a temperature', () => {
      expect(screen(text)).toEqual([]);
    });

    it('reads a temperature given as a number in the answers', () => {
      expect(screenRedFlags({ text: 'not feeding well', answers: { temperature: 38.4 }, ...BABY })).toEqual([
        'baby_fever',
      ]);
    });

    it('does not fire when the fever is denied', () => {
      expect(screenRedFlags({ text: 'baby has a cold, no fever', ...BABY })).toEqual([]);
    });
  });
});
