// The HTTP floor's baselines: the hub's `GET /api/auth/me` answer (a small JSON user) from a bare
// node:http server, or from Express 5 with only its JSON body parser and one route. Beside the
// hub's own floor, they say how much of a request's cost is the framework rather than the hub.
// argv: node | express
import express from 'express';
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '../ipc';

const kind = process.argv[2];
if (kind !== 'node' && kind !== 'express') throw new Error('usage: floorServer node|express');

const user = { user: { id: 1, name: 'Coordinator 1', username: 'coordinator1', roles: ['coordinator'], practiceOds: null } };

function bareNode(): RequestListener {
  return (req, res) => {
    if (req.method !== 'GET' || req.url !== '/api/auth/me') return void res.writeHead(404).end();
    const body = JSON.stringify(user);
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) }).end(body);
  };
}

function bareExpress(): RequestListener {
  const app = express();
  app.disable('x-powered-by');
  app.use('/api', express.json({ limit: '100kb' }));
  app.get('/api/auth/me', (_req, res) => void res.json(user));
  return app;
}

const server = createServer(kind === 'node' ? bareNode() : bareExpress());
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
const { port } = server.address() as AddressInfo;

serve(
  {
    info: () => ({ url: `http://127.0.0.1:${port}`, pid: process.pid }),
    cpu: () => process.cpuUsage(),
  },
  () => new Promise<void>((resolve) => server.close(() => resolve())),
);
