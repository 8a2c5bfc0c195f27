// What demo patients write about: the clinical scenario templates behind the seeded hub and the live trickle.
//
// Texts are in the patient's (or a parent's or relative's) own words. Placeholders follow the patient's sex:
// {Child}/{child} "My son"/"my daughter", {Relative}/{relative} "My dad"/"my mum", {He}/{he}, {His}/{his}, {him}.
// Only `redFlag` scenarios may trip red-flag screening; the seed tests screen every text to keep it so.
import type { RedFlagId } from '../../shared/rules/redFlags';
import type { ConsultationKind, Severity, Sex, SymptomArea } from '../../shared/schemas/domain';

export interface Scenario {
  id: string;
  kind: ConsultationKind;
  symptomArea: SymptomArea;
  /** Completed years on the day of submission, inclusive; babies are given in days instead. */
  age: { years: readonly [number, number] } | { days: readonly [number, number] };
  sexes: readonly Sex[];
  texts: readonly string[];
  /** Answered duration, matched by position to `texts` (cycling when there are fewer). */
  durations?: readonly string[];
  severity?: Severity;
  /** Admin requests say what they are for (answers.requestType). */
  requestType?: string;
  /** The rule screening must fire; absent means screening must stay silent. */
  redFlag?: RedFlagId;
  /** How many of this scenario the seeded hub holds. */
  demoCount: number;
}

const ANY: readonly Sex[] = ['female', 'male'];
const ANY_ADULT: readonly Sex[] = ['female', 'male', 'other'];

export const CLINICAL_SCENARIOS: readonly Scenario[] = [
  {
    id: 'baby_fever', kind: 'clinical', symptomArea: 'general', age: { days: [30, 80] }, sexes: ANY,
    texts: [
      '{Child} is only a few weeks old and has felt really hot since this morning. I took {his} temperature and it was 38.3. {He} is feeding less than usual and is sleepier than normal.',
      'My baby has a temperature of 38.5 and has been crying on and off all night. {He} was born just a few weeks ago and has never been ill before.',
    ],
    durations: ['Since this morning', 'Since last night'], severity: 'severe', redFlag: 'baby_fever', demoCount: 1,
  },
  {
    id: 'child_cough', kind: 'clinical', symptomArea: 'respiratory', age: { years: [1, 4] }, sexes: ANY,
    texts: [
      '{Child} has had a runny nose and a cough for five days. {He} is eating and drinking okay and still playing, but the cough keeps {him} up at night.',
      '{Child} has had a cough and a temperature on and off for a few days. Calpol brings it down and {he} is still drinking well. Should {he} be seen?',
    ],
    durations: ['5 days', '3 days'], severity: 'mild', demoCount: 1,
  },
  {
    id: 'child_earache', kind: 'clinical', symptomArea: 'ent', age: { years: [2, 9] }, sexes: ANY,
    texts: [
      '{Child} has been pulling at {his} left ear and crying with earache since yesterday. {He} had a cold last week and has a slight temperature.',
      '{Child} woke up in the night with really bad earache in {his} right ear. Calpol helps a bit but {he} is very miserable today.',
    ],
    durations: ['1 day', 'Since last night'], severity: 'moderate', demoCount: 2,
  },
  {
    id: 'child_sore_throat', kind: 'clinical', symptomArea: 'ent', age: { years: [5, 12] }, sexes: ANY,
    texts: ['{Child} has a sore throat and says it hurts to swallow. {His} tonsils look red and {he} has had a temperature since yesterday.'],
    durations: ['2 days'], severity: 'moderate', demoCount: 1,
  },
  {
    id: 'sore_throat', kind: 'clinical', symptomArea: 'ent', age: { years: [18, 55] }, sexes: ANY_ADULT,
    texts: [
      "I've had a really sore throat for four days and it hurts to swallow. No cough, but my glands are up and I feel run down.",
      "Sore throat and a bit of a temperature for the last three days. I've been taking paracetamol but it isn't getting better and I'm struggling to eat.",
    ],
    durations: ['4 days', '3 days'], severity: 'moderate', demoCount: 2,
  },
  {
    id: 'sinusitis', kind: 'clinical', symptomArea: 'ent', age: { years: [20, 60] }, sexes: ANY,
    texts: [
      "I've had a blocked nose and pain around my cheeks and eyes for over a week since a cold. Bending forward makes it worse and I've lost my sense of smell.",
      "My sinuses are killing me, with pressure across my forehead and cheeks and thick green mucus. It's been about ten days and paracetamol isn't touching it.",
    ],
    durations: ['8 days', '10 days'], severity: 'moderate', demoCount: 2,
  },
  {
    id: 'uti', kind: 'clinical', symptomArea: 'urinary', age: { years: [17, 63] }, sexes: ['female'],
    texts: [
      "Burning when I wee and needing to go all the time since yesterday. I think it's a water infection. I'm not pregnant.",
      'I think I have a urine infection. It stings when I pass urine, I keep needing the toilet and my urine is cloudy and smells strong.',
      "Cystitis I think: burning and going to the loo every half hour since this morning. It's the first one I've had in years.",
    ],
    durations: ['1 day', '2 days', 'Since this morning'], severity: 'moderate', demoCount: 3,
  },
  {
    id: 'uti_age_70', kind: 'clinical', symptomArea: 'urinary', age: { years: [70, 70] }, sexes: ['female'],
    texts: [
      "I'm 70 and I've got that burning feeling when I pass water, and I'm going much more often, mostly at night. I had something similar last year and the practice gave me antibiotics.",
    ],
    durations: ['3 days'], severity: 'moderate', demoCount: 1,
  },
  {
    id: 'male_urinary', kind: 'clinical', symptomArea: 'urinary', age: { years: [58, 72] }, sexes: ['male'],
    texts: [
      "For a few months I've been getting up three or four times a night to wee and the flow is weak. It isn't painful but my wife says I should get it checked.",
    ],
    durations: ['3 months'], severity: 'mild', demoCount: 1,
  },
  {
    id: 'insect_bite', kind: 'clinical', symptomArea: 'skin', age: { years: [14, 60] }, sexes: ANY,
    texts: [
      'I was bitten on my leg two days ago and now the area is red, hot and spreading, about the size of my palm. It is itchy and sore.',
    ],
    durations: ['2 days'], severity: 'moderate', demoCount: 1,
  },
  {
    id: 'impetigo', kind: 'clinical', symptomArea: 'skin', age: { years: [2, 8] }, sexes: ANY,
    texts: [
      "{Child} has crusty golden sores around {his} nose and mouth that started a few days ago. They're spreading and nursery have said {he} can't go back until it's been seen.",
    ],
    durations: ['3 days'], severity: 'mild', demoCount: 1,
  },
  {
    id: 'shingles', kind: 'clinical', symptomArea: 'skin', age: { years: [50, 78] }, sexes: ANY,
    texts: [
      "I've got a painful blistering rash in a band round the right side of my body which came up three days ago. It was burning and tingling for a couple of days before the rash appeared.",
    ],
    durations: ['3 days'], severity: 'moderate', demoCount: 1,
  },
  {
    id: 'back_pain', kind: 'clinical', symptomArea: 'musculoskeletal', age: { years: [28, 60] }, sexes: ANY_ADULT,
    texts: [
      "I hurt my lower back lifting boxes at work last week. It's stiff in the morning and painful when I bend, but I can walk and painkillers take the edge off.",
      "I've had lower back ache on and off for a few months, worse after sitting at my desk all day. Is there any physio I can be referred to?",
    ],
    durations: ['1 week', '3 months'], severity: 'moderate', demoCount: 2,
  },
  {
    id: 'back_pain_saddle_numbness', kind: 'clinical', symptomArea: 'musculoskeletal', age: { years: [35, 55] }, sexes: ANY,
    texts: [
      "I've had bad back pain for a week and since yesterday there's numbness around my bottom and I'm struggling to pee. Both my legs feel heavy.",
    ],
    durations: ['1 week'], severity: 'severe', redFlag: 'cauda_equina', demoCount: 1,
  },
  {
    id: 'knee', kind: 'clinical', symptomArea: 'musculoskeletal', age: { years: [40, 70] }, sexes: ANY,
    texts: ["My right knee has been swollen and painful for three weeks, worse going down stairs. I didn't injure it as far as I know."],
    durations: ['3 weeks'], severity: 'moderate', demoCount: 1,
  },
  {
    id: 'shoulder', kind: 'clinical', symptomArea: 'musculoskeletal', age: { years: [35, 65] }, sexes: ANY,
    texts: [
      "Raising my left arm above shoulder height really hurts and it's been getting worse over the past month. It keeps me awake when I lie on that side.",
    ],
    durations: ['1 month'], severity: 'moderate', demoCount: 1,
  },
  {
    id: 'medication_repeat', kind: 'clinical', symptomArea: 'medication', age: { years: [45, 75] }, sexes: ANY,
    texts: [
      "I've nearly run out of my blood pressure tablets (amlodipine 5mg) and they've disappeared from my repeat list on the NHS App. Can someone check and reissue please?",
    ],
    severity: 'mild', demoCount: 1,
  },
  {
    id: 'medication_side_effects', kind: 'clinical', symptomArea: 'medication', age: { years: [40, 72] }, sexes: ANY,
    texts: ['Since starting the new cholesterol tablet (atorvastatin) three weeks ago my legs ache all the time. Should I keep taking it?'],
    durations: ['3 weeks'], severity: 'mild', demoCount: 1,
  },
  {
    id: 'medication_review', kind: 'clinical', symptomArea: 'medication', age: { years: [68, 86] }, sexes: ANY,
    texts: ["The pharmacist said I'm due a medication review. I take eight different tablets a day and I'm not sure I still need all of them."],
    severity: 'mild', demoCount: 1,
  },
  {
    id: 'low_mood', kind: 'clinical', symptomArea: 'mental_health', age: { years: [19, 45] }, sexes: ANY_ADULT,
    texts: [
      "I've been feeling low and flat for about two months. I'm not sleeping well, I've stopped seeing friends and I'm struggling to concentrate at work. I'd like to talk to someone.",
      "Since my mum died six months ago I can't seem to pick myself up. I cry most days and I'm finding it hard to look after the kids. I don't know where to start.",
    ],
    durations: ['2 months', '6 months'], severity: 'moderate', demoCount: 2,
  },
  {
    id: 'anxiety', kind: 'clinical', symptomArea: 'mental_health', age: { years: [18, 40] }, sexes: ANY_ADULT,
    texts: [
      "My anxiety has got much worse since starting a new job. My heart races, I can't switch off at night and I've had a couple of panic attacks on the Tube.",
    ],
    durations: ['6 weeks'], severity: 'moderate', demoCount: 1,
  },
  {
    id: 'suicidal_thoughts', kind: 'clinical', symptomArea: 'mental_health', age: { years: [20, 40] }, sexes: ANY_ADULT,
    texts: [
      "I've been really low for months and now I keep having thoughts about ending my life. I haven't done anything but it's frightening me and I don't know who to tell.",
    ],
    durations: ['3 months'], severity: 'severe', redFlag: 'suicide_or_self_harm', demoCount: 1,
  },
  {
    id: 'chest_pain', kind: 'clinical', symptomArea: 'cardiovascular', age: { years: [52, 68] }, sexes: ['male'],
    texts: [
      "I've had a tight, heavy pain in the middle of my chest for the last hour that goes into my left arm. I feel sweaty and a bit sick.",
    ],
    durations: ['1 hour'], severity: 'severe', redFlag: 'chest_pain', demoCount: 1,
  },
  {
    id: 'asthma_breathless', kind: 'clinical', symptomArea: 'respiratory', age: { years: [25, 50] }, sexes: ANY,
    texts: ["My asthma has been bad for two days and today I'm struggling to breathe even sitting down. My blue inhaler isn't helping much."],
    durations: ['2 days'], severity: 'severe', redFlag: 'breathing_difficulty', demoCount: 1,
  },
  {
    id: 'stroke_signs', kind: 'clinical', symptomArea: 'neurological', age: { years: [78, 88] }, sexes: ANY,
    texts: [
      "Writing for {relative}: since this morning the left side of {his} face has dropped and {his} speech is slurred. {He} says {he} feels fine but {he} can't grip {his} cup.",
    ],
    durations: ['Since this morning'], severity: 'severe', redFlag: 'stroke_signs', demoCount: 1,
  },
  {
    id: 'older_fall', kind: 'clinical', symptomArea: 'general', age: { years: [82, 94] }, sexes: ANY,
    texts: [
      "{Relative} had a fall in the kitchen yesterday. {He} didn't hit {his} head and got up with help, but {he} has been unsteady on {his} feet for a few weeks and I'm worried it'll happen again.",
    ],
    durations: ['A few weeks'], severity: 'moderate', demoCount: 1,
  },
  {
    id: 'ankle_swelling', kind: 'clinical', symptomArea: 'cardiovascular', age: { years: [80, 90] }, sexes: ANY,
    texts: [
      'Both my ankles have been more swollen than usual for the last fortnight, worse by the evening. I get tired more quickly walking to the shops.',
    ],
    durations: ['2 weeks'], severity: 'moderate', demoCount: 1,
  },
  {
    id: 'memory', kind: 'clinical', symptomArea: 'neurological', age: { years: [80, 92] }, sexes: ANY,
    texts: [
      "{Relative} has been getting more forgetful over the past year, repeating questions, missing appointments and once leaving the gas on. {He} lives alone and we'd like a memory assessment.",
    ],
    durations: ['1 year'], severity: 'mild', demoCount: 1,
  },
  {
    id: 'menopause', kind: 'clinical', symptomArea: 'womens_health', age: { years: [45, 55] }, sexes: ['female'],
    texts: [
      "I've been having hot flushes, night sweats and poor sleep for about six months and my periods are irregular now. I'd like to talk about HRT.",
    ],
    durations: ['6 months'], severity: 'mild', demoCount: 1,
  },
  {
    id: 'pill_review', kind: 'clinical', symptomArea: 'womens_health', age: { years: [18, 35] }, sexes: ['female'],
    texts: [
      "I'm on the combined pill and due my review. My blood pressure was fine when I had it checked at the pharmacy last week. Can my prescription be renewed?",
    ],
    severity: 'mild', demoCount: 1,
  },
  {
    id: 'diarrhoea', kind: 'clinical', symptomArea: 'gastrointestinal', age: { years: [25, 60] }, sexes: ANY_ADULT,
    texts: ["I've had diarrhoea and stomach cramps for three days after a takeaway. I'm keeping fluids down but feel washed out."],
    durations: ['3 days'], severity: 'mild', demoCount: 1,
  },
  {
    id: 'heartburn', kind: 'clinical', symptomArea: 'gastrointestinal', age: { years: [40, 65] }, sexes: ANY,
    texts: ["I've had heartburn most evenings for a couple of months and Gaviscon isn't really helping any more. Could I try something stronger?"],
    durations: ['2 months'], severity: 'mild', demoCount: 1,
  },
  {
    id: 'changing_mole', kind: 'clinical', symptomArea: 'skin', age: { years: [30, 65] }, sexes: ANY,
    texts: ["There's a mole on my shoulder blade that has got bigger and darker over the last few months, and it itches. Could someone look at it?"],
    durations: ['3 months'], severity: 'mild', demoCount: 1,
  },
  {
    id: 'tiredness', kind: 'clinical', symptomArea: 'general', age: { years: [22, 48] }, sexes: ['female'],
    texts: [
      "I've been exhausted for weeks even after a full night's sleep, and I get dizzy when I stand up quickly. My periods are quite heavy. Could I have a blood test to check for anaemia?",
    ],
    durations: ['6 weeks'], severity: 'mild', demoCount: 1,
  },
];
