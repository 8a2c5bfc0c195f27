// Generated HTTP requests to every route of the hub: a route, a method, who sends it, an id in any
// form, a body (valid-shaped with mutated fields, or junk), a content type and an Origin. The case is
// generated as data and rendered against the hub's current state, so ids and versions are real.
import fc from 'fast-check';
import { hubSettingsSchema } from '../../server/settings';
import { DEFAULT_PROTOCOL_CONTENT } from '../../shared/schemas/protocol';

const defaultSettings = () => hubSettingsSchema.parse({});
import { Big, copyValue, hostileKey, hostileValue, idForm, IMPOSSIBLE_INSTANTS, patientFrom, patientPick, RAW_BODIES, renderId } from './hostileValues';
import { TEST_INTAKE_KEY, TEST_PASSWORD } from './fixtures';
import { TEST_CALLBACK_TOKEN } from './hub';

/** A request id as the day of a rota date (2026-12-07), and hostile ids as they come. */
const dayOf = (id: string) => (/^\d$/.test(id) ? `0${id}` : id);
/** Rota sessions from the command picked, so most rota cases name a real session and some do not. */
const SESSION_OF: Record<string, string> = { claim: 'morning', release: 'morning', handoffs: 'afternoon', complete: 'afternoon' };

/** Every route in server/routes/*.ts, the commands of server/commands/index.ts, and some that do not exist. */
export const ROUTES = {
  login: { method: 'POST', path: () => '/api/auth/login' },
  logout: { method: 'POST', path: () => '/api/auth/logout' },
  me: { method: 'GET', path: () => '/api/auth/me' },
  health: { method: 'GET', path: () => '/api/health' },
  intake: { method: 'POST', path: () => '/api/intake' },
  queue: { method: 'GET', path: () => '/api/queue' },
  detail: { method: 'GET', path: (id: string) => `/api/consultations/${id}` },
  command: { method: 'POST', path: (id: string, command: string) => `/api/consultations/${id}/${command}` },
  answer: { method: 'POST', path: (id: string, command: string) => `/api/handoffs/${id}/${command}` },
  acknowledge: { method: 'POST', path: (id: string) => `/api/handoffs/${id}/acknowledge` },
  liability: { method: 'GET', path: (id: string) => `/api/consultations/${id}/liability` },
  matrix: { method: 'GET', path: () => '/api/liability/matrix' },
  practices: { method: 'GET', path: () => '/api/practices' },
  pharmacies: { method: 'GET', path: () => '/api/pharmacies' },
  templates: { method: 'GET', path: () => '/api/safety-netting-templates' },
  messageTemplates: { method: 'GET', path: () => '/api/message-templates' },
  hub: { method: 'GET', path: () => '/api/hub' },
  settingsGet: { method: 'GET', path: () => '/api/admin/settings' },
  settingsPut: { method: 'PUT', path: () => '/api/admin/settings' },
  unlock: { method: 'POST', path: (id: string) => `/api/admin/staff/${id}/unlock` },
  staffList: { method: 'GET', path: () => '/api/admin/staff' },
  staffCreate: { method: 'POST', path: () => '/api/admin/staff' },
  staffChange: { method: 'PUT', path: (id: string) => `/api/admin/staff/${id}` },
  staffDeactivate: { method: 'POST', path: (id: string) => `/api/admin/staff/${id}/deactivate` },
  staffReactivate: { method: 'POST', path: (id: string) => `/api/admin/staff/${id}/reactivate` },
  staffResetPassword: { method: 'POST', path: (id: string) => `/api/admin/staff/${id}/reset-password` },
  protocol: { method: 'GET', path: () => '/api/protocol' },
  protocolVersions: { method: 'GET', path: () => '/api/protocol/versions' },
  protocolDraft: { method: 'GET', path: () => '/api/protocol/draft' },
  protocolDraftStart: { method: 'POST', path: () => '/api/protocol/drafts' },
  protocolDraftPut: { method: 'PUT', path: () => '/api/protocol/draft' },
  protocolSignOff: { method: 'POST', path: () => '/api/protocol/draft/sign-off' },
  protocolDiscard: { method: 'DELETE', path: () => '/api/protocol/draft' },
  rota: { method: 'GET', path: (id: string) => `/api/rota?from=2026-11-${dayOf(id)}&to=2026-12-${dayOf(id)}` },
  rotaAssign: { method: 'PUT', path: (id: string, command: string) => `/api/rota/2026-12-${dayOf(id)}/${SESSION_OF[command] ?? command}` },
  rotaClear: { method: 'DELETE', path: (id: string, command: string) => `/api/rota/2026-12-${dayOf(id)}/${SESSION_OF[command] ?? command}` },
  staff: { method: 'GET', path: () => '/api/staff' },
  reviewQueue: { method: 'GET', path: (id: string) => `/api/reviews/queue?from=2026-11-01&to=2026-11-${id}` },
  reviewAgreement: { method: 'GET', path: (id: string) => `/api/reviews/agreement?from=${id}&to=2026-11-30` },
  reviewMine: { method: 'GET', path: () => '/api/reviews/mine' },
  reviewPolicyGet: { method: 'GET', path: () => '/api/reviews/policy' },
  reviewPolicyPut: { method: 'PUT', path: () => '/api/reviews/policy' },
  review: { method: 'POST', path: () => '/api/reviews' },
  requestMessages: { method: 'GET', path: (id: string) => `/api/consultations/${id}/messages` },
  sentMessages: { method: 'GET', path: (id: string) => `/api/messages?limit=${id}` },
  contactTasks: { method: 'GET', path: () => '/api/contact-tasks' },
  contactTaskResolve: { method: 'POST', path: (id: string) => `/api/contact-tasks/${id}/resolve` },
  notifyCallback: { method: 'POST', path: () => '/api/integrations/notify/delivery-receipts' },
  statsSummary: { method: 'GET', path: (id: string) => `/api/stats/summary?from=2026-11-01&to=2026-11-${id}` },
  statsDailyCsv: { method: 'GET', path: (id: string) => `/api/stats/daily.csv?from=${id}&to=2026-11-30` },
  statsPractices: { method: 'GET', path: (id: string) => `/api/stats/practices?from=2026-11-01&to=2026-11-30&practice=${id}` },
  statsOther: { method: 'GET', path: (id: string, command: string) => `/api/stats/${['outcomes', 'sla', 'heatmap', 'teams', 'staff'][command.length % 5]}${command.length % 2 ? '.csv' : ''}?from=2026-11-${id}&to=2026-11-30` },
  statsCapacity: { method: 'GET', path: (id: string) => `/api/stats/capacity?practice=${id}` },
  search: { method: 'GET', path: (id: string, command: string) => `/api/search?q=${['EH-26-00001', '943 476 5919', 'mctest', 'E85001', 'Testy%20Mc'][command.length % 5]}&from=2026-11-01&to=2026-11-${id}` },
  listSize: { method: 'PUT', path: (id: string) => `/api/admin/practices/${id}/list-size` },
  // Organisations named from the id, so the fixture practices and pharmacies (and their keys) stay as the other routes need them.
  adminPractices: { method: 'GET', path: () => '/api/admin/practices' },
  practiceAdd: { method: 'POST', path: () => '/api/admin/practices' },
  practiceEdit: { method: 'PATCH', path: (id: string) => `/api/admin/practices/ZP${id}` },
  practiceKey: { method: 'POST', path: (id: string) => `/api/admin/practices/ZP${id}/intake-key` },
  adminPharmacies: { method: 'GET', path: () => '/api/admin/pharmacies' },
  pharmacyAdd: { method: 'POST', path: () => '/api/admin/pharmacies' },
  pharmacyEdit: { method: 'PATCH', path: (id: string) => `/api/admin/pharmacies/ZF${id}` },
  pharmacyKey: { method: 'POST', path: (id: string) => `/api/admin/pharmacies/ZF${id}/integration-key` },
  inboxLists: { method: 'GET', path: () => '/api/inbox/lists' },
  unknown: { method: 'GET', path: (id: string, command: string) => `/api/${command}/${id}` },
  outsideApi: { method: 'GET', path: (id: string) => `/${id}` },
  statsDashboard: { method: 'GET', path: (id: string) => `/api/stats/dashboard?from=2026-11-${id}&to=2026-11-30&practice=E85001` },
} as const;
export type RouteName = keyof typeof ROUTES;

export const CONSULTATION_COMMANDS = ['claim', 'release', 'handoffs', 'complete', 'hand-back', 'escalate', 'raise-red-flag', 'confirm-red-flag', 'clear-red-flag', 'reassign', 'file'] as const;
export const HANDOFF_COMMANDS = ['accept', 'decline'] as const;
const UNKNOWN_COMMANDS = ['cancel', 'delete', 'reopen', '__proto__', 'constructor', 'hasOwnProperty', 'toString', 'CLAIM', 'claim%00', '%E0%A4%A', 'consultations', 'acknowledge'] as const;

export const WHO = ['coordinator', 'anp', 'lead', 'manager', 'practice', 'admin', 'signedOut', 'forgedCookie'] as const;
export type Who = (typeof WHO)[number];
/** The account each signed-in role uses; these are never the target of generated sign-ins. */
export const ACCOUNT_OF: Record<Exclude<Who, 'signedOut' | 'forgedCookie'>, string> = {
  coordinator: 'coordinator1',
  anp: 'anp1',
  lead: 'lead1',
  manager: 'manager1',
  practice: 'practice1',
  admin: 'admin1',
};

/** Which request (by status) or hand-off an id-bearing route aims at; resolved at run time. */
export const TARGET_POOLS = ['queued', 'in_triage', 'offered', 'with_clinician', 'redirected', 'returned_to_practice', 'awaiting_delivery', 'closed', 'any'] as const;
export type TargetPool = (typeof TARGET_POOLS)[number];

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
  route: fc.oneof({ weight: 1, arbitrary: fc.constant('login' as RouteName) }, { weight: 60, arbitrary: fc.constantFrom(...(Object.keys(ROUTES) as RouteName[]).filter((r) => r !== 'login')) }),
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

const SAFETY = 'If it gets worse or you are worried, call NHS 111 or your practice.';
const HANDOFF_BODIES = [
  { destination: 'anp', reason: { code: 'clinical_assessment_needed' } },
  { destination: 'physio', reason: { code: 'msk_problem' } },
  { destination: 'duty_clinician', reason: { code: 'red_flag_escalation' } },
  { destination: 'practice_gp', reason: { code: 'needs_gp' } },
  { destination: 'pharmacy_minor_illness', pharmacyOds: 'FA101', reason: { code: 'minor_illness' } },
  { destination: 'pharmacy_first', condition: 'uti', pharmacyOds: 'FA101', exclusions: { pregnant: false, recurrentUti: false, catheter: false }, reason: { code: 'eligible_pharmacy_first' } },
  { destination: 'self_care', safetyNetting: SAFETY, reason: { code: 'self_care_appropriate' } },
  { destination: 'self_referral', pathway: 'msk_physio', safetyNetting: SAFETY, reason: { code: 'other', text: 'physio self-referral suits' } },
  { destination: 'urgent', reason: { code: 'urgent_care_needed' } },
];

function validBody(c: HostileRequest, ctx: RenderContext, t: { version: number; handoffId: number | null }, patient: ReturnType<typeof patientFrom>): Record<string, unknown> {
  const expectedVersion = t.version;
  switch (c.route) {
    case 'login':
      // Mostly wrong passwords, so the throttle soon answers without hashing; never a role's own account.
      return { username: `coordinator${2 + (c.target.pick % 6)}`, password: c.target.pick % 10 === 0 ? TEST_PASSWORD : 'wrong password' };
    case 'intake': {
      const submittedAt = c.submittedAt === 'recent' ? new Date(ctx.now - 60_000).toISOString() : c.submittedAt;
      return { practiceOds: c.target.pick % 4 === 0 ? 'E85002' : 'E85001', submittedAt, kind: 'clinical', text: patient.text, answers: { symptomArea: 'skin', duration: '3 days', severity: 'mild' }, patient: { ...patient.patient, sex: 'female' } };
    }
    case 'command':
      switch (c.consultationCommand) {
        case 'handoffs':
          return { ...HANDOFF_BODIES[c.target.pick % HANDOFF_BODIES.length]!, expectedVersion, suggestionFollowed: false };
        case 'complete':
          return { outcome: 'advice_given', notes: patient.text, expectedVersion };
        case 'hand-back':
        case 'escalate':
        case 'confirm-red-flag':
        case 'clear-red-flag':
          return { reason: 'needs another look by someone', expectedVersion };
        case 'raise-red-flag':
          return { reason: 'sounds clammy and mottled', ruleId: 'sepsis_signs', expectedVersion };
        case 'reassign':
          return { reason: 'the lead reassigns it', to: c.target.pick % 2 === 0 ? { team: 'anp' } : { staffId: 1 + (c.target.pick % 30) }, expectedVersion };
        default:
          return { expectedVersion };
      }
    case 'answer':
      return c.handoffCommand === 'decline' ? { reason: 'not for this team today', expectedVersion } : { expectedVersion };
    case 'protocolDraftStart':
    case 'protocolDraftPut':
      return { content: structuredClone(DEFAULT_PROTOCOL_CONTENT) as unknown as Record<string, unknown> };
    case 'rotaAssign':
      return { clinicianId: 1 + (c.target.pick % 30) };
    case 'review':
      return { handoffId: t.handoffId ?? 1, verdict: 'disagree', severity: 'low', note: 'Should have gone to the GP', reopen: { instruction: 'Call the patient back today' } };
    case 'contactTaskResolve':
      return { resolution: (['told_by_phone', 'back_to_queue', 'no_action_needed'] as const)[c.target.pick % 3], note: 'Phoned the patient and read the advice out' };
    case 'notifyCallback':
      // A receipt for a notification the hub does not hold, or for one of its messages by reference.
      return { id: `9e3a1c2d-0000-4000-8000-00000000000${c.target.pick % 10}`, reference: `ref-${c.target.pick}`, status: c.target.pick % 2 === 0 ? 'delivered' : 'permanent-failure', notification_type: 'sms' };
    case 'listSize':
      return { listSize: 1 + (c.target.pick % 200_000) };
    case 'practiceAdd':
      return { ods: `ZP${c.target.pick % 20}`, name: 'Fuzz Lane Surgery', memberSince: '2026-11-01', memberUntil: c.target.pick % 3 === 0 ? '2027-03-31' : null };
    case 'practiceEdit':
      return { name: 'Fuzz Lane Medical Practice', memberUntil: '2027-06-30' };
    case 'pharmacyAdd':
      return { ods: `ZF${c.target.pick % 20}`, name: 'Fuzz Pharmacy', address: '2 Fuzz Road, Testbury TB3 3CC', phone: '0118 496 0333', openingHours: 'Mon to Fri 9am to 5pm', distanceSelling: c.target.pick % 2 === 0 };
    case 'pharmacyEdit':
      return { phone: '0118 496 0444', openingHours: 'Mon to Sat 8am to 8pm' };
    case 'reviewPolicyPut':
      return { redFlags: true, notFollowingSuggestion: true, coordinatorSelfCareOrSelfReferral: true, declinedOrExpired: true, randomShare: 0.2, seed: 'fuzz' };
    case 'staffCreate':
      return c.target.pick % 2 === 0
        ? { username: `fuzz${c.target.pick}`, name: 'Fuzz Person', roles: ['coordinator'] }
        : { username: `fuzz${c.target.pick}`, name: 'Fuzz Nurse', roles: ['anp'], registrationBody: 'NMC', registrationNumber: '12A3456B' };
    case 'staffChange':
      return { name: 'Renamed Person', roles: ['coordinator'], practiceOds: null, registrationBody: null, registrationNumber: null };
    case 'staffDeactivate':
      return { reason: 'left the hub' };
    case 'staffResetPassword':
      return c.target.pick % 2 === 0 ? {} : { password: 'a long enough passphrase' };
    case 'settingsPut':
      return { ...defaultSettings(), calendar: { ...defaultSettings().calendar, closures: ['2026-12-24'] } } as unknown as Record<string, unknown>;
    default:
      return {};
  }
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

/** Who may send each command, and the status of the requests it acts on. */
const FITTING: Record<string, { who: Who; pool: TargetPool }> = {
  claim: { who: 'coordinator', pool: 'queued' },
  release: { who: 'coordinator', pool: 'in_triage' },
  handoffs: { who: 'coordinator', pool: 'in_triage' },
  complete: { who: 'anp', pool: 'with_clinician' },
  'hand-back': { who: 'anp', pool: 'with_clinician' },
  escalate: { who: 'anp', pool: 'with_clinician' },
  'raise-red-flag': { who: 'coordinator', pool: 'queued' },
  'confirm-red-flag': { who: 'anp', pool: 'queued' },
  'clear-red-flag': { who: 'anp', pool: 'in_triage' },
  accept: { who: 'anp', pool: 'offered' },
  decline: { who: 'anp', pool: 'offered' },
  acknowledge: { who: 'signedOut', pool: 'redirected' },
  notifyCallback: { who: 'signedOut', pool: 'any' },
  settingsPut: { who: 'admin', pool: 'any' },
  settingsGet: { who: 'admin', pool: 'any' },
  unlock: { who: 'admin', pool: 'any' },
  staffList: { who: 'admin', pool: 'any' },
  staffCreate: { who: 'admin', pool: 'any' },
  staffChange: { who: 'admin', pool: 'any' },
  staffDeactivate: { who: 'admin', pool: 'any' },
  staffReactivate: { who: 'admin', pool: 'any' },
  staffResetPassword: { who: 'admin', pool: 'any' },
  protocolDraft: { who: 'lead', pool: 'any' },
  protocolDraftStart: { who: 'lead', pool: 'any' },
  protocolDraftPut: { who: 'lead', pool: 'any' },
  protocolSignOff: { who: 'lead', pool: 'any' },
  protocolDiscard: { who: 'lead', pool: 'any' },
  reassign: { who: 'lead', pool: 'in_triage' },
  file: { who: 'practice', pool: 'closed' },
  rotaAssign: { who: 'lead', pool: 'any' },
  rotaClear: { who: 'lead', pool: 'any' },
  reviewQueue: { who: 'lead', pool: 'any' },
  reviewAgreement: { who: 'lead', pool: 'any' },
  reviewPolicyGet: { who: 'lead', pool: 'any' },
  reviewPolicyPut: { who: 'lead', pool: 'any' },
  review: { who: 'lead', pool: 'closed' },
  requestMessages: { who: 'coordinator', pool: 'awaiting_delivery' },
  contactTaskResolve: { who: 'coordinator', pool: 'any' },
  statsSummary: { who: 'manager', pool: 'any' },
  statsDailyCsv: { who: 'manager', pool: 'any' },
  statsPractices: { who: 'manager', pool: 'any' },
  statsOther: { who: 'manager', pool: 'any' },
  statsCapacity: { who: 'manager', pool: 'any' },
  listSize: { who: 'admin', pool: 'any' },
  adminPractices: { who: 'admin', pool: 'any' },
  practiceAdd: { who: 'admin', pool: 'any' },
  practiceEdit: { who: 'admin', pool: 'any' },
  practiceKey: { who: 'admin', pool: 'any' },
  adminPharmacies: { who: 'admin', pool: 'any' },
  pharmacyAdd: { who: 'admin', pool: 'any' },
  pharmacyEdit: { who: 'admin', pool: 'any' },
  pharmacyKey: { who: 'admin', pool: 'any' },
  inboxLists: { who: 'anp', pool: 'any' },
  statsDashboard: { who: 'manager', pool: 'any' },
};

function fitting(c: HostileRequest): { who: Who; pool: TargetPool } {
  const key = c.route === 'command' ? c.consultationCommand : c.route === 'answer' ? c.handoffCommand : c.route;
  const fit = Object.hasOwn(FITTING, key) ? FITTING[key]! : { who: 'coordinator' as Who, pool: 'any' as TargetPool };
  return { who: c.who === 'fitting' ? fit.who : c.who, pool: c.target.pool === 'fitting' ? fit.pool : c.target.pool };
}

export function renderRequest(c: HostileRequest, ctx: RenderContext): RenderedRequest {
  const spec = ROUTES[c.route];
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
  const valid = validBody(c, ctx, t, patient);
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
  const bearerName = c.bearer === 'fitting' ? (c.route === 'intake' ? 'intake' : c.route === 'acknowledge' ? 'pharmacy' : c.route === 'notifyCallback' ? 'notify' : 'none') : c.bearer;
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
