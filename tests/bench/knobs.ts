// The bench's knobs: every environment variable it reads, with its default and meaning, in one
// table that both run.ts and `npm run bench -- --help` read, so the help cannot leave one out.
const NUMBERS = {
  BENCH_OPEN_REQUESTS: [10_000, 'open requests seeded for figures 1, 2 and 4'],
  BENCH_CLIENTS: [1_000, 'connected workstations per server (figure 2)'],
  BENCH_RATE: [10, 'changes (claims and releases) per second during the fan-out (figure 2)'],
  BENCH_FANOUT_SECONDS: [20, 'measured seconds of change traffic per server (figure 2)'],
  BENCH_COMMAND_PAIRS: [2_000, 'claim+release pairs per side (figure 3)'],
  BENCH_QUEUE_RUNS: [50, 'measured GET /api/queue requests, after 10 of warm-up (figure 1)'],
  BENCH_CYCLES: [1_200, 'hand-off cycles per side, in process (H1)'],
  BENCH_CYCLE_REQUESTS: [30_000, 'queued requests seeded for H2 and H3 (each cycle uses one)'],
  BENCH_CYCLE_WORKERS: [12, 'closed-loop client workers (H2)'],
  BENCH_CYCLE_SECONDS: [10, 'measured seconds (H2), after BENCH_CYCLE_WARMUP_SECONDS and 2 s more'],
  BENCH_CYCLE_WARMUP_SECONDS: [15, 'seconds of the same load before H2, printed in 3-s windows'],
  BENCH_PACED_RATE: [100, 'cycles per second, open loop (H3)'],
  BENCH_PACED_SECONDS: [15, 'measured seconds (H3), after 2 s of warm-up'],
  BENCH_LIABILITY_RUNS: [200, 'measured lookups of each kind, after 20 of warm-up (H4)'],
  BENCH_SCREEN_RUNS: [5_000, 'measured red-flag screenings of a 2,000-character request, after 500 of warm-up (R1)'],
  BENCH_INTAKE_REQUESTS: [4_000, 'measured admissions per screen, after 300 of warm-up each (R2)'],
  BENCH_MESSAGE_ROUNDS: [3, 'alternating rounds without and with the dispatcher sending (M1, M2)'],
  BENCH_MESSAGE_SECONDS: [5, 'seconds per round (M1, M2)'],
  BENCH_MESSAGE_WORKERS: [8, 'coordinators claiming and releasing during the rounds (M1, M2)'],
  BENCH_MESSAGE_COMMAND_RATE: [40, 'their commands per second in all, paced (M1, M2)'],
  BENCH_MESSAGE_CONCURRENCY: [32, 'messages the dispatcher has in flight at once (M1, M2; the hub default)'],
} as const satisfies Record<string, readonly [number, string]>;

export type NumberKnob = keyof typeof NUMBERS;

export const PHASES = ['redflags', 'command', 'queue', 'cycles', 'liability', 'messages'] as const;
export type Phase = (typeof PHASES)[number];

/** Every numeric knob, from the environment or its default; throws on one that is not a number ≥ 0. */
export function readKnobs(env: NodeJS.ProcessEnv = process.env): Record<NumberKnob, number> {
  const read = (name: NumberKnob) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return NUMBERS[name][0];
    const value = Number(raw);
    if (!Number.isFinite(value) || value < 0) throw new Error(`${name}=${raw}: expected a number, 0 or more (default ${NUMBERS[name][0]})`);
    return value;
  };
  return Object.fromEntries(Object.keys(NUMBERS).map((name) => [name, read(name as NumberKnob)])) as Record<NumberKnob, number>;
}

/** BENCH_ONLY: the phases to run; all of them when unset. */
export function onlyPhases(env: NodeJS.ProcessEnv = process.env): Set<Phase> {
  const named = (env.BENCH_ONLY ?? '').split(',').map((p) => p.trim()).filter(Boolean);
  for (const p of named) {
    if (!(PHASES as readonly string[]).includes(p)) throw new Error(`BENCH_ONLY names an unknown phase '${p}' (phases: ${PHASES.join(', ')})`);
  }
  return new Set(named as Phase[]);
}

export function helpText(): string {
  const rows: [string, string, string][] = [
    ['BENCH_ONLY', 'all', `run only these phases, comma-separated: ${PHASES.join(', ')}`],
    ...Object.entries(NUMBERS).map(([name, [fallback, meaning]]): [string, string, string] => [name, String(fallback), meaning]),
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  const table = rows.map(([name, fallback, meaning]) => `  ${name.padEnd(width)}  ${fallback.padStart(6)}  ${meaning}`);
  return [
    'npm run bench: measures the live hub queue (figures 1–4), the hand-off figures (H1–H4), the red-flag',
    'figures (R1–R2) and the patient-message figures (M1–M2) on this machine and prints each against its target; about 4–4.5 minutes. Method and',
    'results: docs/benchmarks.md.',
    '',
    'usage: [VARIABLE=value …] npm run bench [-- --help]',
    '',
    'flags:',
    '  --help, -h  print this and exit',
    '',
    'environment variables (name, default, meaning):',
    ...table,
    '',
  ].join('\n');
}
