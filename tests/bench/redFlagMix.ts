// The red-flag screen alone over R2's mix of requests (intakeScreens.ts), against the keyword screen:
// where the screen's share of an admission goes, without the database. Not a figure; a tool for working
// on R2 (docs/benchmarks.md). `npx tsx tests/bench/redFlagMix.ts [--profile] [rounds]`.
import { screenRequest, type ScreenInput } from '../../shared/rules/redFlags';
import { intakeRequest } from './intakeScreens';
import { legacyScreenRequest } from './legacyKeywordScreen';
import { profileWork } from './profile';

const MIX = 400;

export function r2Inputs(count = MIX): ScreenInput[] {
  return Array.from({ length: count }, (_, n) => {
    const r = intakeRequest(n);
    return { text: r.text, answers: r.answers, birthDate: r.patient.birthDate, submittedAt: r.submittedAt };
  });
}

/** CPU microseconds per request of one screen over the mix, best of `rounds`. */
export function cpuPerRequest(screen: typeof screenRequest, inputs: ScreenInput[], rounds: number): number {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const start = process.cpuUsage();
    for (const input of inputs) screen(input);
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / inputs.length);
  }
  return best;
}

async function main() {
  const args = process.argv.slice(2);
  const rounds = Number(args.find((a) => /^\d+$/.test(a)) ?? 30);
  const inputs = r2Inputs();
  cpuPerRequest(screenRequest, inputs, 5);
  cpuPerRequest(legacyScreenRequest, inputs, 5);
  const screen = cpuPerRequest(screenRequest, inputs, rounds);
  const legacy = cpuPerRequest(legacyScreenRequest, inputs, rounds);
  const short = inputs.filter((i) => i.text.length < 500);
  const shortScreen = cpuPerRequest(screenRequest, short, rounds);
  console.log(`screen ${screen.toFixed(1)} µs/request, keyword ${legacy.toFixed(1)} µs (best of ${rounds} over ${inputs.length}); everyday only: ${shortScreen.toFixed(1)} µs`);
  if (args.includes('--profile')) {
    const { totalMs, functions } = await profileWork(() => {
      for (let r = 0; r < 20; r++) for (const input of inputs) screenRequest(input);
    }, 50);
    console.log(`profile ${totalMs.toFixed(0)} ms`);
    for (const f of functions.slice(0, 45)) console.log(`${f.inclusiveMs.toFixed(1).padStart(8)} ${f.selfMs.toFixed(1).padStart(8)}  ${f.name} ${f.where}`);
    const bySelf = [...functions].sort((a, b) => b.selfMs - a.selfMs).slice(0, 25);
    console.log('--- self');
    for (const f of bySelf) console.log(`${f.selfMs.toFixed(1).padStart(8)}  ${f.name} ${f.where}`);
  }
}

if (process.argv[1]?.endsWith('redFlagMix.ts')) void main();
