// The care-navigation protocol as signed-off versions (docs/protocol.md): a draft changes nothing until
// the lead signs it off; then decisions carry the new version, and earlier ones keep theirs.
import { asc } from 'drizzle-orm';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { auditLog } from '../../db/schema';
import { startHub } from '../../server/app';
import { manualClock } from '../../server/clock';
import type { ProtocolChange, ProtocolContent, ProtocolVersionView } from '../../shared/schemas/protocol';
import { rowCounts } from '../helpers/counts';
import { json, nextEvent, OPEN_HOURS, startTestHub, type Client, type TestHub } from '../helpers/hub';
import { claimAndRoute } from '../helpers/journey';

const SAFETY_NETTING = 'If it gets worse, you develop a high temperature or you are worried, call NHS 111 or your practice.';
const SELF_CARE = { destination: 'self_care', safetyNetting: SAFETY_NETTING } as const;

let hub: TestHub;
let lead: Client;
let secondLead: Client;
let coordinator: Client;

const send = (client: Client, method: string, path: string, body?: unknown) =>
  fetch(`${hub.url}${path}`, { method, headers: { cookie: client.cookie, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
const inForce = async (): Promise<ProtocolVersionView> => (await json(await coordinator.get('/api/protocol'))).inForce;
const draftOf = async (): Promise<{ draft: ProtocolVersionView | null; diff: ProtocolChange[]; signOffsRequired: number }> => json(await lead.get('/api/protocol/draft'));
const withSelfCare = (content: ProtocolContent): ProtocolContent => ({ ...content, routing: { ...content.routing, coordinatorMaySelfCare: true } });
const liabilityOf = async (id: number) => json<{ intervals: { basis: string }[]; handoffs: { protocolVersion: string | null }[] }>(await coordinator.get(`/api/consultations/${id}/liability`));
const setSignOffsRequired = async (n: 1 | 2) => {
  const admin = await hub.signIn('admin1');
  const { settings } = await json(await admin.get('/api/admin/settings'));
  expect((await send(admin, 'PUT', '/api/admin/settings', { ...settings, protocolSignOffsRequired: n })).status).toBe(200);
};
/** Leaves no draft behind for the next test. */
const discardAnyDraft = async () => {
  if ((await draftOf()).draft) expect((await send(lead, 'DELETE', '/api/protocol/draft')).status).toBe(200);
};

beforeAll(async () => {
  hub = await startTestHub();
  lead = await hub.signIn('lead1');
  secondLead = await hub.signIn('lead2');
  coordinator = await hub.signIn('coordinator1');
});
afterAll(() => hub.stop());

describe('a protocol draft, signed off', () => {
  it('starts the hub on CN v3, carried over from the settings it ran on', async () => {
    const version = await inForce();
    expect(version).toMatchObject({ label: 'CN v3', status: 'in_force', signOffs: [{ name: 'the GP clinical lead', at: null }] });
    expect(version.content.routing.coordinatorMaySelfCare).toBe(false);
    expect((await json(await coordinator.get('/api/hub'))).protocol).toMatchObject({ version: 'CN v3', signedOffBy: 'the GP clinical lead', coordinatorMaySelfCare: false });
  });

  it('has no effect until signed off, then new decisions carry the new version while earlier ones keep the old', async () => {
    const before = await hub.submitRequest();
    const underV3 = await claimAndRoute(coordinator, before, { destination: 'anp' });
    expect(underV3.status).toBe(200);

    const started = await send(lead, 'POST', '/api/protocol/drafts', { content: withSelfCare((await inForce()).content) });
    expect(started.status).toBe(201);
    const { draft, diff } = await json(started);
    expect(draft).toMatchObject({ label: 'CN v4', status: 'draft', signOffs: [] });
    expect(diff).toEqual([{ path: 'routing.coordinatorMaySelfCare', words: 'Coordinators may route to self-care: no → yes', before: 'no', after: 'yes' }]);

    // While the draft waits, the version in force still keeps self-care from coordinators.
    const waiting = await hub.submitRequest();
    const refused = await claimAndRoute(coordinator, waiting, SELF_CARE);
    expect(refused.status).toBe(422);
    expect((await json(refused)).error.code).toBe('DESTINATION_NOT_PERMITTED');

    hub.clock.set('2026-11-24T11:00:00.000Z');
    const signed = await send(lead, 'POST', '/api/protocol/draft/sign-off', {});
    expect(signed.status).toBe(200);
    expect(await json(signed)).toMatchObject({ inForce: true, version: { label: 'CN v4', status: 'in_force', signOffs: [{ name: 'Dr Lee Lead', role: 'lead' }] } });
    expect((await json(await coordinator.get('/api/hub'))).protocol).toMatchObject({ version: 'CN v4', signedOffBy: 'Dr Lee Lead', coordinatorMaySelfCare: true });

    const after = await hub.submitRequest({ submittedAt: '2026-11-24T11:00:00.000Z' });
    const closed = await claimAndRoute(coordinator, after, SELF_CARE);
    expect(closed.status).toBe(200);
    const now = await liabilityOf(after);
    expect(now.handoffs.at(-1)!.protocolVersion).toBe('CN v4');
    expect(now.intervals.at(-1)!.basis).toContain('hub protocol CN v4 signed off by Dr Lee Lead on 24 Nov 2026');

    const earlier = await liabilityOf(before);
    expect(earlier.handoffs.at(-1)!.protocolVersion).toBe('CN v3');
    expect(earlier.intervals.map((i) => i.basis).join(' | ')).toContain('hub protocol CN v3 signed off by the GP clinical lead');
    expect(earlier.intervals.map((i) => i.basis).join(' | ')).not.toContain('CN v4');

    const { versions } = await json<{ versions: ProtocolVersionView[] }>(await coordinator.get('/api/protocol/versions'));
    expect(versions.map((v) => [v.label, v.status])).toEqual([['CN v4', 'in_force'], ['CN v3', 'superseded']]);
  });

  it('needs a second, different clinical lead when the hub asks for two sign-offs', async () => {
    await setSignOffsRequired(2);
    const current = (await inForce()).content;
    const content = { ...current, routing: { ...current.routing, coordinatorDestinations: { ...current.routing.coordinatorDestinations, physio: false } } };
    expect((await send(lead, 'POST', '/api/protocol/drafts', { content })).status).toBe(201);

    const first = await send(lead, 'POST', '/api/protocol/draft/sign-off', {});
    expect(await json(first)).toMatchObject({ inForce: false, signOffsRequired: 2 });
    expect((await inForce()).label).toBe('CN v4');
    const again = await send(lead, 'POST', '/api/protocol/draft/sign-off', {});
    expect(again.status).toBe(409);
    expect((await json(again)).error.code).toBe('PROTOCOL_ALREADY_SIGNED');

    const second = await send(secondLead, 'POST', '/api/protocol/draft/sign-off', {});
    expect(second.status).toBe(200);
    expect((await json(second)).version.signOffs.map((s: { name: string }) => s.name)).toEqual(['Dr Lee Lead', 'Dr Lou Second']);
    expect((await json(await coordinator.get('/api/hub'))).protocol).toMatchObject({ version: 'CN v5', signedOffBy: 'Dr Lee Lead and Dr Lou Second', closedToCoordinators: ['physio'] });

    // Now in force: coordinators may no longer offer to the FCP team.
    const id = await hub.submitRequest();
    const refused = await claimAndRoute(coordinator, id, { destination: 'physio' });
    expect((await json(refused)).error.code).toBe('DESTINATION_NOT_PERMITTED');
    await setSignOffsRequired(1);
  });

  it('lets a sign-off lapse when the draft is edited after it', async () => {
    await setSignOffsRequired(2);
    const content = (await inForce()).content;
    await send(lead, 'POST', '/api/protocol/drafts', { content: { ...content, routing: { ...content.routing, coordinatorMaySelfCare: false } } });
    await send(lead, 'POST', '/api/protocol/draft/sign-off', {});
    const edited = await send(lead, 'PUT', '/api/protocol/draft', { content: { ...content, pharmacyFirstSpec: content.pharmacyFirstSpec, routing: { ...content.routing, coordinatorMaySelfCare: false, coordinatorDestinations: { ...content.routing.coordinatorDestinations, physio: true } } } });
    expect(edited.status).toBe(200);
    expect((await json(edited)).draft.signOffs).toEqual([]);
    await discardAnyDraft();
    await setSignOffsRequired(1);
  });
});

describe('refusals', () => {
  it('keeps drafts and sign-off to clinical leads: 403 for a coordinator and an admin', async () => {
    const admin = await hub.signIn('admin1');
    for (const who of [coordinator, admin]) {
      expect((await send(who, 'POST', '/api/protocol/drafts', {})).status).toBe(403);
      expect((await send(who, 'POST', '/api/protocol/draft/sign-off', {})).status).toBe(403);
      expect((await who.get('/api/protocol/draft')).status).toBe(403);
    }
    // Everyone on the hub reads the version in force.
    expect((await coordinator.get('/api/protocol')).status).toBe(200);
  });

  it('refuses bad content with 400 naming the field, and writes nothing', async () => {
    const content = (await inForce()).content;
    const counts = rowCounts(hub.db);
    const bad = await send(lead, 'POST', '/api/protocol/drafts', { content: { ...content, pharmacyFirstSpec: '9.9' } });
    expect(bad.status).toBe(400);
    expect((await json(bad)).error.message).toMatch(/^content\.pharmacyFirstSpec/);
    const placeholder = await send(lead, 'POST', '/api/protocol/drafts', { content: { ...content, patientMessageTemplates: { ...content.patientMessageTemplates, self_care: 'Dear {nhsNumber}, please look after yourself at home.' } } });
    expect((await json(placeholder)).error.message).toMatch(/^content\.patientMessageTemplates\.self_care/);
    expect(rowCounts(hub.db)).toEqual(counts);
    expect((await draftOf()).draft).toBeNull();
  });

  it('allows one draft at a time (409), and a draft the same as the version in force cannot be signed off', async () => {
    expect((await send(lead, 'POST', '/api/protocol/drafts', {})).status).toBe(201);
    const second = await send(lead, 'POST', '/api/protocol/drafts', {});
    expect(second.status).toBe(409);
    expect((await json(second)).error.code).toBe('PROTOCOL_DRAFT_EXISTS');
    const unchanged = await send(lead, 'POST', '/api/protocol/draft/sign-off', {});
    expect((await json(unchanged)).error.code).toBe('PROTOCOL_UNCHANGED');
    await discardAnyDraft();
    expect((await send(lead, 'DELETE', '/api/protocol/draft')).status).toBe(404);
  });
});

it('audits every protocol command and tells hub workstations after commit', async () => {
  const socket = await coordinator.socket();
  const content = (await inForce()).content;
  const changed = { ...content, routing: { ...content.routing, coordinatorDestinations: { ...content.routing.coordinatorDestinations, physio: true } } };
  const steps: [string, string, unknown][] = [
    ['POST', '/api/protocol/drafts', {}],
    ['PUT', '/api/protocol/draft', { content: changed }],
    ['POST', '/api/protocol/draft/sign-off', {}],
    ['POST', '/api/protocol/drafts', {}],
    ['DELETE', '/api/protocol/draft', undefined],
  ];
  for (const [method, path, body] of steps) {
    const notice = nextEvent<{ topic: string }>(socket, 'notice', (n) => n.topic === 'protocol');
    const res = await send(lead, method, path, body);
    expect(res.status, `${method} ${path}`).toBeLessThan(300);
    expect((await notice).topic).toBe('protocol');
  }
  const rows = hub.db.orm.select().from(auditLog).orderBy(asc(auditLog.id)).all().filter((r) => r.subject?.startsWith('protocol:'));
  expect(rows.slice(-6).map((r) => [r.action, r.subject])).toEqual([
    ['protocol_draft_started', 'protocol:CN v8'],
    ['protocol_draft_edited', 'protocol:CN v8'],
    ['protocol_signed_off', 'protocol:CN v8'],
    ['protocol_signed_off', 'protocol:CN v5'],
    ['protocol_draft_started', 'protocol:CN v9'],
    ['protocol_draft_discarded', 'protocol:CN v9'],
  ]);
  expect(hub.db.q.audit.verify().ok).toBe(true);
});

it('carries the protocol and templates of settings stored before versioning into the first version in force', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ehub-protocol-'));
  const dbPath = join(dir, 'hub.sqlite');
  const template = { id: 'ours', title: 'Our advice', text: 'Call NHS 111 if you are worried or it gets worse.' };
  // A hub of the previous release: its settings held the protocol and the templates.
  const old = openDatabase(dbPath);
  old.write(() => old.q.settings.save({ leaseMinutes: 12, protocol: { version: 'CN v7', signedOffBy: 'Dr Old Lead', coordinatorMaySelfCare: true }, safetyNettingTemplates: [template] }));
  old.close();

  const upgraded = await startHub({ dbPath, clock: manualClock(OPEN_HOURS) });
  try {
    const inForceNow = upgraded.db.q.protocol.inForce()!;
    expect(inForceNow).toMatchObject({ label: 'CN v7', number: 7, status: 'in_force', signOffs: [{ name: 'Dr Old Lead', at: null }] });
    expect(inForceNow.content.routing.coordinatorMaySelfCare).toBe(true);
    expect(inForceNow.content.safetyNettingTemplates).toEqual([template]);
    expect(upgraded.settings()).toMatchObject({ leaseMinutes: 12, protocol: { version: 'CN v7', signedOffBy: 'Dr Old Lead', coordinatorMaySelfCare: true } });
    expect(upgraded.db.q.settings.load()).toEqual({ leaseMinutes: 12 });
  } finally {
    await upgraded.close();
  }
  // A second start finds the version in force and carries nothing over again.
  const again = await startHub({ dbPath, clock: manualClock(OPEN_HOURS) });
  expect(again.db.q.protocol.all()).toHaveLength(1);
  await again.close();
  rmSync(dir, { recursive: true, force: true });
});
