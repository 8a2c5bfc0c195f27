// The hub's routes as the hostile-input property sees them (tests/integration/hostileInput.property.test.ts):
// for each, its method and path, who may send it and at which request, the key that authenticates
// it, and a valid body that generated cases then mutate. hostileRequests.ts builds requests from it.
// A new route is one entry appended to ROUTES.
import { hubSettingsSchema } from '../../server/settings';
import { DEFAULT_PROTOCOL_CONTENT } from '../../shared/schemas/protocol';
import { TEST_PASSWORD } from './fixtures';
import { commandSender, consultationCommandBody } from './hostileCommands';
import type { patientFrom } from './hostileValues';

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

/** Who may send a route or command, and the status of the requests it acts on. */
export type Sender = { who: Who; pool: TargetPool };
/** Anyone not named: a coordinator, at any request. */
export const DEFAULT_SENDER: Sender = { who: 'coordinator', pool: 'any' };

/** What a valid body is built from: the case's picks and the real request it aims at. */
export interface BodyArgs {
  /** The consultation or hand-off command, on the `command` and `answer` routes. */
  command: string;
  pick: number;
  expectedVersion: number;
  handoffId: number | null;
  /** The instant a submitted request says it was sent (intake). */
  submittedAt: string;
  patient: ReturnType<typeof patientFrom>;
}

export interface HostileRoute {
  name: string;
  method: string;
  path: (id: string, command: string) => string;
  /** Who may send it; a function of the command on the command routes. Default DEFAULT_SENDER. */
  sender?: Sender | ((command: string) => Sender | undefined);
  /** The integration key that authenticates it, if any. */
  bearer?: 'intake' | 'pharmacy' | 'notify';
  /** A valid body, before mutation; `{}` when absent. */
  body?: (a: BodyArgs) => Record<string, unknown>;
}

/** A request id as the day of a rota date (2026-12-07), and hostile ids as they come. */
const dayOf = (id: string) => (/^\d$/.test(id) ? `0${id}` : id);
/** Rota sessions from the command picked, so most rota cases name a real session and some do not. */
const SESSION_OF: Record<string, string> = { claim: 'morning', release: 'morning', handoffs: 'afternoon', complete: 'afternoon' };

const defaultSettings = () => hubSettingsSchema.parse({});
const admin: Sender = { who: 'admin', pool: 'any' };
const lead: Sender = { who: 'lead', pool: 'any' };
const manager: Sender = { who: 'manager', pool: 'any' };

/** Every route in server/routes/*.ts, the commands of server/commands/index.ts, and some that do not exist. */
export const ROUTES = [
  {
    name: 'login',
    method: 'POST',
    path: () => '/api/auth/login',
    // Mostly wrong passwords, so the throttle soon answers without hashing; never a role's own account.
    body: ({ pick }) => ({ username: `coordinator${2 + (pick % 6)}`, password: pick % 10 === 0 ? TEST_PASSWORD : 'wrong password' }),
  },
  { name: 'logout', method: 'POST', path: () => '/api/auth/logout' },
  { name: 'me', method: 'GET', path: () => '/api/auth/me' },
  { name: 'health', method: 'GET', path: () => '/api/health' },
  {
    name: 'intake',
    method: 'POST',
    path: () => '/api/intake',
    bearer: 'intake',
    body: ({ pick, submittedAt, patient }) => ({
      practiceOds: pick % 4 === 0 ? 'E85002' : 'E85001',
      submittedAt,
      kind: 'clinical',
      text: patient.text,
      answers: { symptomArea: 'skin', duration: '3 days', severity: 'mild' },
      patient: { ...patient.patient, sex: 'female' },
    }),
  },
  { name: 'queue', method: 'GET', path: () => '/api/queue' },
  { name: 'detail', method: 'GET', path: (id) => `/api/consultations/${id}` },
  { name: 'command', method: 'POST', path: (id, command) => `/api/consultations/${id}/${command}`, sender: commandSender, body: consultationCommandBody },
  {
    name: 'answer',
    method: 'POST',
    path: (id, command) => `/api/handoffs/${id}/${command}`,
    sender: commandSender,
    body: ({ command, expectedVersion }) => (command === 'decline' ? { reason: 'not for this team today', expectedVersion } : { expectedVersion }),
  },
  { name: 'acknowledge', method: 'POST', path: (id) => `/api/handoffs/${id}/acknowledge`, sender: { who: 'signedOut', pool: 'redirected' }, bearer: 'pharmacy' },
  { name: 'liability', method: 'GET', path: (id) => `/api/consultations/${id}/liability` },
  { name: 'matrix', method: 'GET', path: () => '/api/liability/matrix' },
  { name: 'practices', method: 'GET', path: () => '/api/practices' },
  { name: 'pharmacies', method: 'GET', path: () => '/api/pharmacies' },
  { name: 'templates', method: 'GET', path: () => '/api/safety-netting-templates' },
  { name: 'messageTemplates', method: 'GET', path: () => '/api/message-templates' },
  { name: 'hub', method: 'GET', path: () => '/api/hub' },
  { name: 'settingsGet', method: 'GET', path: () => '/api/admin/settings', sender: admin },
  {
    name: 'settingsPut',
    method: 'PUT',
    path: () => '/api/admin/settings',
    sender: admin,
    body: () => ({ ...defaultSettings(), calendar: { ...defaultSettings().calendar, closures: ['2026-12-24'] } }),
  },
  { name: 'unlock', method: 'POST', path: (id) => `/api/admin/staff/${id}/unlock`, sender: admin },
  { name: 'staffList', method: 'GET', path: () => '/api/admin/staff', sender: admin },
  {
    name: 'staffCreate',
    method: 'POST',
    path: () => '/api/admin/staff',
    sender: admin,
    body: ({ pick }) =>
      pick % 2 === 0
        ? { username: `fuzz${pick}`, name: 'Fuzz Person', roles: ['coordinator'] }
        : { username: `fuzz${pick}`, name: 'Fuzz Nurse', roles: ['anp'], registrationBody: 'NMC', registrationNumber: '12A3456B' },
  },
  {
    name: 'staffChange',
    method: 'PUT',
    path: (id) => `/api/admin/staff/${id}`,
    sender: admin,
    body: () => ({ name: 'Renamed Person', roles: ['coordinator'], practiceOds: null, registrationBody: null, registrationNumber: null }),
  },
  { name: 'staffDeactivate', method: 'POST', path: (id) => `/api/admin/staff/${id}/deactivate`, sender: admin, body: () => ({ reason: 'left the hub' }) },
  { name: 'staffReactivate', method: 'POST', path: (id) => `/api/admin/staff/${id}/reactivate`, sender: admin },
  {
    name: 'staffResetPassword',
    method: 'POST',
    path: (id) => `/api/admin/staff/${id}/reset-password`,
    sender: admin,
    body: ({ pick }) => (pick % 2 === 0 ? {} : { password: 'a long enough passphrase' }),
  },
  { name: 'protocol', method: 'GET', path: () => '/api/protocol' },
  { name: 'protocolVersions', method: 'GET', path: () => '/api/protocol/versions' },
  { name: 'protocolDraft', method: 'GET', path: () => '/api/protocol/draft', sender: lead },
  { name: 'protocolDraftStart', method: 'POST', path: () => '/api/protocol/drafts', sender: lead, body: () => ({ content: structuredClone(DEFAULT_PROTOCOL_CONTENT) }) },
  { name: 'protocolDraftPut', method: 'PUT', path: () => '/api/protocol/draft', sender: lead, body: () => ({ content: structuredClone(DEFAULT_PROTOCOL_CONTENT) }) },
  { name: 'protocolSignOff', method: 'POST', path: () => '/api/protocol/draft/sign-off', sender: lead },
  { name: 'protocolDiscard', method: 'DELETE', path: () => '/api/protocol/draft', sender: lead },
  { name: 'rota', method: 'GET', path: (id) => `/api/rota?from=2026-11-${dayOf(id)}&to=2026-12-${dayOf(id)}` },
  {
    name: 'rotaAssign',
    method: 'PUT',
    path: (id, command) => `/api/rota/2026-12-${dayOf(id)}/${SESSION_OF[command] ?? command}`,
    sender: lead,
    body: ({ pick }) => ({ clinicianId: 1 + (pick % 30) }),
  },
  { name: 'rotaClear', method: 'DELETE', path: (id, command) => `/api/rota/2026-12-${dayOf(id)}/${SESSION_OF[command] ?? command}`, sender: lead },
  { name: 'staff', method: 'GET', path: () => '/api/staff' },
  { name: 'reviewQueue', method: 'GET', path: (id) => `/api/reviews/queue?from=2026-11-01&to=2026-11-${id}`, sender: lead },
  { name: 'reviewAgreement', method: 'GET', path: (id) => `/api/reviews/agreement?from=${id}&to=2026-11-30`, sender: lead },
  { name: 'reviewMine', method: 'GET', path: () => '/api/reviews/mine' },
  { name: 'reviewPolicyGet', method: 'GET', path: () => '/api/reviews/policy', sender: lead },
  {
    name: 'reviewPolicyPut',
    method: 'PUT',
    path: () => '/api/reviews/policy',
    sender: lead,
    body: () => ({ redFlags: true, notFollowingSuggestion: true, coordinatorSelfCareOrSelfReferral: true, declinedOrExpired: true, randomShare: 0.2, seed: 'fuzz' }),
  },
  {
    name: 'review',
    method: 'POST',
    path: () => '/api/reviews',
    sender: { who: 'lead', pool: 'closed' },
    body: ({ handoffId }) => ({ handoffId: handoffId ?? 1, verdict: 'disagree', severity: 'low', note: 'Should have gone to the GP', reopen: { instruction: 'Call the patient back today' } }),
  },
  { name: 'requestMessages', method: 'GET', path: (id) => `/api/consultations/${id}/messages`, sender: { who: 'coordinator', pool: 'awaiting_delivery' } },
  { name: 'sentMessages', method: 'GET', path: (id) => `/api/messages?limit=${id}` },
  { name: 'contactTasks', method: 'GET', path: () => '/api/contact-tasks' },
  {
    name: 'contactTaskResolve',
    method: 'POST',
    path: (id) => `/api/contact-tasks/${id}/resolve`,
    body: ({ pick }) => ({ resolution: (['told_by_phone', 'back_to_queue', 'no_action_needed'] as const)[pick % 3], note: 'Phoned the patient and read the advice out' }),
  },
  {
    name: 'notifyCallback',
    method: 'POST',
    path: () => '/api/integrations/notify/delivery-receipts',
    sender: { who: 'signedOut', pool: 'any' },
    bearer: 'notify',
    // A receipt for a notification the hub does not hold, or for one of its messages by reference.
    body: ({ pick }) => ({
      id: `9e3a1c2d-0000-4000-8000-00000000000${pick % 10}`,
      reference: `ref-${pick}`,
      status: pick % 2 === 0 ? 'delivered' : 'permanent-failure',
      notification_type: 'sms',
    }),
  },
  { name: 'statsSummary', method: 'GET', path: (id) => `/api/stats/summary?from=2026-11-01&to=2026-11-${id}`, sender: manager },
  { name: 'statsDailyCsv', method: 'GET', path: (id) => `/api/stats/daily.csv?from=${id}&to=2026-11-30`, sender: manager },
  { name: 'statsPractices', method: 'GET', path: (id) => `/api/stats/practices?from=2026-11-01&to=2026-11-30&practice=${id}`, sender: manager },
  {
    name: 'statsOther',
    method: 'GET',
    path: (id, command) => `/api/stats/${['outcomes', 'sla', 'heatmap', 'teams', 'staff'][command.length % 5]}${command.length % 2 ? '.csv' : ''}?from=2026-11-${id}&to=2026-11-30`,
    sender: manager,
  },
  { name: 'statsCapacity', method: 'GET', path: (id) => `/api/stats/capacity?practice=${id}`, sender: manager },
  { name: 'statsDashboard', method: 'GET', path: (id) => `/api/stats/dashboard?from=2026-11-${id}&to=2026-11-30&practice=E85001`, sender: manager },
  {
    name: 'search',
    method: 'GET',
    path: (id, command) => `/api/search?q=${['EH-26-00001', '943 476 5919', 'mctest', 'E85001', 'Testy%20Mc'][command.length % 5]}&from=2026-11-01&to=2026-11-${id}`,
  },
  { name: 'listSize', method: 'PUT', path: (id) => `/api/admin/practices/${id}/list-size`, sender: admin, body: ({ pick }) => ({ listSize: 1 + (pick % 200_000) }) },
  // Organisations named from the id, so the fixture practices and pharmacies (and their keys) stay as the other routes need them.
  { name: 'adminPractices', method: 'GET', path: () => '/api/admin/practices', sender: admin },
  {
    name: 'practiceAdd',
    method: 'POST',
    path: () => '/api/admin/practices',
    sender: admin,
    body: ({ pick }) => ({ ods: `ZP${pick % 20}`, name: 'Fuzz Lane Surgery', memberSince: '2026-11-01', memberUntil: pick % 3 === 0 ? '2027-03-31' : null }),
  },
  { name: 'practiceEdit', method: 'PATCH', path: (id) => `/api/admin/practices/ZP${id}`, sender: admin, body: () => ({ name: 'Fuzz Lane Medical Practice', memberUntil: '2027-06-30' }) },
  { name: 'practiceKey', method: 'POST', path: (id) => `/api/admin/practices/ZP${id}/intake-key`, sender: admin },
  { name: 'adminPharmacies', method: 'GET', path: () => '/api/admin/pharmacies', sender: admin },
  {
    name: 'pharmacyAdd',
    method: 'POST',
    path: () => '/api/admin/pharmacies',
    sender: admin,
    body: ({ pick }) => ({
      ods: `ZF${pick % 20}`,
      name: 'Fuzz Pharmacy',
      address: '2 Fuzz Road, Testbury TB3 3CC',
      phone: '0118 496 0333',
      openingHours: 'Mon to Fri 9am to 5pm',
      distanceSelling: pick % 2 === 0,
    }),
  },
  { name: 'pharmacyEdit', method: 'PATCH', path: (id) => `/api/admin/pharmacies/ZF${id}`, sender: admin, body: () => ({ phone: '0118 496 0444', openingHours: 'Mon to Sat 8am to 8pm' }) },
  { name: 'pharmacyKey', method: 'POST', path: (id) => `/api/admin/pharmacies/ZF${id}/integration-key`, sender: admin },
  { name: 'inboxLists', method: 'GET', path: () => '/api/inbox/lists', sender: { who: 'anp', pool: 'any' } },
  { name: 'unknown', method: 'GET', path: (id, command) => `/api/${command}/${id}` },
  { name: 'outsideApi', method: 'GET', path: (id) => `/${id}` },
] as const satisfies readonly HostileRoute[];

export type RouteName = (typeof ROUTES)[number]['name'];

/** The entry for a route by name. */
export const routeNamed = (name: RouteName): HostileRoute => ROUTES.find((r) => r.name === name)!;
