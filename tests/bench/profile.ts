// A CPU profile of a piece of work, in process (node:inspector), boiled down to inclusive time
// per function: the bench's way to say where a path spends its time without editing the path.
import { Session } from 'node:inspector/promises';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export interface FunctionTime {
  name: string;
  where: string;
  /** Milliseconds of samples with this function on the stack (counted once per sample). */
  inclusiveMs: number;
  selfMs: number;
}

const shortUrl = (url: string) => url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(server|db|shared|tests)\//, '$1/');

/** Who a function belongs to: an npm package, e-hub's own code, V8/Node, or native SQLite. */
export function ownerOf(f: Pick<FunctionTime, 'name' | 'where'>): string {
  if (f.name === '(garbage collector)') return 'V8 garbage collector';
  if (/^(server|db|shared)\//.test(f.where)) return 'e-hub code (server/, db/, shared/)';
  if (f.where.startsWith('tests/')) return 'bench loop';
  const native = f.where === '' || f.where.startsWith(':');
  if (native && ['run', 'get', 'all', 'iterate'].includes(f.name)) return 'SQLite, native (statements, BEGIN/COMMIT with fsync)';
  if (native || f.where.startsWith('node:')) return 'Node/V8 internals';
  const [first, second] = f.where.split('/');
  return `npm: ${first?.startsWith('@') ? `${first}/${second}` : first}`;
}

export async function profileWork(work: () => void | Promise<void>, samplingMicros = 100): Promise<{ totalMs: number; functions: FunctionTime[] }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: samplingMicros });
  await session.post('Profiler.start');
  await work();
  const { profile } = (await session.post('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  session.disconnect();

  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // tsx-compiled TypeScript reports every function on line 1: name the file only.
  const keyOf = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'}\t${shortUrl(n.callFrame.url)}${n.callFrame.lineNumber > 0 ? `:${n.callFrame.lineNumber + 1}` : ''}`;
  const inclusive = new Map<string, number>();
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    total += dt;
    const leaf = nodes.get(id)!;
    self.set(keyOf(leaf), (self.get(keyOf(leaf)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = keyOf(nodes.get(cur)!);
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + dt);
    }
  });
  const functions = [...inclusive].map(([k, t]) => {
    const [name, where] = k.split('\t') as [string, string];
    return { name, where, inclusiveMs: t / 1000, selfMs: (self.get(k) ?? 0) / 1000 };
  });
  return { totalMs: total / 1000, functions: functions.sort((a, b) => b.inclusiveMs - a.inclusiveMs) };
}

/** Where the time of `units` repetitions went, per repetition: our own functions and the named library stages, then totals by owner. */
export interface Breakdown {
  stages: { name: string; where: string; micros: number; selfMicros: number }[];
  owners: { owner: string; micros: number }[];
}

export function breakdown(functions: FunctionTime[], units: number, libraryStages: ReadonlySet<string>, minOwnerMicros: number): Breakdown {
  const ours = (f: { where: string }) => /^(server|db|shared)\//.test(f.where);
  const stages = functions
    .filter((f) => f.name !== '(anonymous)' && f.name !== '' && (ours(f) || libraryStages.has(f.name)))
    .slice(0, 24)
    .map((f) => ({ name: f.name, where: f.where, micros: (f.inclusiveMs * 1000) / units, selfMicros: (f.selfMs * 1000) / units }));
  const byOwner = new Map<string, number>();
  for (const f of functions) byOwner.set(ownerOf(f), (byOwner.get(ownerOf(f)) ?? 0) + f.selfMs);
  const owners = [...byOwner]
    .map(([owner, ms]) => ({ owner, micros: (ms * 1000) / units }))
    .filter((o) => o.micros >= minOwnerMicros)
    .sort((a, b) => b.micros - a.micros);
  return { stages, owners };
}
