// Generated HTTP requests to every route of the hub (the table in hostileRoutes.ts): a route, a method,
// who sends it, an id in any form, a body (valid-shaped with mutated fields, or junk), a content type and
// an Origin. The case is generated as data and rendered against the hub's current state, so ids and
// versions are real.
import fc from 'fast-check';
import { Big, copyValue, hostileKey, hostileValue, idForm, IMPOSSIBLE_INSTANTS, patientFrom, patientPick, RAW_BODIES, renderId } from './hostileValues';
import { TEST_INTAKE_KEY } from './fixtures';
import { TEST_CALLBACK_TOKEN } from './hub';
import { CONSULTATION_COMMANDS, HANDOFF_COMMANDS, UNKNOWN_COMMANDS } from './hostileCommands';
import { DEFAULT_SENDER, ROUTES, routeNamed, TARGET_POOLS, WHO, type RouteName, type Sender, type TargetPool, type Who } from './hostileRoutes';

export { ACCOUNT_OF, TARGET_POOLS, WHO, type TargetPool, type Who } from './hostileRoutes';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;
export const CONTENT_TYPES = {
  json: 'application/json',
  jsonUtf8: 'application/json; charset=utf-8',
  jsonUtf7: 'application/json; charset=utf-7',
  text: 'text/plain',
  form: 'application/x-www-form-urlencoded',
  multipart: 'multipart/form-data; boundary=ehubfuzz',
  none: null,
} as const;

const mutation = fc.oneof(
  fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: hostileValue }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('add' as const), key: hostileKey, value: hostileValue }),
);
/** `set` picks a leaf by index; `setAt` names it (tests that aim at one field use it). */
type Mutation = (typeof mutation extends fc.Arbitrary<infer T> ? T : never) | { op: 'setAt'; path: (string | number)[]; value: unknown };

const body = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('valid' as const), mutations: fc.array(mutation as fc.Arbitrary<Mutation>, { maxLength: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('protoPolluted' as const), key: fc.constantFrom('__proto__', 'constructor') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('junk' as const), value: hostileValue }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('raw' as const), name: fc.constantFrom(...(Object.keys(RAW_BODIES) as (keyof typeof RAW_BODIES)[])) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'none' as const }) },
);

export const hostileRequest = fc.record({
  // Sign-in is rare: each one costs a scrypt hash (about half a second on a busy machine).
  route: fc.oneof({ weight: 1, arbitrary: fc.constant('login' as RouteName) }, { weight: 60, arbitrary: fc.constantFrom(...ROUTES.map((r): RouteName => r.name).filter((r) => r !== 'login')) }),
  consultationCommand: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...CONSULTATION_COMMANDS) }, { weight: 1, arbitrary: fc.constantFrom(...UNKNOWN_COMMANDS) }),
  handoffCommand: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...HANDOFF_COMMANDS) }, { weight: 1, arbitrary: fc.constantFrom(...UNKNOWN_COMMANDS) }),
  method: fc.oneof({ weight: 6, arbitrary: fc.constant('fitting' as const) }, { weight: 1, arbitrary: fc.constantFrom(...METHODS) }),
  // Mostly whoever may send it, at a request in the state it acts on, so refusals come from the
  // hostile part of the case rather than always from the role or the status.
  who: fc.oneof({ weight: 2, arbitrary: fc.constant('fitting' as const) }, { weight: 3, arbitrary: fc.constantFrom(...WHO) }),
  bearer: fc.oneof({ weight: 10, arbitrary: fc.constant('fitting' as const) }, { weight: 1, arbitrary: fc.constantFrom('intake', 'pharmacy', 'otherPharmacy', 'notify', 'wrong', 'none') }),
  target: fc.record({ pool: fc.oneof({ weight: 2, arbitrary: fc.constant('fitting' as const) }, { weight: 3, arbitrary: fc.constantFrom(...TARGET_POOLS) }), pick: fc.nat() }),
  id: idForm,
  body,
  patient: patientPick,
  submittedAt: fc.oneof({ weight: 4, arbitrary: fc.constant('recent') }, { weight: 1, arbitrary: fc.constantFrom(...IMPOSSIBLE_INSTANTS) }),
  at: fc.oneof(fc.constant(undefined), fc.constant('recent'), fc.constantFrom(...IMPOSSIBLE_INSTANTS), fc.constant(['a', 'b'])),
  contentType: fc.oneof({ weight: 12, arbitrary: fc.constant('json' as const) }, { weight: 1, arbitrary: fc.constantFrom(...(Object.keys(CONTENT_TYPES) as (keyof typeof CONTENT_TYPES)[])) }),
  origin: fc.oneof({ weight: 4, arbitrary: fc.constant('none' as const) }, { weight: 1, arbitrary: fc.constantFrom('same', 'foreign', 'null') }),
});
export type HostileRequest = typeof hostileRequest extends fc.Arbitrary<infer T> ? T : never;

/** What rendering needs from the hub: the real ids the case aims at, and the cookies of each role. */
export interface RenderContext {
  url: string;
  now: number;
  cookieOf(who: Who): string | undefined;
  /** A request in the pool, with its version and pending hand-off (if any). */
  target(pool: TargetPool, pick: number): { id: number; version: number; handoffId: number | null };
}

export interface RenderedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: Uint8Array | undefined;
  /** Patient values placed in the body: an error must not echo them. */
  markers: string[];
  looseId: boolean;
  /** Who sent it, once 'fitting' is resolved. */
  who: Who;
  /** Sent with a session cookie from a page on another origin, to change something. */
  crossOriginWrite: boolean;
}

/** Paths to every leaf of a JSON value, for mutations to pick from. */
function leafPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object' || value instanceof Big) return [prefix];
  const entries = Object.entries(value);
  if (entries.length === 0) return [prefix];
  return [prefix, ...entries.flatMap(([k, v]) => leafPaths(v, [...prefix, Array.isArray(value) ? Number(k) : k]))];
}

function mutate(target: Record<string, unknown>, m: Mutation): void {
  if (m.op === 'add') {
    Object.defineProperty(target, m.key, { value: copyValue(m.value), enumerable: true, configurable: true, writable: true });
    return;
  }
  const paths = m.op === 'setAt' ? [m.path] : leafPaths(target).filter((p) => p.length > 0);
  if (paths.length === 0) return;
  const path = m.op === 'setAt' ? m.path : paths[m.at % paths.length]!;
  let parent = target as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  // An earlier mutation may have replaced a node on this path with a primitive: nothing left to set.
  if (parent === null || typeof parent !== 'object') return;
  const last = path.at(-1)!;
  if (m.op === 'delete') delete parent[last];
  else parent[last] = copyValue(m.value);
}

function encodeBody(value: unknown, contentType: keyof typeof CONTENT_TYPES): string {
  const text = JSON.stringify(value) ?? '';
  if (value instanceof Big) return text;
  if (contentType === 'form' && value && typeof value === 'object') {
    return new URLSearchParams(Object.entries(value).map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : JSON.stringify(v) ?? ''])).toString();
  }
  if (contentType === 'multipart' && value && typeof value === 'object') {
    const parts = Object.entries(value).map(([k, v]) => `--ehubfuzz\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${typeof v === 'string' ? v : JSON.stringify(v)}\r\n`);
    return `${parts.join('')}--ehubfuzz--\r\n`;
  }
  return text;
}

const BEARERS = { intake: TEST_INTAKE_KEY, pharmacy: 'key-FA101', otherPharmacy: 'key-FQ202', notify: TEST_CALLBACK_TOKEN, wrong: 'not-a-key-0000', none: undefined } as const;

/** Who sends the case and at which request: the route's sender where the case says 'fitting'. */
function fitting(c: HostileRequest): Sender {
  const command = c.route === 'answer' ? c.handoffCommand : c.consultationCommand;
  const sender = routeNamed(c.route).sender;
  const fit = (typeof sender === 'function' ? sender(command) : sender) ?? DEFAULT_SENDER;
  return { who: c.who === 'fitting' ? fit.who : c.who, pool: c.target.pool === 'fitting' ? fit.pool : c.target.pool };
}

export function renderRequest(c: HostileRequest, ctx: RenderContext): RenderedRequest {
  const spec = routeNamed(c.route);
  const { who, pool } = fitting(c);
  const t = ctx.target(pool, c.target.pick);
  const realId = c.route === 'answer' || c.route === 'acknowledge' ? (t.handoffId ?? t.id) : t.id;
  const { segment, loose } = renderId(c.id, realId);
  const command = c.route === 'answer' ? c.handoffCommand : c.consultationCommand;
  let path = spec.path(segment, command);
  if (c.route === 'liability' && c.at !== undefined) {
    const at = c.at === 'recent' ? [new Date(ctx.now - 30_000).toISOString()] : Array.isArray(c.at) ? c.at : [c.at];
    path += `?${at.map((a) => `at=${encodeURIComponent(a)}`).join('&')}`;
  }
  const method = c.method === 'fitting' ? spec.method : c.method;

  const patient = patientFrom(c.patient);
  const valid =
    spec.body?.({
      command,
      pick: c.target.pick,
      expectedVersion: t.version,
      handoffId: t.handoffId,
      submittedAt: c.submittedAt === 'recent' ? new Date(ctx.now - 60_000).toISOString() : c.submittedAt,
      patient,
    }) ?? {};
  let text: string | undefined;
  if (c.body.kind === 'valid') {
    const value = structuredClone(valid);
    for (const m of c.body.mutations) mutate(value, m);
    text = encodeBody(value, c.contentType);
  } else if (c.body.kind === 'protoPolluted') {
    // JSON.stringify drops a __proto__ set by assignment, so the key is spliced into the text.
    const inner = JSON.stringify(valid).slice(1);
    text = `{"${c.body.key}":{"roles":["admin"],"isAdmin":true,"polluted":true,"prototype":{"polluted":true}}${inner === '}' ? '' : ','}${inner}`;
  } else if (c.body.kind === 'junk') text = encodeBody(c.body.value, c.contentType);
  else if (c.body.kind === 'raw') text = RAW_BODIES[c.body.name];

  const headers: Record<string, string> = {};
  const contentType = CONTENT_TYPES[c.contentType];
  if (contentType && text !== undefined) headers['content-type'] = contentType;
  const cookie = ctx.cookieOf(who);
  if (cookie) headers.cookie = cookie;
  const bearerName = c.bearer === 'fitting' ? (spec.bearer ?? 'none') : c.bearer;
  const bearer = BEARERS[bearerName];
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  if (c.origin === 'same') headers.origin = ctx.url;
  if (c.origin === 'foreign') headers.origin = 'https://evil.example';
  if (c.origin === 'null') headers.origin = 'null';

  const bodyAllowed = method !== 'GET' && method !== 'HEAD';
  const unsafe = !['GET', 'HEAD', 'OPTIONS'].includes(method);
  return {
    method,
    path,
    headers,
    who,
    // Bytes, not a string: fetch would otherwise add text/plain to a request meant to have no type.
    body: bodyAllowed && text !== undefined ? new TextEncoder().encode(text) : undefined,
    markers: c.body.kind === 'valid' || c.body.kind === 'protoPolluted' ? echoMarkersOf(c.route, patient) : [],
    looseId: loose && ['detail', 'command', 'answer', 'acknowledge', 'liability'].includes(c.route),
    // Sign-in, and the integrations' key-authenticated endpoints, are not cookie-authenticated writes.
    crossOriginWrite: unsafe && cookie !== undefined && (c.origin === 'foreign' || c.origin === 'null') && !/^\/api\/(auth|intake)\b|\/acknowledge$/.test(path),
  };
}

function echoMarkersOf(route: RouteName, patient: ReturnType<typeof patientFrom>): string[] {
  if (route === 'intake') return [...Object.values(patient.patient), patient.text].filter((v) => v.trim().length >= 6);
  if (route === 'command') return [patient.text];
  return [];
}
