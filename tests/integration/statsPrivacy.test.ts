// The manager reads aggregates only: every patient-level route is 403 for the manager, the live
// socket sends the manager no request, and no stats answer (JSON or CSV, hub-wide or per practice)
// holds a patient's name, NHS number, birth date, phone, text or a request id (docs/metrics.md).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATS_ENDPOINTS } from '../../shared/schemas/stats';
import { CONSULTATION_COMMANDS, HANDOFF_COMMANDS } from '../helpers/hostileCommands';
import { ROUTES, routeNamed, type RouteName } from '../helpers/hostileRoutes';
import { nextEvent, startTestHub, type Client, type TestHub } from '../helpers/hub';
import { seedStatsHistory, type SeededPatient } from '../helpers/statsHistory';

let hub: TestHub;
let manager: Client;
let patients: SeededPatient[];
beforeAll(async () => {
  hub = await startTestHub();
  patients = await seedStatsHistory(hub);
  manager = await hub.signIn('manager1');
});
afterAll(() => hub.stop());

/** What the manager may read: who they are, the hub's own reference data and rota, and the figures. None holds a patient. */
const MANAGER_READS = new Set<RouteName>([
  'me', 'health', 'practices', 'pharmacies', 'templates', 'hub', 'matrix', 'protocol', 'protocolVersions', 'rota', 'staff', 'messageTemplates',
  'statsSummary', 'statsDailyCsv', 'statsPractices', 'statsOther', 'statsCapacity', 'statsDashboard',
]);
/** A valid period or practice for the stats routes, whose "id" is part of their query. */
const STATS_ARGS: Partial<Record<RouteName, string>> = { statsSummary: '30', statsDailyCsv: '2026-11-01', statsPractices: 'E85001', statsOther: '01', statsCapacity: 'E85001', statsDashboard: '01' };
/** Authenticated by a practice's or pharmacy's key, not a session: refused without it. */
const KEY_AUTHENTICATED = new Set<RouteName>(['intake', 'acknowledge', 'notifyCallback']);
/** Not routes of the hub, or sign-in and sign-out themselves. */
const NOT_PATIENT_ROUTES = new Set<RouteName>(['login', 'logout', 'unknown', 'outsideApi']);

function pathsOf(name: RouteName): string[] {
  const id = String(patients[1]!.id);
  const handoff = String(hub.db.q.handoffs.forConsultation(patients[1]!.id)[0]?.id ?? 1);
  const spec = routeNamed(name);
  if (name === 'command') return CONSULTATION_COMMANDS.map((c) => spec.path(id, c));
  if (name === 'answer') return HANDOFF_COMMANDS.map((c) => spec.path(handoff, c));
  if (name === 'rotaAssign' || name === 'rotaClear') return [spec.path('7', 'morning')];
  if (name === 'reviewQueue') return [spec.path('30', '')];
  if (name === 'reviewAgreement') return [spec.path('2026-11-01', '')];
  if (name === 'statsOther') return ['a', 'ab', 'abc', 'abcd', 'abcde'].map((c) => spec.path('01', c));
  if (STATS_ARGS[name]) return [spec.path(STATS_ARGS[name], '')];
  return [spec.path(name === 'acknowledge' ? handoff : id, '')];
}

const send = (method: string, path: string, cookie: string) =>
  fetch(`${hub.url}${path}`, { method, headers: { cookie, 'content-type': 'application/json', origin: hub.url }, body: method === 'GET' ? undefined : '{}' });

function assertNoPatientData(text: string, where: string) {
  for (const p of patients) {
    for (const value of [p.givenName, p.familyName, p.nhsNumber, p.birthDate, p.phone, p.text, p.text.slice(0, 20)]) {
      expect(text, `${where} holds a patient value`).not.toContain(value);
    }
  }
}

describe('the manager and patient-level routes', () => {
  it('is refused (403) on every patient-level route of the hub, and reads only what holds no patient', async () => {
    const walked: string[] = [];
    for (const { name, method } of ROUTES) {
      if (NOT_PATIENT_ROUTES.has(name)) continue;
      for (const path of pathsOf(name)) {
        const res = await send(method, path, manager.cookie);
        const text = await res.text();
        walked.push(`${method} ${path} ${res.status}`);
        if (MANAGER_READS.has(name)) {
          expect(res.status, `${name} ${path}`).toBe(200);
          assertNoPatientData(text, path);
        } else if (KEY_AUTHENTICATED.has(name)) expect(res.status, `${name} ${path}`).toBe(401);
        else expect(res.status, `${name} ${path}: ${text}`).toBe(403);
      }
    }
    expect(walked.length).toBeGreaterThan(40);
  });

  it('gets no request over the live socket, only the notice that the figures moved', async () => {
    const socket = await manager.socket();
    const changes: unknown[] = [];
    socket.on('change', (c) => changes.push(c));
    const notice = nextEvent<{ topic: string }>(socket, 'notice', (n) => n.topic === 'stats');
    await hub.submitRequest();
    expect((await notice).topic).toBe('stats');
    expect(changes).toEqual([]);
  });
});

describe('stats answers hold no patient data', () => {
  it('has no patient value and no id in any answer, JSON or CSV or the dashboard’s all-in-one, hub-wide or per practice', async () => {
    for (const practice of ['', '&practice=E85001', '&practice=E85002']) {
      for (const endpoint of [...STATS_ENDPOINTS, 'dashboard']) {
        const query = endpoint === 'capacity' ? practice.replace('&', '?') : `?from=2026-11-01&to=2026-11-30${practice}`;
        for (const suffix of endpoint === 'dashboard' ? [''] : ['', '.csv']) {
          const res = await manager.get(`/api/stats/${endpoint}${suffix}${query}`);
          expect(res.status, `${endpoint}${suffix}${query}`).toBe(200);
          const text = await res.text();
          assertNoPatientData(text, `${endpoint}${suffix}`);
          // No field names an id: a request, hand-off, message or patient is never named, only counted.
          expect(text, `${endpoint}${suffix}`).not.toMatch(/"[a-zA-Z_]*(id|Id|nhs|birth|name_of_patient)"\s*:/);
          if (suffix === '.csv') expect(text.split('\r\n')[0]).not.toMatch(/(^|,)[a-z_]*id(,|$)/);
        }
      }
    }
  });
});
