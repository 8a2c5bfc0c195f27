// Starts a real hub on a free port with a temporary database and a clock the test controls,
// and gives tests short ways to sign in, submit requests and connect workstations.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io as connect, type Socket } from 'socket.io-client';
import { startHub, type Hub, type HubOptions } from '../../server/app';
import { hashSecretSync } from '../../server/auth/passwords';
import { sha256 } from '../../server/auth/sessions';
import { manualClock } from '../../server/clock';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/schemas/api';
import { ACCOUNTS, PHARMACIES, PRACTICES, TEST_INTAKE_KEY, TEST_PASSWORD, intakeBody } from './fixtures';
import type { StoredSettings } from '../../server/settings';
import type { LoginThrottle } from '../../server/auth/throttle';
import { createStatsPacing, type StatsPacing } from '../../server/stats/pacing';

let passwordHash: string | undefined;

export type TestHub = Hub & {
  clock: ReturnType<typeof manualClock>;
  signIn(username: string): Promise<Client>;
  submit(body?: unknown, key?: string): Promise<Response>;
  submitRequest(overrides?: Parameters<typeof intakeBody>[0]): Promise<number>;
  stop(): Promise<void>;
};

export interface Client {
  cookie: string;
  get(path: string): Promise<Response>;
  post(path: string, body?: unknown): Promise<Response>;
  socket(): Promise<Socket<ServerToClientEvents, ClientToServerEvents>>;
}

/** The bearer token test hubs take Notify's delivery receipts with (unless a test passes its own messaging). */
export const TEST_CALLBACK_TOKEN = 'test-notify-callback-token-0001';

/** Tuesday 24 November 2026, 10:00 London: the hub is open. */
export const OPEN_HOURS = '2026-11-24T10:00:00.000Z';

export async function startTestHub(
  options: {
    now?: string;
    settings?: StoredSettings;
    clientDir?: string;
    loginThrottle?: LoginThrottle;
    /** Figures' pacing (server/stats/pacing.ts): by default none a test would notice; statsPacing.test.ts passes the hub's own. */
    statsPacing?: StatsPacing;
    messaging?: HubOptions['messaging'];
    log?: HubOptions['log'];
    /**
     * Sessions end after the admin's idle lock (tests/integration/idleTimeout.test.ts). Other tests jump the clock
     * hours between one user's requests, standing for a day's work, so their sessions idle only past 12 hours.
     */
    idleLock?: 'settings';
  } = {},
): Promise<TestHub> {
  const dir = mkdtempSync(join(tmpdir(), 'ehub-test-'));
  const clock = manualClock(options.now ?? OPEN_HOURS);
  const hub = await startHub({ dbPath: join(dir, 'hub.sqlite'), clock, settings: options.settings, clientDir: options.clientDir, loginThrottle: options.loginThrottle, statsPacing: options.statsPacing ?? createStatsPacing({ perSecond: 10_000, waiting: 10_000 }), messaging: options.messaging ?? { callbackToken: TEST_CALLBACK_TOKEN }, log: options.log, sessionIdleMinutes: options.idleLock === 'settings' ? undefined : 12 * 60 });
  passwordHash ??= hashSecretSync(TEST_PASSWORD);
  hub.db.write(() => {
    for (const p of PRACTICES) hub.db.q.practices.insert({ ...p, intakeKeyHash: sha256(TEST_INTAKE_KEY) });
    for (const p of PHARMACIES) hub.db.q.practices.insertPharmacy({ ...p, integrationKeyHash: sha256(`key-${p.ods}`) });
    for (const a of ACCOUNTS) hub.db.q.staff.insert({ ...a, practiceOds: a.practiceOds ?? null, passwordHash: passwordHash! });
  });
  hub.directory.refresh();
  const sockets: Socket[] = [];

  const submit = (body: unknown = intakeBody(), key = TEST_INTAKE_KEY) =>
    fetch(`${hub.url}/api/intake`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  return Object.assign(hub, {
    clock,
    submit,
    async submitRequest(overrides?: Parameters<typeof intakeBody>[0]) {
      const res = await submit(intakeBody(overrides));
      if (res.status !== 201) throw new Error(`intake failed: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { id: number }).id;
    },
    async signIn(username: string): Promise<Client> {
      const res = await fetch(`${hub.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: TEST_PASSWORD }),
      });
      if (res.status !== 200) throw new Error(`sign-in failed for ${username}: ${res.status}`);
      const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      return clientFor(hub.url, cookie, sockets);
    },
    async stop() {
      for (const s of sockets) s.disconnect();
      await hub.close();
      rmSync(dir, { recursive: true, force: true });
    },
  });
}

export function clientFor(url: string, cookie: string, sockets: Socket[] = []): Client {
  return {
    cookie,
    get: (path) => fetch(`${url}${path}`, { headers: { cookie } }),
    post: (path, body) =>
      fetch(`${url}${path}`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    socket: () =>
      new Promise((resolve, reject) => {
        const socket: Socket<ServerToClientEvents, ClientToServerEvents> = connect(url, {
          transports: ['websocket'],
          extraHeaders: { cookie },
          reconnection: false,
          forceNew: true,
        });
        sockets.push(socket);
        socket.once('connect', () => resolve(socket));
        socket.once('connect_error', reject);
      }),
  };
}

/** Resolves with the next event of that name, or fails the test after a while. */
export function nextEvent<T>(socket: Socket, event: string, match: (payload: T) => boolean = () => true, timeoutMs = 3000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, handler);
      reject(new Error(`no matching '${event}' within ${timeoutMs} ms`));
    }, timeoutMs);
    const handler = (payload: T) => {
      if (!match(payload)) return;
      clearTimeout(timer);
      socket.off(event, handler);
      resolve(payload);
    };
    socket.on(event, handler);
  });
}

export const json = async <T = any>(res: Response): Promise<T> => (await res.json()) as T;
