// Figure 2: a committed change reaching 1,000 connected workstations, for the hub and for two
// baselines (bare Socket.IO, bare ws) measured the same way: the server stamps the payload
// (the hub's item.updatedAt is its commit clock reading; the baselines stamp just before emit)
// and each client takes receive time − stamp. Each server has its own process and its clients
// another; the three take turns in short slices, so the shared machine's noise falls on all.
import type { BenchChild } from './ipc';
import { Samples, summarize, type Summary } from './stats';

export type Target = 'hub' | 'socketio' | 'ws';

export interface FanoutOptions {
  clients: number;
  ratePerSecond: number;
  warmupMs: number;
  measureMs: number;
  slices: number;
  graceMs: number;
}

export interface FanoutResult {
  target: Target;
  label: string;
  clients: number;
  connectMs: number;
  settleMs: number;
  presenceMessages: number;
  changes: number;
  expected: number;
  received: number;
  perDelivery: Summary;
  /** Per change, the latency of the last workstation to get it. */
  slowestPerChange: Summary;
  /** Server CPU (user + system) per change in the measured windows. */
  serverCpuMsPerChange: number;
  /** Share of one core the clients' process used in the windows: near 100% would make it the bottleneck. */
  clientsCpuShare: number;
  payloadBytes: number;
  /** Hub only: from the claim/release request leaving the client to each delivery. */
  fromRequest?: Summary;
  /** Hub only: HTTP round trip of the commands themselves. */
  commandMs?: Summary;
  /** Baselines only: how long the emit call itself took on the server. */
  emitMs?: Summary;
}

type Deliveries = { seq: Float64Array; at: Float64Array; latency: Float64Array };
type CpuUsage = { user: number; system: number };
type HubOp = { sentAt: number; status: number; seq: number; updatedAt: number; ms: number };

const LABELS: Record<Target, string> = {
  hub: 'hub (Socket.IO, real command path)',
  socketio: 'bare Socket.IO broadcast',
  ws: 'bare ws broadcast',
};

/** Calls `cpu` on a child at the window's start and end; resolves to CPU ms it used inside it. */
function cpuInWindow(child: BenchChild, from: number, to: number): Promise<number> {
  const at = (t: number) =>
    new Promise<CpuUsage>((resolve, reject) => setTimeout(() => child.call<CpuUsage>('cpu').then(resolve, reject), Math.max(0, t - Date.now())));
  return Promise.all([at(from), at(to)]).then(([a, b]) => (b.user - a.user + b.system - a.system) / 1000);
}

/** One server, its clients' process, and everything measured across its slices. */
export class FanoutRun {
  private setup = { connectMs: 0, settleMs: 0, presenceMessages: 0 };
  private latency = new Samples();
  private slowest = new Samples();
  private fromRequest = new Samples();
  private commandMs = new Samples();
  private emitMs = new Samples();
  private changes = 0;
  private received = 0;
  private serverCpuMs = 0;
  private clientsCpuMs = 0;
  private measuredMs = 0;
  private slices = 0;
  /** The first change a workstation received: the template the baselines broadcast. */
  sample: unknown;

  constructor(
    readonly target: Target,
    private server: BenchChild,
    private clients: BenchChild,
    private o: FanoutOptions,
    /** Hub only: where to send commands, as whom, on which requests. */
    private hub?: { url: string; cookies: string[]; ids: number[] },
  ) {}

  async connect(url: string, cookies: string[]): Promise<void> {
    const kind = this.target === 'ws' ? 'ws' : 'socketio';
    const connected = await this.clients.call<{ connected: number; ms: number }>('connect', { kind, url, cookies, count: this.o.clients }, 300_000);
    if (connected.connected !== this.o.clients) throw new Error(`only ${connected.connected} of ${this.o.clients} clients connected`);
    // A connect storm can leave announcements in flight; measure only once the wire is quiet.
    const settled = await this.clients.call<{ presenceMessages: number; ms: number }>('settle', { quietMs: 1000, maxMs: 120_000 }, 180_000);
    this.setup = { connectMs: connected.ms, settleMs: settled.ms, presenceMessages: settled.presenceMessages };
  }

  /** Runs load for warm-up + `measureMs`, recording only deliveries stamped inside the window. */
  async slice(measureMs: number, template?: unknown): Promise<void> {
    const warmupMs = this.slices === 0 ? this.o.warmupMs : 300;
    const from = Date.now() + warmupMs;
    const to = from + measureMs;
    const recording = this.clients.call<Deliveries>('record', { from, to, graceMs: this.o.graceMs }, warmupMs + measureMs + this.o.graceMs + 60_000);
    const serverCpu = cpuInWindow(this.server, from, to);
    const clientsCpu = cpuInWindow(this.clients, from, to);
    const durationMs = warmupMs + measureMs;
    let stamped: number;
    let sentAt = new Map<number, number>();
    if (this.target === 'hub') {
      const ops = await this.clients.call<HubOp[]>('drive', { ...this.hub!, ratePerSecond: this.o.ratePerSecond, durationMs }, durationMs + 120_000);
      const failed = ops.filter((op) => op.status !== 200);
      if (failed.length) throw new Error(`${failed.length} hub commands failed, the first with HTTP ${failed[0]!.status}`);
      const inWindow = ops.filter((op) => op.updatedAt >= from && op.updatedAt < to);
      for (const op of inWindow) this.commandMs.push(op.ms);
      sentAt = new Map(inWindow.map((op) => [op.seq, op.sentAt]));
      stamped = inWindow.length;
    } else {
      const run = await this.server.call<{ emittedAt: number[]; emitMs: number[] }>('run', { template, ratePerSecond: this.o.ratePerSecond, durationMs }, durationMs + 60_000);
      run.emitMs.forEach((ms, i) => run.emittedAt[i]! >= from && run.emittedAt[i]! < to && this.emitMs.push(ms));
      stamped = run.emittedAt.filter((t) => t >= from && t < to).length;
    }
    const d = await recording;
    const bySeq = new Map<number, number>();
    for (let i = 0; i < d.seq.length; i++) {
      const seq = d.seq[i]!;
      const lat = d.latency[i]!;
      this.latency.push(lat);
      if ((bySeq.get(seq) ?? -Infinity) < lat) bySeq.set(seq, lat);
      const sent = sentAt.get(seq);
      if (sent !== undefined) this.fromRequest.push(d.at[i]! - sent);
    }
    for (const v of bySeq.values()) this.slowest.push(v);
    this.changes += stamped;
    this.received += d.seq.length;
    this.serverCpuMs += await serverCpu;
    this.clientsCpuMs += await clientsCpu;
    this.measuredMs += measureMs;
    this.slices++;
    this.sample ??= await this.clients.call('sample');
  }

  result(): FanoutResult {
    return {
      target: this.target,
      label: LABELS[this.target],
      clients: this.o.clients,
      ...this.setup,
      changes: this.changes,
      expected: this.changes * this.o.clients,
      received: this.received,
      perDelivery: summarize(this.latency.values()),
      slowestPerChange: summarize(this.slowest.values()),
      serverCpuMsPerChange: this.serverCpuMs / Math.max(1, this.changes),
      clientsCpuShare: this.clientsCpuMs / Math.max(1, this.measuredMs),
      payloadBytes: Buffer.byteLength(JSON.stringify(this.sample ?? null)),
      ...(this.target === 'hub'
        ? { fromRequest: summarize(this.fromRequest.values()), commandMs: summarize(this.commandMs.values()) }
        : { emitMs: summarize(this.emitMs.values()) }),
    };
  }
}
