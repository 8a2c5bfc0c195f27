// Hand-off cycles over real HTTP, from a process apart from the hub: async workers, each signed in
// as a coordinator and an ANP (session cookies), each cycle on its own pre-seeded queued request:
//   POST /api/consultations/:id/claim → POST …/handoffs {destination: 'anp'} → POST
//   /api/handoffs/:hid/accept → POST /api/consultations/:id/complete {outcome: 'advice_given'}.
// Two modes: closed-loop throughput (as fast as the hub answers), and open-loop pacing (a cycle
// starts every 1/rate s whatever the previous ones did; its steps follow one another).
// node:http with a keep-alive agent, so the client side costs little of the shared 2 cores.
import { Agent, request } from 'node:http';
import { serve } from '../ipc';
import { Samples } from '../stats';
import { signIn } from '../signIn';

// Also in ../cycles.ts (this file is a child process: importing it would start serving).
const STEPS = ['claim', 'route', 'accept', 'complete'] as const;
type Step = (typeof STEPS)[number];

let url = '';
let coordinators: string[] = [];
let anps: string[] = [];
let ids: number[] = [];
let cursor = 0;

interface Reply {
  status: number;
  body: any;
}

function post(agent: Agent, path: string, cookie: string, body: unknown, method: 'POST' | 'GET' = 'POST'): Promise<Reply> {
  const data = method === 'POST' ? JSON.stringify(body) : '';
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}${path}`,
      {
        method,
        agent,
        headers: method === 'POST' ? { cookie, 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } : { cookie },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            // keep the text for the error report
          }
          resolve({ status: res.statusCode ?? 0, body: parsed });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

async function signInAll(arg: { url: string; coordinators: string[]; anps: string[] }) {
  url = arg.url;
  const one = (username: string) => signIn(url, username);
  // One at a time: each sign-in costs the hub a 32 MiB scrypt.
  coordinators = [];
  for (const u of arg.coordinators) coordinators.push(await one(u));
  anps = [];
  for (const u of arg.anps) anps.push(await one(u));
  return { coordinators: coordinators.length, anps: anps.length };
}

class Recorder {
  latency: Record<Step, Samples> = { claim: new Samples(), route: new Samples(), accept: new Samples(), complete: new Samples() };
  errors = new Map<string, number>();
  cycles = 0;
  commands = 0;
  error(key: string) {
    this.errors.set(key, (this.errors.get(key) ?? 0) + 1);
  }
  result(extra: Record<string, unknown>) {
    return {
      cycles: this.cycles,
      commands: this.commands,
      // Typed arrays cross the IPC channel cheaply with advanced serialisation.
      latency: Object.fromEntries(STEPS.map((s) => [s, this.latency[s].values().slice()])) as Record<Step, Float64Array>,
      errors: Object.fromEntries(this.errors),
      ...extra,
    };
  }
}

/**
 * One cycle on request `id`. Latencies (ms, send → whole body read) are recorded when `record`
 * is true. Returns false, after counting the error, if the hub refused a step.
 */
async function cycle(agent: Agent, id: number, coordinator: string, anp: string, rec: Recorder | undefined): Promise<boolean> {
  const step = async (name: Step, path: string, cookie: string, body: unknown) => {
    const t0 = performance.now();
    const reply = await post(agent, path, cookie, body);
    const ms = performance.now() - t0;
    if (reply.status !== 200) {
      const code = typeof reply.body === 'object' ? reply.body?.error?.code : String(reply.body).slice(0, 80);
      rec?.error(`${name}: ${reply.status} ${code}`);
      return undefined;
    }
    if (rec) {
      rec.latency[name].push(ms);
      rec.commands++;
    }
    return reply.body as { seq: number; item: { version: number; pendingHandoff: { id: number } | null } };
  };
  const claimed = await step('claim', `/api/consultations/${id}/claim`, coordinator, {});
  if (!claimed) return false;
  const routed = await step('route', `/api/consultations/${id}/handoffs`, coordinator, {
    destination: 'anp',
    reason: { code: 'protocol_match' },
    expectedVersion: claimed.item.version,
  });
  const handoffId = routed?.item.pendingHandoff?.id;
  if (!handoffId) return false;
  const accepted = await step('accept', `/api/handoffs/${handoffId}/accept`, anp, {});
  if (!accepted) return false;
  const completed = await step('complete', `/api/consultations/${id}/complete`, anp, { outcome: 'advice_given' });
  if (!completed) return false;
  if (rec) rec.cycles++;
  return true;
}

const nextId = () => (cursor < ids.length ? ids[cursor++]! : undefined);
const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;

/**
 * Closed loop: `workers` loops, each running cycles back to back. Warm-up cycles are not recorded;
 * the window counts cycles that start and end inside it (and the commands that do).
 */
async function throughput(arg: { workers: number; warmupMs: number; measureMs: number }) {
  const agent = new Agent({ keepAlive: true, maxSockets: arg.workers });
  const rec = new Recorder();
  const start = performance.now();
  const from = start + arg.warmupMs;
  const to = from + arg.measureMs;
  let ranOut = false;
  let cpu0: NodeJS.CpuUsage | undefined;
  let measuredFrom = 0;
  const worker = async (w: number) => {
    const coordinator = coordinators[w % coordinators.length]!;
    const anp = anps[w % anps.length]!;
    for (;;) {
      const t = performance.now();
      if (t >= to) return;
      const id = nextId();
      if (id === undefined) {
        ranOut = true;
        return;
      }
      const inWindow = t >= from;
      if (inWindow && !cpu0) {
        cpu0 = process.cpuUsage();
        measuredFrom = t;
      }
      const scratch = new Recorder();
      await cycle(agent, id, coordinator, anp, scratch);
      const end = performance.now();
      for (const [k, n] of scratch.errors) rec.errors.set(k, (rec.errors.get(k) ?? 0) + n);
      // Only whole cycles inside the window count, so the rate is not flattered by a ragged edge.
      if (inWindow && end <= to && scratch.cycles === 1) {
        rec.cycles++;
        rec.commands += scratch.commands;
        for (const s of STEPS) for (const v of scratch.latency[s].values()) rec.latency[s].push(v);
      }
    }
  };
  await Promise.all(Array.from({ length: arg.workers }, (_, w) => worker(w)));
  const cpu = cpu0 ? cpuMs(process.cpuUsage(cpu0)) : 0;
  const busyMs = performance.now() - measuredFrom;
  agent.destroy();
  // Cycles that straddle either edge of the window are not counted: the rate errs low, by about
  // one cycle per worker per edge.
  return rec.result({ windowMs: arg.measureMs, ranOut, clientCpuShare: cpu / busyMs, used: cursor });
}

/**
 * Open loop: cycle i is due at start + i/rate. Its claim is sent then (or as soon as this process
 * can), and the later steps as soon as the previous answer arrives. `lag` is how late each claim
 * was sent against its schedule, to show the client kept up.
 */
async function paced(arg: { cyclesPerSecond: number; warmupMs: number; measureMs: number }) {
  const agent = new Agent({ keepAlive: true });
  const rec = new Recorder();
  const lag = new Samples();
  const interval = 1000 / arg.cyclesPerSecond;
  const warmupCycles = Math.floor(arg.warmupMs / interval);
  const count = warmupCycles + Math.floor(arg.measureMs / interval);
  const inflight: Promise<unknown>[] = [];
  let maxInflight = 0;
  let live = 0;
  let ranOut = false;
  const start = performance.now();
  let cpu0: NodeJS.CpuUsage | undefined;
  let measuredFrom = 0;
  for (let i = 0; i < count; i++) {
    const due = start + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const id = nextId();
    if (id === undefined) {
      ranOut = true;
      break;
    }
    const record = i >= warmupCycles;
    if (record && !cpu0) {
      cpu0 = process.cpuUsage();
      measuredFrom = performance.now();
    }
    // setTimeout may fire up to a millisecond early; early counts as on time.
    if (record) lag.push(Math.max(0, performance.now() - due));
    live++;
    maxInflight = Math.max(maxInflight, live);
    inflight.push(
      cycle(agent, id, coordinators[i % coordinators.length]!, anps[i % anps.length]!, record ? rec : undefined).finally(() => live--),
    );
  }
  await Promise.all(inflight);
  const windowMs = performance.now() - measuredFrom;
  const cpu = cpu0 ? cpuMs(process.cpuUsage(cpu0)) : 0;
  agent.destroy();
  return rec.result({ windowMs, ranOut, clientCpuShare: cpu / windowMs, lag: lag.values().slice(), maxInflight, used: cursor });
}

/**
 * The HTTP floor: the same closed-loop workers and connections, each sending a request that writes
 * nothing (`GET /api/auth/me`: routing, session lookup, a small JSON answer). Requests per second.
 */
async function floor(arg: { workers: number; warmupMs: number; measureMs: number; path: string }) {
  const agent = new Agent({ keepAlive: true, maxSockets: arg.workers });
  const latency = new Samples();
  const start = performance.now();
  const from = start + arg.warmupMs;
  const to = from + arg.measureMs;
  let count = 0;
  let failed = 0;
  const worker = async (w: number) => {
    const cookie = coordinators[w % coordinators.length]!;
    while (performance.now() < to) {
      const t0 = performance.now();
      const reply = await post(agent, arg.path, cookie, undefined, 'GET');
      const t1 = performance.now();
      if (reply.status !== 200) failed++;
      if (t0 >= from && t1 <= to) {
        count++;
        latency.push(t1 - t0);
      }
    }
  };
  await Promise.all(Array.from({ length: arg.workers }, (_, w) => worker(w)));
  agent.destroy();
  return { requests: count, failed, windowMs: arg.measureMs, latency: latency.values().slice() };
}

serve({
  signIn: signInAll,
  /** The hub moved (a new process or port); the sessions in its database still hold. */
  url: (next: string) => {
    url = next;
    return url;
  },
  floor,
  ids: (arg: number[]) => {
    ids = arg;
    cursor = 0;
    return ids.length;
  },
  remaining: () => ids.length - cursor,
  throughput,
  paced,
  cpu: () => process.cpuUsage(),
});
