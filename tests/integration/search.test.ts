// Finding any request (docs/search.md): by reference, NHS number, name, practice and date of receipt,
// open or closed, within what each role may see, every search that shows patients audited.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueueItem } from '../../shared/schemas/api';
import type { SearchResponse } from '../../shared/schemas/search';
import { json, startTestHub, type Client, type TestHub } from '../helpers/hub';
import { claimAndRoute } from '../helpers/journey';

let hub: TestHub;
let coordinator: Client;
const ids = {} as Record<'ann' | 'bob' | 'cat', number>;

/** A closed request: routed to the ANP, accepted and completed. */
async function closeRequest(id: number) {
  const { item } = await json<{ item: QueueItem }>(await claimAndRoute(coordinator, id, { destination: 'anp' }));
  const anp = await hub.signIn('anp1');
  await anp.post(`/api/handoffs/${item.pendingHandoff!.id}/accept`);
  const done = await anp.post(`/api/consultations/${id}/complete`, { outcome: 'advice_given', notes: 'Fluids and rest' });
  if (done.status !== 200) throw new Error(`complete failed: ${await done.text()}`);
}

beforeAll(async () => {
  hub = await startTestHub({ now: '2026-11-23T10:00:00.000Z' });
  ids.ann = await hub.submitRequest({ submittedAt: '2026-11-23T09:55:00.000Z', patient: { givenName: 'Ann', familyName: "O'Hara", nhsNumber: '9434765870' } });
  hub.clock.set('2026-11-24T10:00:00.000Z');
  ids.bob = await hub.submitRequest({ patient: { givenName: 'Bob', familyName: 'Ohara-Smith', nhsNumber: '9434765919' } });
  ids.cat = await hub.submitRequest({ practiceOds: 'E85002', patient: { givenName: 'Cat', familyName: 'Ohm', nhsNumber: '9434765919' } });
  coordinator = await hub.signIn('coordinator1');
  await closeRequest(ids.ann);
});
afterAll(() => hub.stop());

const search = async (client: Client, query: string) => {
  const res = await client.get(`/api/search?${query}`);
  return { status: res.status, body: await json(res) };
};
const idsOf = (body: SearchResponse) => body.results.map((r) => r.id);
const referenceOf = (id: number) => hub.db.q.consultations.byId(id)!.reference!;

describe('references', () => {
  it('gives each request at admission the next number of its year of receipt, EH-yy-nnnnn', () => {
    expect([ids.ann, ids.bob, ids.cat].map(referenceOf)).toEqual(['EH-26-00001', 'EH-26-00002', 'EH-26-00003']);
  });

  it('starts a new sequence in a new year on the hub’s calendar, and never gives a number twice', async () => {
    hub.clock.set('2027-01-04T10:00:00.000Z');
    const first = await hub.submitRequest({ submittedAt: '2027-01-04T10:00:00.000Z', patient: { nhsNumber: '9434765005', familyName: 'Newyear' } });
    hub.clock.set('2026-11-24T12:00:00.000Z');
    const later = await hub.submitRequest({ patient: { nhsNumber: '9434765013', familyName: 'Later' } });
    coordinator = await hub.signIn('coordinator1');
    expect([referenceOf(first), referenceOf(later)]).toEqual(['EH-27-00001', 'EH-26-00004']);
    expect(() => hub.db.orm.$client.prepare('update consultations set reference = ? where id = ?').run('EH-26-00001', later)).toThrow(/UNIQUE/);
  });

  it('is in the queue row and the request’s detail', async () => {
    const detail = await json<QueueItem>(await coordinator.get(`/api/consultations/${ids.bob}`));
    expect(detail.reference).toBe('EH-26-00002');
  });
});

describe('searching', () => {
  it('finds a request by its reference, in any case, with or without dashes', async () => {
    for (const q of ['EH-26-00002', 'eh2600002', 'eh-26-2', 'EH 26 00002']) {
      const { status, body } = await search(coordinator, `q=${encodeURIComponent(q)}`);
      expect(status, q).toBe(200);
      expect(idsOf(body), q).toEqual([ids.bob]);
    }
  });

  it('finds every request for an NHS number, with or without spaces, newest first, closed ones too', async () => {
    const spaced = await search(coordinator, `q=${encodeURIComponent('943 476 5919')}`);
    expect(idsOf(spaced.body)).toEqual([ids.cat, ids.bob]);
    const closed = await search(coordinator, 'q=9434765870');
    expect(closed.body.results).toEqual([expect.objectContaining({ id: ids.ann, reference: 'EH-26-00001', status: 'closed', patient: expect.objectContaining({ familyName: "O'Hara" }) })]);
  });

  it('finds by family name prefix, ignoring case and punctuation, and by "given family"', async () => {
    expect(idsOf((await search(coordinator, 'q=ohara')).body)).toEqual([ids.bob, ids.ann]);
    expect(idsOf((await search(coordinator, 'q=OH')).body)).toEqual([ids.cat, ids.bob, ids.ann]);
    expect(idsOf((await search(coordinator, `q=${encodeURIComponent('b ohara')}`)).body)).toEqual([ids.bob]);
  });

  it('narrows by practice, by date of receipt and by open or closed', async () => {
    expect(idsOf((await search(coordinator, 'q=oh&practice=E85002')).body)).toEqual([ids.cat]);
    expect(idsOf((await search(coordinator, 'q=E85002')).body)).toEqual([ids.cat]);
    expect(idsOf((await search(coordinator, 'from=2026-11-23&to=2026-11-23')).body)).toEqual([ids.ann]);
    expect(idsOf((await search(coordinator, 'q=oh&status=closed')).body)).toEqual([ids.ann]);
    expect(idsOf((await search(coordinator, 'q=oh&status=open')).body)).toEqual([ids.cat, ids.bob]);
  });

  it('shows at most 50, newest first, and says there are more', async () => {
    for (let i = 0; i < 51; i++) await hub.submitRequest({ patient: { nhsNumber: '9434765021', familyName: 'Manyrequests' } });
    const { body } = await search(coordinator, 'q=manyreq');
    expect(body.results).toHaveLength(50);
    expect(body.more).toBe(true);
    expect(body.results[0]!.id).toBeGreaterThan(body.results[49]!.id);
  });
});

describe('who may search', () => {
  it('lets the clinicians, the lead and the admin search the whole hub', async () => {
    for (const who of ['anp1', 'lead1', 'admin1']) {
      const { status, body } = await search(await hub.signIn(who), 'q=oh');
      expect(status, who).toBe(200);
      expect(idsOf(body), who).toEqual([ids.cat, ids.bob, ids.ann]);
    }
  });

  it('shows practice staff only their own practice’s requests, whatever they ask for', async () => {
    const practice = await hub.signIn('practice1');
    expect(idsOf((await search(practice, 'q=9434765919')).body)).toEqual([ids.bob]);
    expect(idsOf((await search(practice, 'q=oh&practice=E85002')).body)).toEqual([]);
    expect(idsOf((await search(practice, 'q=E85002')).body)).toEqual([]);
  });

  it('refuses the manager (403), who sees figures, never patients', async () => {
    const { status, body } = await search(await hub.signIn('manager1'), 'q=oh');
    expect(status).toBe(403);
    expect(body.error.code).toBe('FORBIDDEN');
  });
});

describe('audit', () => {
  const searches = () => hub.db.orm.all<{ actor_id: string; after: string }>(sql`select actor_id, after from audit_log where action = 'search' order by id`);

  it('writes one audit entry per search naming who searched and the requests shown', async () => {
    const before = searches().length;
    const lead = await hub.signIn('lead1');
    await search(lead, 'q=9434765919');
    const entries = searches().slice(before);
    expect(entries).toHaveLength(1);
    expect(JSON.parse(entries[0]!.after)).toMatchObject({ key: 'nhs_number', consultationIds: [ids.cat, ids.bob] });
    expect(hub.db.q.audit.verify()).toMatchObject({ ok: true });
  });

  it('writes nothing for a search that found nobody', async () => {
    const before = searches().length;
    await search(coordinator, 'q=Nobodyhere');
    expect(searches()).toHaveLength(before);
  });
});

describe('bad input', () => {
  it.each([
    ['q=a', 'q'],
    [`q=${'x'.repeat(101)}`, 'q'],
    ['q=12345', 'q'],
    ['q=%3Cscript%3E', 'q'],
    ['', 'q'],
    ['from=2026-02-30', 'from'],
    ['from=2026-11-24&to=2026-11-01', 'to'],
    ['q=oh&status=pending', 'status'],
    ['q=oh&practice=nowhere', 'practice'],
    ['q=oh&q=ah', 'q'],
    ['q=oh&sort=name', ''],
  ])('answers %s with 400 naming the field', async (query, field) => {
    const { status, body } = await search(coordinator, query);
    expect(status).toBe(400);
    expect(body.error.message).toMatch(field ? new RegExp(`^${field}: `) : /only the documented fields/);
  });
});
