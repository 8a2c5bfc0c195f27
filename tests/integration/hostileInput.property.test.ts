// Property: whatever arrives over HTTP or Socket.IO (any route, method, id form, body, content type,
// Origin, signed-in role), the hub never answers 5xx, fails only in { error: { code, message } }
// without a stack trace or an echoed patient value, writes nothing when it refuses, and stays up.
import fc from 'fast-check';
import { randomBytes } from 'node:crypto';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SESSION_COOKIE, sha256 } from '../../server/auth/sessions';
import { changeSettings } from '../../server/commands/changeSettings';
import { reactivateStaff } from '../../server/commands/reactivateStaff';
import { ACCOUNTS } from '../helpers/fixtures';
import { discardProtocolDraft } from '../../server/commands/discardProtocolDraft';
import { signOffProtocol } from '../../server/commands/signOffProtocol';
import { startProtocolDraft } from '../../server/commands/startProtocolDraft';
import { hubSettingsSchema } from '../../server/settings';
import type { Actor } from '../../shared/lifecycle/events';
import { diffProtocol } from '../../shared/rules/protocolDiff';
import { DEFAULT_PROTOCOL_CONTENT } from '../../shared/schemas/protocol';
import { ERROR_CODES, errorBodySchema } from '../../shared/errors';
import { resyncReplySchema } from '../../shared/schemas/api';
import { dbFingerprint } from '../helpers/dbFingerprint';
import { startTestHub, type TestHub } from '../helpers/hub';
import { ACCOUNT_OF, hostileRequest, renderRequest, WHO, type HostileRequest, type RenderedRequest, type Who } from '../helpers/hostileRequests';
import { hostileKey, hostileValue, IMPOSSIBLE_DATES, repeated, STACK_TRACE } from '../helpers/hostileValues';
import { createRequestPool } from '../helpers/requestPool';

let hub: TestHub;
let pool: ReturnType<typeof createRequestPool>;
const cookies = new Map<Who, string>();
type SignedIn = keyof typeof ACCOUNT_OF;
const SIGNED_IN = Object.keys(ACCOUNT_OF) as SignedIn[];

async function signIn(who: SignedIn) {
  cookies.set(who, (await hub.signIn(ACCOUNT_OF[who])).cookie);
}

/** A new session straight into the database: signing in again costs a scrypt hash, and may be throttled by now. */
function renewSession(who: SignedIn) {
  const staff = hub.db.q.staff.byUsername(ACCOUNT_OF[who])!;
  const token = randomBytes(32).toString('base64url');
  hub.db.write(() => hub.db.q.staff.createSession({ tokenHash: sha256(token), staffId: staff.id, createdAt: hub.clock.now(), expiresAt: hub.clock.now() + 12 * 3600_000 }));
  cookies.set(who, `${SESSION_COOKIE}=${token}`);
}

beforeAll(async () => {
  hub = await startTestHub();
  pool = createRequestPool(hub, 4);
  // Four requests in each of seven statuses: requests and hand-offs 10 and 16 exist for loose ids.
  await pool.fill();
  for (const who of SIGNED_IN) await signIn(who);
  cookies.set('forgedCookie', `${SESSION_COOKIE}=forged-session-token-0000`);
});
afterAll(() => hub.stop());

const context = () => ({ url: hub.url, now: hub.clock.now(), cookieOf: (who: Who) => cookies.get(who), target: pool.target });

async function send(r: Pick<RenderedRequest, 'method' | 'path' | 'headers' | 'body'>) {
  const res = await fetch(`${hub.url}${r.path}`, { method: r.method, headers: r.headers, body: r.body, redirect: 'manual' });
  return { status: res.status, text: await res.text() };
}

const describeCase = (r: RenderedRequest, res: { status: number; text: string }) => {
  const sent = r.body ? new TextDecoder().decode(r.body.subarray(0, 600)) : '(no body)';
  return `${r.method} ${r.path} ${JSON.stringify(r.headers)} ${sent} → ${res.status} ${res.text.slice(0, 300)}`;
};

function assertWellFormedRefusal(r: RenderedRequest, res: { status: number; text: string }) {
  if (r.method === 'HEAD') return;
  let body: unknown;
  expect(() => (body = JSON.parse(res.text)), `an error body that is not JSON: ${describeCase(r, res)}`).not.toThrow();
  const parsed = errorBodySchema.safeParse(body);
  expect(parsed.success, describeCase(r, res)).toBe(true);
  const { code } = parsed.data!.error;
  expect(ERROR_CODES[code as keyof typeof ERROR_CODES], describeCase(r, res)).toBe(res.status);
  expect(res.text, describeCase(r, res)).not.toMatch(STACK_TRACE);
  for (const marker of r.markers) expect(res.text, `echoed a patient value: ${describeCase(r, res)}`).not.toContain(marker);
}

const YEAR_MS = 366 * 24 * 3600_000;

/**
 * Settings an admin stored are in force at once: whatever the hub accepted, it must still admit a
 * request and give it deadlines a patient could live with (due after submission, within a year).
 */
async function probeAfterSettingsChange(settingsSent: string) {
  const coordinator = cookies.get('coordinator')!;
  const context = `after storing settings ${settingsSent.slice(0, 400)}`;
  for (const path of ['/api/hub', '/api/queue', '/api/liability/matrix', '/api/safety-netting-templates']) {
    const res = await send({ method: 'GET', path, headers: { cookie: coordinator }, body: undefined });
    expect(res.status, `GET ${path} ${context}: ${res.text.slice(0, 300)}`).toBe(200);
  }
  const intake = await hub.submit();
  expect(intake.status, `an intake ${context}`).toBe(201);
  const { id } = (await intake.json()) as { id: number };
  const detail = await send({ method: 'GET', path: `/api/consultations/${id}`, headers: { cookie: coordinator }, body: undefined });
  const { submittedAt, sla } = JSON.parse(detail.text) as { submittedAt: string; sla: { firstActionDue: string; outcomeDue: string } };
  for (const due of [sla.firstActionDue, sla.outcomeDue]) {
    const gap = Date.parse(due) - Date.parse(submittedAt);
    expect(gap >= 0 && gap <= YEAR_MS, `deadline ${due} for a request submitted ${submittedAt}, ${context}`).toBe(true);
  }
}

/** Back to the defaults through the same audited command an admin's change takes. */
async function restoreDefaultSettings() {
  await hub.execute(changeSettings, { actor: { kind: 'staff', id: 0, name: 'test admin', roles: ['admin'] }, body: hubSettingsSchema.parse({}) });
}

/**
 * A signed-off protocol built from mutated content may close destinations the request pool routes to:
 * back to the default protocol, through the same audited commands a lead's sign-off takes.
 */
async function restoreDefaultProtocol() {
  const lead = (id: number): Actor => ({ kind: 'staff', id, name: `test lead ${-id}`, roles: ['lead'] });
  if (hub.db.q.protocol.draft()) await hub.execute(discardProtocolDraft, { actor: lead(-1), body: {} });
  if (diffProtocol(hub.settings().protocol.content, DEFAULT_PROTOCOL_CONTENT).length === 0) return;
  await hub.execute(startProtocolDraft, { actor: lead(-1), body: { content: DEFAULT_PROTOCOL_CONTENT } });
  for (const id of [-1, -2]) if (hub.db.q.protocol.draft()) await hub.execute(signOffProtocol, { actor: lead(id), body: {} });
}

/**
 * An admin's change to a staff account (ids are request ids here, and so often the test's own accounts):
 * the accounts each role signs in with are put back as they were, through the same audited commands, and
 * signed in again, so later cases still reach what they aim at.
 */
async function restoreTestAccounts() {
  const admin: Actor = { kind: 'staff', id: 0, name: 'test admin', roles: ['admin'] };
  for (const who of SIGNED_IN) {
    const account = ACCOUNTS.find((a) => a.username === ACCOUNT_OF[who])!;
    const row = hub.db.q.staff.byUsername(account.username)!;
    if (!row.active) await hub.execute(reactivateStaff, { actor: admin, body: { staffId: row.id } });
    const access = { name: account.name, roles: account.roles, practiceOds: account.practiceOds ?? null, registrationBody: null, registrationNumber: null };
    if (JSON.stringify(row.roles) !== JSON.stringify(account.roles) || row.practiceOds !== access.practiceOds) {
      hub.db.write(() => hub.db.q.staff.setAccess(row.id, access));
    }
    renewSession(who);
  }
  hub.directory.refresh();
}

/** A year of minutes: an SLA allowance beyond it is no SLA, and the working-time clock walks it day by day. */
const MAX_SLA_MINUTES = 525_600;

/** Fields of stored settings no hub could run on; checked before probing, since such settings can hang the hub. */
function absurdFields(sent: unknown): string[] {
  const sla = (sent as { sla?: Record<string, unknown> } | null)?.sla ?? {};
  return Object.entries(sla)
    .filter(([key, value]) => key.endsWith('Minutes') && typeof value === 'number' && value > MAX_SLA_MINUTES)
    .map(([key, value]) => `sla.${key} = ${value}`);
}

async function checkSettingsInForce(r: RenderedRequest) {
  const sent = r.body ? new TextDecoder().decode(r.body) : '';
  try {
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(sent);
    } catch {
      // Accepted without a JSON body: the defaults were stored.
    }
    expect(absurdFields(parsed), `absurd settings were accepted: ${sent.slice(0, 400)}`).toEqual([]);
    await probeAfterSettingsChange(sent);
  } finally {
    await restoreDefaultSettings();
  }
}

/** Runs one generated request and checks every property that holds for any request. */
async function sendAndCheck(c: HostileRequest) {
  await pool.fill();
  const r = renderRequest(c, context());
  const before = dbFingerprint(hub.db);
  const res = await send(r);
  expect(res.status, describeCase(r, res)).toBeLessThan(500);
  if (res.status >= 400) {
    assertWellFormedRefusal(r, res);
    expect(dbFingerprint(hub.db), `a refusal wrote to the database: ${describeCase(r, res)}`).toEqual(before);
  }
  const probe: Record<string, unknown> = {};
  expect([probe.polluted, probe.isAdmin, probe.roles], 'Object.prototype was polluted').toEqual([undefined, undefined, undefined]);
  const ok = res.status < 300;
  if (ok && r.path === '/api/auth/logout' && r.who in ACCOUNT_OF) renewSession(r.who as SignedIn);
  if (ok && r.method === 'PUT' && r.path === '/api/admin/settings') await checkSettingsInForce(r);
  if (ok && r.path === '/api/protocol/draft/sign-off') await restoreDefaultProtocol();
  if (ok && r.method !== 'GET' && r.path.startsWith('/api/admin/staff/')) await restoreTestAccounts();
  return { r, res };
}

it('answers any request to any route without a 5xx, a stack trace or an echoed patient value, and a refusal writes nothing', async () => {
  let sent = 0;
  await fc.assert(
    fc.asyncProperty(hostileRequest, async (c) => {
      await sendAndCheck(c);
      sent++;
    }),
    { numRuns: 2_000 },
  );
  expect(sent).toBeGreaterThanOrEqual(2_000);
}, 180_000);

it('admits or refuses any patient a practice sends, never with a server error', async () => {
  // Well-formed intakes with the practice's key: only the patient's values vary (odd birth dates above all).
  const intake = hostileRequest.map((c): HostileRequest => ({ ...c, route: 'intake', method: 'fitting', bearer: 'fitting', body: { kind: 'valid', mutations: [] }, contentType: 'json', origin: 'none' }));
  await fc.assert(fc.asyncProperty(intake, async (c) => void (await sendAndCheck(c))), { numRuns: 200 });
}, 60_000);

const ID_ROUTES = ['detail', 'command', 'answer', 'acknowledge', 'liability'] as const;

it('refuses every loose spelling of a real id (hex, exponent, sign, leading zero, decimal, spaces)', async () => {
  // Otherwise well-formed requests from the role that may send them: only the id is wrong.
  const looseIdRequest = fc
    .tuple(hostileRequest, fc.constantFrom(...ID_ROUTES), fc.constantFrom('loose' as const, 'looseLiteral' as const), fc.constantFrom('coordinator', 'anp', 'lead', 'practice') as fc.Arbitrary<Who>)
    .map(([c, route, form, who]): HostileRequest => ({ ...c, route, who, id: { ...c.id, form }, method: 'fitting', bearer: 'fitting', body: { kind: 'valid', mutations: [] }, contentType: 'json', origin: 'none', at: undefined }));
  await fc.assert(
    fc.asyncProperty(looseIdRequest, async (c) => {
      const { r, res } = await sendAndCheck(c);
      if (r.looseId) expect(res.status, `a loose id was accepted: ${describeCase(r, res)}`).toBeGreaterThanOrEqual(400);
    }),
    { numRuns: 300 },
  );
}, 60_000);

it('refuses every change sent with a session cookie from a page on another origin', async () => {
  const crossOrigin = fc
    .tuple(hostileRequest, fc.constantFrom('command', 'answer', 'settingsPut', 'review', 'reviewPolicyPut') as fc.Arbitrary<HostileRequest['route']>, fc.constantFrom('foreign' as const, 'null' as const), fc.constantFrom(...SIGNED_IN))
    .map(([c, route, origin, who]): HostileRequest => ({ ...c, route, origin, who, method: 'fitting', body: { kind: 'valid', mutations: [] }, contentType: 'json', id: { ...c.id, form: 'valid' } }));
  await fc.assert(
    fc.asyncProperty(crossOrigin, async (c) => {
      const { r, res } = await sendAndCheck(c);
      if (r.crossOriginWrite) expect(res.status, `a cross-origin change was accepted: ${describeCase(r, res)}`).toBeGreaterThanOrEqual(400);
    }),
    { numRuns: 300 },
  );
}, 60_000);

/** The settings whose values bound time: SLA minutes, lease, amber point, hours, closures, time zone. */
const SETTINGS_FIELDS = [
  ['sla', 'firstActionMinutes'],
  ['sla', 'outcomeMinutes'],
  ['sla', 'redFlagAcceptMinutes'],
  ['sla', 'offerExpiryMinutes'],
  ['sla', 'externalAckMinutes'],
  ['sla', 'amberAtFraction'],
  ['leaseMinutes'],
  ['calendar', 'timeZone'],
  ['calendar', 'closures'],
  ['calendar', 'closures', 0],
  ['calendar', 'hours', 'tue', 'open'],
  ['calendar', 'hours', 'tue', 'close'],
  ['calendar', 'hours', 'sun'],
];

it('refuses absurd settings, and keeps admitting requests with sane deadlines under any settings it accepts', async () => {
  // Valid settings from the admin, with one or two fields set to an absurd value.
  const absurd = fc.oneof(
    fc.integer({ min: -10, max: 0 }),
    fc.constantFrom(2 ** 31, 2 ** 53 - 1, 1e9, 1e308, 0.5, 1e-9, 100_000),
    fc.constantFrom(...IMPOSSIBLE_DATES, '00:00', '23:59', '24:00', 'Etc/GMT+14', 'Mars/Olympus_Mons', ''),
    fc.array(fc.constantFrom(...IMPOSSIBLE_DATES), { minLength: 1, maxLength: 3 }),
  );
  const settingsChange = fc
    .tuple(hostileRequest, fc.array(fc.record({ op: fc.constant('setAt' as const), path: fc.constantFrom(...SETTINGS_FIELDS), value: absurd }), { minLength: 1, maxLength: 2 }))
    .map(([c, mutations]): HostileRequest => ({ ...c, route: 'settingsPut', who: 'admin', method: 'fitting', body: { kind: 'valid', mutations }, contentType: 'json', origin: 'none' }));
  await fc.assert(fc.asyncProperty(settingsChange, async (c) => void (await sendAndCheck(c))), { numRuns: 200 });
}, 60_000);

// ——— Socket.IO ———

type Workstation = Socket;
const RESERVED = new Set(['connect', 'connect_error', 'disconnect', 'disconnecting', 'newListener', 'removeListener']);

function openSocket(cookie: string | undefined, origin?: string): Promise<Workstation> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {};
    if (cookie) headers.cookie = cookie;
    if (origin) headers.origin = origin;
    const socket = connect(hub.url, { transports: ['websocket'], extraHeaders: headers, reconnection: false, forceNew: true, timeout: 3_000 });
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (err) => {
      socket.close();
      reject(err);
    });
  });
}

/** Over Socket.IO's 1 MB message limit: the server may drop the connection, which is a fair answer. */
const OVERSIZED = repeated(1_100_000, 'y');

/** Waits (briefly) for the server to react to an oversized message, then retires the socket. */
async function retire(socket: Workstation) {
  if (socket.connected) await new Promise((resolve) => (socket.once('disconnect', resolve), setTimeout(resolve, 1_000)));
  socket.close();
}

const emission = fc.record({
  who: fc.constantFrom(...SIGNED_IN),
  event: fc.oneof(
    { weight: 4, arbitrary: fc.constant('resync') },
    { weight: 2, arbitrary: fc.constant('presence') },
    { weight: 1, arbitrary: fc.constantFrom('change', 'claim', 'error', 'message', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'Resync') },
    { weight: 1, arbitrary: hostileKey.filter((k) => k.length > 0 && !RESERVED.has(k)) },
  ),
  args: fc.oneof(
    { weight: 3, arbitrary: fc.tuple(fc.oneof(fc.constantFrom(0, 1, 5, 2 ** 53 - 1, 'available', 'away', 'asleep'), hostileValue)) },
    { weight: 1, arbitrary: fc.array(fc.oneof(hostileValue, fc.uint8Array({ maxLength: 64 }), fc.constant(OVERSIZED)), { maxLength: 3 }) },
  ),
  ack: fc.boolean(),
});

it('stays up and answers every resync, whatever signed-in workstations emit', async () => {
  const sockets = new Map<SignedIn, Workstation>();
  const socketOf = async (who: SignedIn) => {
    const open = sockets.get(who);
    if (open?.connected) return open;
    const socket = await openSocket(cookies.get(who));
    sockets.set(who, socket);
    return socket;
  };
  let emitted = 0;
  try {
    await fc.assert(
      fc.asyncProperty(fc.array(emission, { minLength: 1, maxLength: 6 }), async (emissions) => {
        for (const e of emissions) {
          const socket = await socketOf(e.who);
          emitted++;
          if (e.args.includes(OVERSIZED)) {
            socket.emit(e.event, ...e.args);
            await retire(socket);
            continue;
          }
          // The contract is resync(lastSeq, ack): that call must always be answered.
          if (e.event === 'resync' && e.ack && e.args.length === 1) {
            const reply = await socket.timeout(3_000).emitWithAck('resync', e.args[0]);
            const shape = resyncReplySchema.safeParse(reply);
            expect(shape.success || errorBodySchema.safeParse(reply).success, `resync(${JSON.stringify(e.args[0])?.slice(0, 80)}) answered ${JSON.stringify(reply)?.slice(0, 200)}`).toBe(true);
            if (shape.success && e.who === 'practice') {
              const items = shape.data.kind === 'changes' ? shape.data.changes.map((c) => c.item) : shape.data.snapshot.items;
              expect(items.every((item) => item.practiceOds === 'E85001'), 'a practice saw another practice’s request').toBe(true);
            }
          } else if (e.ack) socket.emit(e.event, ...e.args, () => undefined);
          else socket.emit(e.event, ...e.args);
        }
        const health = await send({ method: 'GET', path: '/api/health', headers: {}, body: undefined });
        expect(health.status).toBe(200);
      }),
      { numRuns: 300 },
    );
  } finally {
    for (const socket of sockets.values()) socket.close();
  }
  expect(emitted).toBeGreaterThanOrEqual(300);
  // A fresh workstation still connects and resyncs after all that.
  const fresh = await openSocket(cookies.get('coordinator'));
  expect(resyncReplySchema.safeParse(await fresh.timeout(3_000).emitWithAck('resync', 0)).success).toBe(true);
  fresh.close();
}, 120_000);

it('opens no workstation socket without a session, or for a page on another origin', async () => {
  for (const who of WHO) {
    for (const origin of [undefined, hub.url, 'https://evil.example', 'null']) {
      const opened = await openSocket(cookies.get(who), origin).then(
        (s) => (s.close(), true),
        () => false,
      );
      const allowed = who in ACCOUNT_OF && (origin === undefined || origin === hub.url);
      expect(opened, `${who} from origin ${origin ?? '(none)'}`).toBe(allowed);
    }
  }
});
