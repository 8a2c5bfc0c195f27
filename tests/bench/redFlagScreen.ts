// `npx tsx tests/bench/redFlagScreen.ts`: how long screening one 2,000-character request takes
// (p50/p95 over varied requests, after warm-up). Target: p95 well under 2 ms (docs/clinical-safety/red-flags.md).
import { performance } from 'node:perf_hooks';
import { screenRequest } from '../../shared/rules/redFlags';

const PIECES = [
  "I've had a cough for a week and now a tight band round my chest going up into my jaw.",
  'No fever, but I feel sweaty and sick. My dad died of a heart attack at 60.',
  'My 7 week old feels really hot and has been off her milk all day.',
  'Seizure-free for two years now, can the doctor fill in my DVLA form?',
  'Repeat prescription for my inhaler please, and could someone call me about my blood test results.',
  "I don't want to be here any more and I can't cope, everyone would be better off without me.",
  'Back pain for three weeks, worse when I bend, painkillers help a bit.',
  'She has a rash on her legs that does not fade under a glass and a temperature of 38.9.',
];

function request(seed: number): string {
  let text = '';
  for (let i = seed; text.length < 2000; i += 3) text += PIECES[i % PIECES.length] + ' ';
  return text.slice(0, 2000);
}

const RUNS = Number(process.env.RED_FLAG_BENCH_RUNS ?? 2000);
const who = { birthDate: '2025-01-10', submittedAt: '2025-03-03T10:00:00Z', answers: { details: 'since this morning' } };
const inputs = Array.from({ length: 50 }, (_, i) => ({ text: request(i), ...who }));

for (let i = 0; i < 200; i++) screenRequest(inputs[i % inputs.length]!);
const times: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  screenRequest(inputs[i % inputs.length]!);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
const p95 = at(0.95);
console.log(`red-flag screen, 2,000-character requests, ${RUNS} runs: p50 ${at(0.5).toFixed(3)} ms, p95 ${p95.toFixed(3)} ms, max ${times.at(-1)!.toFixed(3)} ms`);
console.log(p95 < 2 ? 'PASS: p95 under 2 ms' : 'FAIL: p95 is 2 ms or more');
