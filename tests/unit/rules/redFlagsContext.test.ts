// The screen reads each mention in context: what it sets aside says why, doubt leans to a possible flag,
// form answers fire whatever the text says, and evidence points at the patient's own words.
import { describe, expect, it } from 'vitest';
import { screenRedFlags, screenRequest } from '../../../shared/rules/redFlags';
import { screenResultSchema } from '../../../shared/schemas/redFlags';

const ADULT = { birthDate: '1980-05-01', submittedAt: '2025-03-03T10:00:00Z' };
const BABY = { birthDate: '2025-01-10', submittedAt: '2025-03-03T10:00:00Z' };
const screen = (text: string, who = ADULT, answers?: Record<string, unknown>) => screenRequest({ text, answers, ...who });
const hit = (text: string, id: string, who = ADULT) => screen(text, who).hits.find((h) => h.ruleId === id);
const reasonFor = (text: string, id: string) => screen(text).setAside.find((s) => s.ruleId === id)?.reason;

describe('the requests the keyword table got wrong', () => {
  it('fires chest_pain on a tight band round the chest going into the jaw, with sweating and sickness', () => {
    expect(hit("a tight band round my chest going up into my jaw, I'm sweaty and feel sick", 'chest_pain')?.certainty).toBe('definite');
  });

  it('fires baby_fever on a 7-week-old who feels really hot and is off her milk', () => {
    expect(hit('my 7 week old feels really hot and has been off her milk all day', 'baby_fever', BABY)?.certainty).toBe('definite');
  });

  it('fires baby_fever even when the form carries the parent, because the text says 7 weeks old', () => {
    expect(hit('my 7 week old feels really hot and has been off her milk all day', 'baby_fever')?.certainty).toBe('definite');
  });

  it('fires suicide_or_self_harm on "everyone would be better off if I just wasn\'t here any more"', () => {
    expect(screenRedFlags({ text: "everyone would be better off if I just wasn't here any more", ...ADULT })).toEqual(['suicide_or_self_harm']);
  });

  it('stays quiet on a DVLA form for someone seizure-free for two years, and says why', () => {
    const result = screen('seizure-free for two years now, can the doctor fill in my DVLA form');
    expect(result.hits).toEqual([]);
    expect(result.setAside).toEqual([
      { ruleId: 'seizure_or_collapse', evidence: { text: 'seizure', start: 0, end: 7 }, reason: "past: 'seizure-free for'" },
    ]);
  });

  it("stays quiet on a father's death from a brain haemorrhage, as another person's story", () => {
    const result = screen('my dad died of a brain haemorrhage at 60');
    expect(result.hits).toEqual([]);
    expect(result.setAside[0]?.reason).toBe("other person: 'my dad'");
  });
});

describe('context sets a mention aside and records the reason', () => {
  it.each([
    ['negated', 'no chest pain today, just a cough', 'chest_pain', "negated: 'no'"],
    ['negated after the mention', 'chest pain was ruled out at A&E', 'chest_pain', "negated: 'was ruled out'"],
    ['past', 'I had a seizure in 2019', 'seizure_or_collapse', "past: 'in 2019'"],
    ['past, years ago', 'collapsed at work five years ago, all fine since', 'seizure_or_collapse', "past: 'five years ago'"],
    ['family history', 'there is a family history of heart attack', 'chest_pain', "other person: 'family history of'"],
    ['another person', 'my mum passed away after a stroke', 'stroke_signs', "other person: 'my mum'"],
    ["someone else's history", 'my dad had a DVT at 50', 'blood_clot', "other person: 'my dad'"],
    ['past, a state that ended', 'I was pregnant last year and had some spotting', 'pregnancy_bleeding_or_pain', "past: 'last year'"],
    ['general question', 'can stress cause chest pain?', 'chest_pain', "question: 'can stress cause'"],
    ['hypothetical', "what should I do if he gets a rash that doesn't fade", 'meningitis_signs', "hypothetical: 'if'"],
    ['idiom', "I'm dying to get my results back", 'suicide_or_self_harm', "idiom: 'I'm dying to'"],
    ['idiom', 'the bill nearly gave me a heart attack', 'chest_pain', "idiom: 'nearly gave me a heart attack'"],
    ['resolved', 'nosebleed was bleeding heavily but it stopped by itself', 'heavy_bleeding', "resolved: 'stopped by itself'"],
  ])('%s: "%s"', (_kind, text, id, reason) => {
    expect(screen(text).hits.filter((h) => h.ruleId === id)).toEqual([]);
    expect(reasonFor(text, id)).toBe(reason);
  });

  it('keeps a denial to its own clause', () => {
    expect(screenRedFlags({ text: 'no fever, but crushing chest pain', ...ADULT })).toEqual(['chest_pain']);
    expect(screenRedFlags({ text: "haven't slept, chest pain all night", ...ADULT })).toEqual(['chest_pain']);
  });

  it('treats a relative written for as the patient ("Writing for my mum")', () => {
    expect(screenRedFlags({ text: 'Writing for my mum: since this morning her face has dropped', ...ADULT })).toEqual(['stroke_signs']);
  });

  it('keeps stroke signs that went away, since NHS advice is 999 even then (TIA)', () => {
    expect(hit('his face drooped for ten minutes but it went back to normal', 'stroke_signs')?.certainty).toBe('definite');
  });

  it('does not count a bleed as resolved when it came back', () => {
    expect(hit('bleeding heavily, it stopped but then came back', 'heavy_bleeding')?.certainty).toBe('definite');
  });
});

describe('possible flags: what the screen cannot settle is kept, not dropped', () => {
  it('a baby under 3 months who feels hot, without a number', () => {
    expect(hit('my baby feels hot', 'baby_fever', BABY)).toMatchObject({ certainty: 'possible', severity: 'urgent' });
    expect(screenRedFlags({ text: 'my baby feels hot', ...BABY })).toEqual([]);
  });

  it('a past marker in an otherwise current story', () => {
    expect(hit('I collapsed a few weeks ago', 'seizure_or_collapse')?.certainty).toBe('possible');
    expect(hit('I had chest pain years ago and now it is back', 'chest_pain')?.certainty).toBe('possible');
  });

  it("a question about the patient's own symptom", () => {
    expect(hit('should I be worried that I have chest pain?', 'chest_pain')?.certainty).toBe('possible');
  });

  it('a hypothetical about harming oneself, which tells of the feeling; other hypotheticals stay set aside', () => {
    expect(hit('If I feel like harming myself again who do I call', 'suicide_or_self_harm')?.certainty).toBe('possible');
    expect(hit('what should I do if he has a seizure', 'seizure_or_collapse')).toBeUndefined();
  });

  it('a friend rather than the patient', () => {
    expect(hit('my friend collapsed at work', 'seizure_or_collapse')?.certainty).toBe('possible');
  });

  it('a temperature below 38 °C says nothing; 38 °C or 100.4 °F is a fever', () => {
    expect(hit('she has a temperature of 37.6', 'baby_fever', BABY)).toBeUndefined();
    expect(hit('temp was 38', 'baby_fever', BABY)?.certainty).toBe('definite');
    expect(hit('temp 100.4F', 'baby_fever', BABY)?.certainty).toBe('definite');
  });

  it('a couple of tablets is a dose, thirty is an overdose', () => {
    expect(hit("I've taken 2 paracetamol for my headache", 'overdose_or_poisoning')).toBeUndefined();
    expect(hit('she took thirty tablets', 'overdose_or_poisoning')?.certainty).toBe('definite');
  });
});

describe('recent dates', () => {
  it('date when a lasting state began, not that it is over: pregnant since a positive test last week', () => {
    expect(hit('positive test last week and now spotting', 'pregnancy_bleeding_or_pain')?.certainty).toBe('definite');
  });

  it('date the birth, not the swollen leg, in the weeks after having a baby', () => {
    expect(hit('I had my baby 2 weeks ago and my leg is swollen', 'blood_clot')?.certainty).toBe('definite');
  });

  it('stop at a "today" that gives the mention its own time', () => {
    expect(hit('I had a seizure 2 weeks ago and today I collapsed', 'seizure_or_collapse')?.certainty).toBe('definite');
    expect(hit('I had a seizure a few weeks ago', 'seizure_or_collapse')?.certainty).toBe('possible');
  });
});

describe('structured answers', () => {
  it('a yes fires the rule whatever the text says', () => {
    const result = screen('no chest pain', ADULT, { chestPainNow: true });
    expect(result.hits).toEqual([{ ruleId: 'chest_pain', severity: 'emergency', certainty: 'definite', evidence: { answer: 'chestPainNow' } }]);
  });

  it('a no says nothing', () => {
    expect(screen('please call me', ADULT, { thoughtsOfSelfHarm: false }).hits).toEqual([]);
  });

  it('a temperature answer of 38 °C fires baby_fever only under 3 months', () => {
    expect(screen('not feeding well', BABY, { temperatureC: 38 }).hits.map((h) => h.ruleId)).toContain('baby_fever');
    expect(screen('not feeding well', ADULT, { temperatureC: 38 }).hits).toEqual([]);
  });

  it('a head injury with blood thinners needs both answers', () => {
    expect(screen('fell over', ADULT, { headInjury: true, onBloodThinners: true }).hits[0]?.evidence).toEqual({ answer: 'headInjury + onBloodThinners' });
    expect(screen('fell over', ADULT, { headInjury: true }).hits).toEqual([]);
  });

  it('words in a string answer are screened and say which field they came from', () => {
    const result = screen('please call me', ADULT, { details: "can't catch my breath" });
    expect(result.hits[0]?.evidence).toEqual({ text: "can't catch my breath", start: 0, end: 21, field: 'details' });
  });
});

describe('evidence', () => {
  it('points at the matched words in the text as written', () => {
    const text = 'Hello.\nMy Son’s LIPS are going BLUE and he is floppy';
    const result = screenRequest({ text, birthDate: '2021-06-01', submittedAt: '2025-03-03T10:00:00Z' });
    for (const h of result.hits) {
      if (!('start' in h.evidence)) throw new Error('expected text evidence');
      expect(text.slice(h.evidence.start, h.evidence.end)).toBe(h.evidence.text);
    }
    expect(result.hits.find((h) => h.ruleId === 'breathing_difficulty')?.evidence).toMatchObject({ text: 'LIPS are going BLUE' });
    expect(screenResultSchema.parse(result)).toEqual(result);
  });
});

describe('baby under 3 months, by age on the London day of submission', () => {
  const text = 'my baby has a temperature of 38.5';
  const bornOn = '2025-01-10';
  it('fires at 12 weeks old', () => {
    expect(screenRedFlags({ text, birthDate: bornOn, submittedAt: '2025-04-04T10:00:00Z' })).toEqual(['baby_fever']);
  });
  it('does not fire at 13 weeks old (3 calendar months)', () => {
    expect(screenRedFlags({ text, birthDate: bornOn, submittedAt: '2025-04-11T10:00:00Z' })).toEqual([]);
  });
  it('takes the London day: 23:30 UTC on 9 April is already 10 April, 3 months old', () => {
    expect(screenRedFlags({ text, birthDate: bornOn, submittedAt: '2025-04-09T22:30:00Z' })).toEqual(['baby_fever']);
    expect(screenRedFlags({ text, birthDate: bornOn, submittedAt: '2025-04-09T23:30:00Z' })).toEqual([]);
  });
  it('reads the text as under 3 months: "12 weeks old" fires, "13 weeks old" does not', () => {
    const parent = { birthDate: '1990-01-01', submittedAt: '2025-03-03T10:00:00Z' };
    expect(screenRedFlags({ text: 'my 12 week old has a temperature of 38.5', ...parent })).toEqual(['baby_fever']);
    expect(screenRedFlags({ text: 'my 13 week old has a temperature of 38.5', ...parent })).toEqual([]);
  });
});
