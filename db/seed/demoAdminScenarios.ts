// Administrative requests for the demo hub: about one in three of all online consultations (docs/product.md).
import type { Sex } from '../../shared/schemas/domain';
import type { Scenario } from './demoScenarios';

const ANY: readonly Sex[] = ['female', 'male'];
const ANY_ADULT: readonly Sex[] = ['female', 'male', 'other'];

const admin = (s: Omit<Scenario, 'kind' | 'symptomArea'>): Scenario => ({ ...s, kind: 'admin', symptomArea: 'admin' });

export const ADMIN_SCENARIOS: readonly Scenario[] = [
  admin({
    id: 'fit_note', requestType: 'fit_note', age: { years: [25, 60] }, sexes: ANY_ADULT, demoCount: 2,
    texts: [
      "My fit note runs out at the end of this week and I'm still not well enough to go back to work after my operation. Please could it be extended?",
      "I need a fit note for my employer. I've been off work for ten days and my self-certification period has ended.",
    ],
  }),
  admin({
    id: 'sick_note', requestType: 'sick_note', age: { years: [20, 55] }, sexes: ANY_ADULT, demoCount: 1,
    texts: ['My employer is asking for a sick note for the week I was off with flu last month. Is that something the practice can do?'],
  }),
  admin({
    id: 'test_results', requestType: 'test_results', age: { years: [25, 80] }, sexes: ANY_ADULT, demoCount: 3,
    texts: [
      "I had blood tests last week and haven't heard anything. Could someone let me know the results please?",
      'I dropped off a urine sample at reception a few days ago. Are the results back yet?',
      'I had a scan of my shoulder at the hospital a fortnight ago. Has the report come through to the practice?',
    ],
  }),
  admin({
    id: 'referral_query', requestType: 'referral_letter', age: { years: [30, 75] }, sexes: ANY, demoCount: 2,
    texts: [
      "I was referred to dermatology three months ago and still haven't had an appointment letter. Can you check the referral was sent?",
      "The hospital says they haven't received my referral letter for the ENT clinic. Please could it be sent again?",
    ],
  }),
  admin({
    id: 'change_of_address', requestType: 'change_of_address', age: { years: [20, 70] }, sexes: ANY, demoCount: 2,
    texts: [
      "I've moved to a new flat in the same area. Please update my address and mobile number on my records.",
      "Change of address please: we've moved round the corner, and my children are registered with you too.",
    ],
  }),
  admin({
    id: 'repeat_prescription', requestType: 'repeat_prescription', age: { years: [30, 85] }, sexes: ANY, demoCount: 3,
    texts: [
      "My repeat prescription request on the NHS App says it's been rejected. I haven't changed anything, so can someone tell me why?",
      "Please send my repeat prescriptions to a different pharmacy. I've changed to the one near my work.",
      "Can my inhalers be added to my repeat list so I don't have to ask each time?",
    ],
  }),
  admin({
    id: 'travel_vaccine_letter', requestType: 'travel_vaccines', age: { years: [20, 60] }, sexes: ANY_ADULT, demoCount: 1,
    texts: ["I'm travelling to Kenya in two months. Which vaccinations do I need, and can the practice write a letter listing the ones I've had?"],
  }),
  admin({
    id: 'medical_records', requestType: 'records_copy', age: { years: [20, 60] }, sexes: ANY_ADULT, demoCount: 1,
    texts: ["Could I have a copy of my medical records? I'm applying for a visa and they've asked for them."],
  }),
  admin({
    id: 'school_form', requestType: 'form', age: { years: [6, 12] }, sexes: ANY, demoCount: 1,
    texts: ["{Child}'s school needs a form signed so {his} inhaler can be kept in class. Can the practice fill it in?"],
  }),
  admin({
    id: 'blue_badge_letter', requestType: 'letter', age: { years: [70, 85] }, sexes: ANY, demoCount: 1,
    texts: ["I'm applying for a blue badge and the council have asked for a letter confirming my conditions. Is there a charge for this?"],
  }),
  admin({
    id: 'insurance_form', requestType: 'form', age: { years: [25, 70] }, sexes: ANY_ADULT, demoCount: 1,
    texts: ['I need a form completed for my travel insurance claim after I was ill on holiday. Who should I send it to?'],
  }),
  admin({
    id: 'nhs_app_access', requestType: 'online_access', age: { years: [18, 65] }, sexes: ANY_ADULT, demoCount: 1,
    texts: ["I can't see my test results or records in the NHS App, only my appointments. Can you give me full access please?"],
  }),
  admin({
    id: 'housing_letter', requestType: 'letter', age: { years: [25, 45] }, sexes: ANY, demoCount: 1,
    texts: [
      "The council have asked for a letter about our health for my housing application. We're in a damp flat and my son's asthma has got worse.",
    ],
  }),
];
