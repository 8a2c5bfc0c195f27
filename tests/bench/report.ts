// Prints the bench's findings: one line per figure with its target and PASS/FAIL, then details.
import type { MachineInfo } from './machine';
import type { Summary } from './stats';

export interface Figure {
  /** Short name, e.g. "GET /api/queue p95 (10,000 open)". */
  name: string;
  target: string;
  measured: string;
  /** undefined for an informational figure with no target. */
  pass?: boolean;
  /** CPU steal over the figure's measurement (startStealMeter): a figure read against it. */
  steal?: number;
}

const percent = (share: number) => `${(share * 100).toFixed(0)}%`;
const ms = (v: number) => (Number.isFinite(v) ? `${v < 10 ? v.toFixed(2) : v.toFixed(1)} ms` : 'n/a');

export const fmt = {
  ms,
  summary: (s: Summary) => `p50 ${ms(s.p50)} · p95 ${ms(s.p95)} · p99 ${ms(s.p99)} · max ${ms(s.max)} (n=${s.n})`,
  mb: (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`,
  rate: (perSecond: number) => `${perSecond.toFixed(0)} ops/s`,
  ratio: (r: number) => `${r.toFixed(2)}×`,
  /** A share from startStealMeter (machine.ts). */
  steal: (share: number | undefined) => (share === undefined ? 'steal not measured' : `steal ${percent(share)}`),
};

export function section(title: string): void {
  console.log(`\n== ${title} ${'='.repeat(Math.max(0, 72 - title.length))}`);
}

export function detail(line: string): void {
  console.log(`   ${line}`);
}

export function printMachine(m: MachineInfo): void {
  section('Machine');
  detail(`CPU       ${m.cpu} × ${m.cores} cores`);
  detail(`memory    ${m.memoryGiB} GiB`);
  detail(`Node      ${m.node} (${m.platform})`);
  detail(`load avg  ${m.loadAverage.join(' / ')} (1/5/15 min, at start)`);
}

export function printFigures(figures: Figure[]): void {
  section('Summary');
  const w = {
    name: Math.max(...figures.map((f) => f.name.length), 6),
    target: Math.max(...figures.map((f) => f.target.length), 6),
    measured: Math.max(...figures.map((f) => f.measured.length), 8),
  };
  const row = (a: string, b: string, c: string, d: string, e: string) =>
    `   ${a.padEnd(w.name)}  ${b.padEnd(w.target)}  ${c.padEnd(w.measured)}  ${d.padStart(5)}  ${e}`;
  console.log(row('figure', 'target', 'measured', 'steal', 'result'));
  console.log(row('-'.repeat(w.name), '-'.repeat(w.target), '-'.repeat(w.measured), '-----', '------'));
  for (const f of figures) console.log(row(f.name, f.target, f.measured, f.steal === undefined ? '' : percent(f.steal), f.pass === undefined ? 'info' : f.pass ? 'PASS' : 'FAIL  <<<'));
  detail('steal: the share of the machine\'s CPU time the hypervisor gave other guests while the figure was measured.');
  const failed = figures.filter((f) => f.pass === false);
  console.log(failed.length ? `\n   ${failed.length} target(s) missed: ${failed.map((f) => f.name).join('; ')}` : '\n   All targets met.');
}

/** The disk probe's fdatasync latencies over the same window: a stall here stalls every commit. */
export function printDisk(s: Summary): void {
  detail(`disk alone (4 KiB write + fdatasync every 20 ms, same window): ${fmt.summary(s)}`);
}
