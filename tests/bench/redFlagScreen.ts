// Figure R1: how long the red-flag screen takes over one 2,000-character request, in process, after
// warm-up. The requests are long lay messages built deterministically from sentences as patients write
// them: current symptoms (some red flags, most not), history, denials, family, medicines, questions.
import { performance } from 'node:perf_hooks';
import { screenRequest } from '../../shared/rules/redFlags';
import { Samples, summarize, type Summary } from './stats';

/** Sentences of the kinds a long request mixes; each request takes them in its own order. */
const SENTENCES = [
  // current, not red flags
  "I've had a cough for about ten days now, it's worse at night and I'm bringing up some green phlegm.",
  'My knee has been swollen and stiff since I twisted it at football on Saturday, I can walk on it but stairs hurt.',
  'Burning when I wee and going more often than usual since yesterday, no blood that I can see.',
  'I feel tired all the time and my periods have been heavier than usual for the last few months.',
  "My son is 6 and has had ear ache since Sunday night, he keeps pulling at his ear but he's eating and drinking.",
  'The rash on my arm is itchy and red and has spread a little over the week, antihistamines help a bit.',
  // current red flags
  'Since this morning I have a tight band round my chest that goes into my left arm and I feel sweaty and sick.',
  "My 7 week old feels really hot and has been off her milk all day, she's very sleepy.",
  "I don't want to be here any more and I can't cope, everyone would be better off without me.",
  'She has a rash on her legs that does not fade under a glass and a temperature of 38.9.',
  // history
  'I had a DVT in my left leg in 2019 and was on rivaroxaban for six months.',
  'Seizure-free for two years now, the neurologist said I can think about driving again.',
  'I had an ectopic pregnancy two years ago and the surgery went fine.',
  'As a teenager I self harmed for a while but I have been well for a long time.',
  // negation
  'No chest pain and not short of breath, just this cough that will not shift.',
  "I haven't had any thoughts of harming myself, I'm just feeling low and would like to talk to someone.",
  'No blood in my poo or sick, no fever, just the diarrhoea for three days, keeping fluids down.',
  // family, medicines, questions, admin
  'My dad died of a heart attack at 60 and my mum had a stroke at 72, so I worry about my blood pressure.',
  'I take amlodipine 5 mg, atorvastatin 20 mg and my inhaler twice a day, and I am allergic to penicillin.',
  'Is it normal to feel breathless walking up stairs after a chest infection? What should I do if it gets worse?',
  'Could I also have a repeat of my blood pressure tablets and a fit note for work for last week please?',
  "This cough is killing me and I'm dying for a proper night's sleep, any advice would be great.",
];

/** A deterministic lay request of exactly `length` characters, its sentence order set by `seed`. */
export function longRequest(seed: number, length = 2000): string {
  let text = '';
  // A step coprime with the list's length visits every sentence before repeating.
  for (let i = 0; text.length < length; i++) text += SENTENCES[(seed + i * 5) % SENTENCES.length] + ' ';
  return text.slice(0, length);
}

export interface ScreenLatencyResult {
  latency: Summary;
  /** This process's CPU time per call: the screen's own work, without the time other processes took the core. */
  cpu: Summary;
  chars: number;
  /** Distinct requests screened in turn. */
  variants: number;
  /** Definite and possible hits per request, on average: the screen had work to do. */
  hitsPerRequest: number;
}

/** Screens `runs` requests one by one after `warmup` more, timing each call. */
export function measureScreenLatency(options: { runs: number; warmup: number; variants?: number }): ScreenLatencyResult {
  const variants = options.variants ?? 64;
  // A baby's record, so the age-bound rules run too; a string answer is screened as well as the text.
  const who = { birthDate: '2026-10-01', submittedAt: '2026-11-24T10:00:00Z', answers: { details: 'since this morning, getting worse' } };
  const inputs = Array.from({ length: variants }, (_, i) => ({ text: longRequest(i), ...who }));
  for (let i = 0; i < options.warmup; i++) screenRequest(inputs[i % variants]!);
  const samples = new Samples();
  const cpu = new Samples();
  let hits = 0;
  for (let i = 0; i < options.runs; i++) {
    const input = inputs[i % variants]!;
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const result = screenRequest(input);
    samples.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
    hits += result.hits.length;
  }
  return { latency: summarize(samples.values()), cpu: summarize(cpu.values()), chars: inputs[0]!.text.length, variants, hitsPerRequest: hits / Math.max(1, options.runs) };
}
