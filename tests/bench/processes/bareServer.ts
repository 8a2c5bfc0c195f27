// The baselines: a bare Socket.IO server, or a bare `ws` WebSocketServer, in its own process,
// broadcasting a copy of a real hub change event (same shape and size) at a fixed rate. The
// emit timestamp goes where the hub puts its commit time, item.updatedAt, so clients measure
// all three servers the same way.
// argv: socketio | ws
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { WebSocket, WebSocketServer } from 'ws';
import { serve } from '../ipc';
import { createMemoryWatch } from './memoryWatch';

type Kind = 'socketio' | 'ws';
const kind = process.argv[2] as Kind;
if (kind !== 'socketio' && kind !== 'ws') throw new Error('usage: bareServer socketio|ws');

const httpServer = createServer((_req, res) => res.writeHead(404).end());
const io = kind === 'socketio' ? new Server(httpServer, { serveClient: false, cors: { origin: false } }) : undefined;
// Like the hub's, the bare Socket.IO server puts every client in one room and emits to the room.
io?.on('connection', (socket) => socket.join('hub'));
const wss = kind === 'ws' ? new WebSocketServer({ server: httpServer }) : undefined;

await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', () => resolve()));
const { port } = httpServer.address() as AddressInfo;
const memory = createMemoryWatch();
memory.reset();

interface ChangeLike {
  seq: number;
  type: string;
  item: { updatedAt: string; [k: string]: unknown };
}

function broadcast(event: ChangeLike): void {
  if (io) io.to('hub').emit('change', event);
  else {
    // The usual ws broadcast: serialise once, send the same string to every open client.
    const data = JSON.stringify(event);
    for (const client of wss!.clients) if (client.readyState === WebSocket.OPEN) client.send(data);
  }
}

/** Emits `template` `ratePerSecond` times a second for `durationMs`, on a drift-free schedule. */
async function run(arg: { template: ChangeLike; ratePerSecond: number; durationMs: number }) {
  const interval = 1000 / arg.ratePerSecond;
  const count = Math.floor(arg.durationMs / interval);
  const start = performance.now();
  const emittedAt: number[] = [];
  const emitMs: number[] = [];
  let seq = arg.template.seq;
  for (let i = 0; i < count; i++) {
    const wait = start + i * interval - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const t = Date.now();
    const t0 = performance.now();
    broadcast({ ...arg.template, seq: ++seq, item: { ...arg.template.item, updatedAt: new Date(t).toISOString() } });
    emitMs.push(performance.now() - t0);
    emittedAt.push(t);
  }
  return { emittedAt, emitMs };
}

serve(
  {
    info: () => ({ url: `http://127.0.0.1:${port}`, pid: process.pid }),
    run,
    'mem:reset': () => memory.reset(),
    'mem:report': () => memory.report(),
    cpu: () => process.cpuUsage(),
    sockets: () => (io ? io.of('/').sockets.size : wss!.clients.size),
  },
  async () => {
    memory.stop();
    if (io) await new Promise<void>((resolve) => io.close(() => resolve()));
    if (wss) {
      for (const c of wss.clients) c.terminate();
      wss.close();
      httpServer.close();
    }
  },
);
