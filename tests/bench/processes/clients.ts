// The workstations: up to thousands of real clients (socket.io-client over websocket, or raw
// `ws`) in one process apart from the server, each timing every change it receives against
// the server-side timestamp in the payload (item.updatedAt). For the hub it also drives the
// load: claims and releases over real HTTP at a fixed rate.
import { io as connectSocketIo, type Socket } from 'socket.io-client';
import { WebSocket } from 'ws';
import { serve } from '../ipc';
import { Samples } from '../stats';

type Kind = 'socketio' | 'ws';
interface ChangeLike {
  seq: number;
  type: string;
  item: { id: number; updatedAt: string };
}

const sockets: Socket[] = [];
const raw: WebSocket[] = [];
let presenceMessages = 0;
let lastMessageAt = 0;
let firstChange: ChangeLike | undefined;

// The current recording window: deliveries whose server timestamp falls inside it.
let window: { from: number; to: number; seq: Samples; at: Samples; latency: Samples } | undefined;

function onChange(event: ChangeLike): void {
  const now = Date.now();
  lastMessageAt = now;
  firstChange ??= event;
  if (!window) return;
  const stamped = Date.parse(event.item.updatedAt);
  if (stamped < window.from || stamped >= window.to) return;
  window.seq.push(event.seq);
  window.at.push(now);
  window.latency.push(now - stamped);
}

function connectOne(kind: Kind, url: string, cookie: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (kind === 'socketio') {
      const socket = connectSocketIo(url, { transports: ['websocket'], extraHeaders: { cookie }, reconnection: false, forceNew: true });
      sockets.push(socket);
      socket.on('change', onChange);
      socket.on('presence', () => {
        presenceMessages++;
        lastMessageAt = Date.now();
      });
      socket.once('connect', () => resolve());
      socket.once('connect_error', (err) => reject(err));
    } else {
      const ws = new WebSocket(url.replace(/^http/, 'ws'), { perMessageDeflate: false });
      raw.push(ws);
      ws.on('message', (data) => onChange(JSON.parse(data.toString())));
      ws.once('open', () => resolve());
      ws.once('error', reject);
    }
  });
}

/** Opens `count` connections, `parallel` at a time, spreading them over the given cookies. */
async function connect(arg: { kind: Kind; url: string; cookies: string[]; count: number; parallel?: number }) {
  const started = performance.now();
  const parallel = arg.parallel ?? 50;
  for (let i = 0; i < arg.count; i += parallel) {
    const batch = [];
    for (let j = i; j < Math.min(arg.count, i + parallel); j++) batch.push(connectOne(arg.kind, arg.url, arg.cookies[j % Math.max(1, arg.cookies.length)] ?? ''));
    await Promise.all(batch);
  }
  return { connected: sockets.length + raw.length, ms: performance.now() - started };
}

/** Waits until no message has arrived for `quietMs` (the presence announcements of a connect storm). */
async function settle(arg: { quietMs: number; maxMs: number }) {
  const started = Date.now();
  lastMessageAt = Date.now();
  while (Date.now() - lastMessageAt < arg.quietMs && Date.now() - started < arg.maxMs) await new Promise((r) => setTimeout(r, 50));
  return { presenceMessages, ms: Date.now() - started };
}

/** Records deliveries stamped in [from, to), and returns them once `to + graceMs` has passed. */
async function record(arg: { from: number; to: number; graceMs: number }) {
  window = { from: arg.from, to: arg.to, seq: new Samples(), at: new Samples(), latency: new Samples() };
  const w = window;
  const wait = arg.to + arg.graceMs - Date.now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  window = undefined;
  // Typed arrays cross the IPC channel cheaply with advanced serialisation.
  return { seq: w.seq.values().slice(), at: w.at.values().slice(), latency: w.latency.values().slice() };
}

/**
 * Drives the hub: claim then release, alternately, over real HTTP at `ratePerSecond` commands,
 * for `durationMs`, across the given requests and signed-in coordinators. Open-loop schedule:
 * each command is due at start + i/rate whether or not the previous one was slow.
 */
async function drive(arg: { url: string; cookies: string[]; ids: number[]; ratePerSecond: number; durationMs: number }) {
  const interval = 1000 / arg.ratePerSecond;
  const count = Math.floor(arg.durationMs / interval);
  const start = performance.now();
  const ops: { sentAt: number; status: number; seq: number; updatedAt: number; ms: number }[] = [];
  const inflight: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const pair = Math.floor(i / 2);
    const id = arg.ids[pair % arg.ids.length]!;
    const cookie = arg.cookies[pair % arg.cookies.length]!;
    const command = i % 2 === 0 ? 'claim' : 'release';
    const wait = start + i * interval - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    // A release must follow its own claim's commit.
    if (command === 'release') await inflight.at(-1);
    const sentAt = Date.now();
    const t0 = performance.now();
    inflight.push(
      fetch(`${arg.url}/api/consultations/${id}/${command}`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: '{}' })
        .then(async (res) => {
          const body = (await res.json()) as { seq?: number; item?: { updatedAt: string } };
          ops.push({ sentAt, status: res.status, seq: body.seq ?? -1, updatedAt: body.item ? Date.parse(body.item.updatedAt) : -1, ms: performance.now() - t0 });
        }),
    );
  }
  await Promise.all(inflight);
  return ops;
}

serve(
  {
    connect,
    settle,
    record,
    drive,
    sample: () => firstChange,
    count: () => sockets.filter((s) => s.connected).length + raw.filter((w) => w.readyState === WebSocket.OPEN).length,
    mem: () => process.memoryUsage(),
    cpu: () => process.cpuUsage(),
  },
  () => {
    for (const s of sockets) s.disconnect();
    for (const w of raw) w.terminate();
  },
);
