// The settled red-flag rule ids, in the order screening reports them (docs/clinical-safety/red-flags.md).
// Kept apart from the rules so schemas and seed data can name an id without loading the patterns.

export const RED_FLAG_IDS = [
  'chest_pain',
  'breathing_difficulty',
  'stroke_signs',
  'suicide_or_self_harm',
  'heavy_bleeding',
  'anaphylaxis',
  'sepsis_signs',
  'sudden_severe_headache',
  'meningitis_signs',
  'seizure_or_collapse',
  'cauda_equina',
  'baby_fever',
  'sudden_testicular_pain',
  'pregnancy_bleeding_or_pain',
  'sudden_confusion',
  'choking',
  'head_injury_anticoagulant',
  'severe_abdominal_pain',
  'gi_bleeding',
  'overdose_or_poisoning',
  'sudden_vision_loss',
  'urinary_retention',
  'blood_clot',
  'chemo_fever',
  'reduced_fetal_movements',
  'pre_eclampsia',
  'unwell_child',
  'button_battery_or_magnet',
  'safeguarding',
] as const;
export type RedFlagId = (typeof RED_FLAG_IDS)[number];

export const isRedFlagId = (id: string): id is RedFlagId => (RED_FLAG_IDS as readonly string[]).includes(id);
