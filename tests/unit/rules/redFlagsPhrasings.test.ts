// Each red-flag rule fires on lay British English as patients and parents write it, typos included.
import { describe, expect, it } from 'vitest';
import { RED_FLAG_IDS, RED_FLAG_RULES, type RedFlagId, screenRequest } from '../../../shared/rules/redFlags';

const ADULT = { birthDate: '1980-05-01', submittedAt: '2025-03-03T10:00:00Z' };
const BABY = { birthDate: '2025-01-10', submittedAt: '2025-03-03T10:00:00Z' };
const CHILD = { birthDate: '2021-06-01', submittedAt: '2025-03-03T10:00:00Z' };
const who = (id: RedFlagId) => (id === 'baby_fever' ? BABY : id === 'unwell_child' ? CHILD : ADULT);

const PHRASINGS: Record<RedFlagId, string[]> = {
  chest_pain: ['chest pian since this morning', 'feels like an elephant sitting on my chest, pressure across my chest', 'my chest feels tight and heavy'],
  breathing_difficulty: ['cant breath properly', 'really struggling to catch my breath', 'his lips are going blue'],
  stroke_signs: ['her face has gone droopy on one side', "he can't lift his right arm and his words are jumbled"],
  suicide_or_self_harm: ["I don't want to be alive any more", 'thinking about ending it all', 'I want to kill myslef'],
  heavy_bleeding: ["the cut won't stop bleeding", 'blood is pouring out of his leg'],
  anaphylaxis: ['after eating nuts her lips are swollen and she is wheezing', 'he had to use his epipen'],
  sepsis_signs: ['his skin looks mottled', "she hasn't had a wee all day"],
  sudden_severe_headache: ['worst headache ever, came on in seconds', 'sudden excruciating head ache'],
  meningitis_signs: ["she has a rash that doesn't fade when I press a glass on it", 'stiff neck and a fever of 39'],
  seizure_or_collapse: ['my husband collapsed in the garden', 'she had a fit and was shaking all over'],
  cauda_equina: ['bad back and my bum feels numb', "back pain and I can't feel my bottom"],
  baby_fever: ['temp of 38.4', 'she has a temperature'],
  sudden_testicular_pain: ['sudden agony in my balls', 'my testicle suddenly started hurting really badly'],
  pregnancy_bleeding_or_pain: ["I'm 10 weeks pregnant and I've started bleeding", 'pregnant with severe cramping pain'],
  sudden_confusion: ['mum is suddenly very confused and talking nonsense', "he doesn't know where he is"],
  choking: ['my son is choking on a grape', 'food is stuck in her throat'],
  head_injury_anticoagulant: ['banged my head on the cupboard and I take warfarin', 'fell and hit his head, he is on apixaban'],
  severe_abdominal_pain: ['severe stomach pain, doubled over', 'really bad tummy pain that came on suddenly'],
  gi_bleeding: ['been sick and there was blood in it', 'my poo is black and tarry'],
  overdose_or_poisoning: ["I've taken 30 paracetamol", 'took a whole packet of co-codamol', 'my toddler drank some bleach'],
  sudden_vision_loss: ["I suddenly can't see out of my left eye", 'lost the sight in one eye this morning'],
  urinary_retention: ["I can't pee at all", "he hasn't passed urine since yesterday"],
  blood_clot: ['my calf is swollen, red and hot', 'I think I have a DVT'],
  chemo_fever: ["I'm on chemo and have a temperature of 38.1", "I'm on chemo and feel hot and shivery"],
  reduced_fetal_movements: ["the baby hasn't been moving as much today", "I can't feel the baby kicking since last night"],
  pre_eclampsia: ["I'm 34 weeks pregnant with a bad headache and blurred vision", 'pregnant and my face and hands have suddenly gone very swollen'],
  unwell_child: ['my son is really floppy and hard to wake', 'she is grunting with every breath'],
  button_battery_or_magnet: ['I think she swallowed a button battery from the remote', 'he swallowed two magnets'],
  safeguarding: ['my partner hits me when he drinks', "I'm scared to go home"],
};

describe('red-flag rules', () => {
  it('have a label, a severity and an NHS source each', () => {
    for (const rule of RED_FLAG_RULES) {
      expect(rule.label.length).toBeGreaterThan(10);
      expect(['emergency', 'urgent']).toContain(rule.severity);
      expect(rule.source.url).toMatch(/^https:\/\/www\.nhs\.uk\//);
    }
    expect(RED_FLAG_RULES.map((r) => r.id)).toEqual([...RED_FLAG_IDS]);
  });

  it('each have at least two lay phrasings in this file', () => {
    expect(RED_FLAG_IDS.filter((id) => (PHRASINGS[id]?.length ?? 0) < 2)).toEqual([]);
  });

  describe.each(RED_FLAG_IDS.map((id) => [id] as const))('%s', (id) => {
    it.each(PHRASINGS[id])('fires definitely on "%s"', (text) => {
      const hit = screenRequest({ text, ...who(id) }).hits.find((h) => h.ruleId === id);
      expect(hit?.certainty).toBe('definite');
    });
  });
});
