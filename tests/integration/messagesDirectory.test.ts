// What the routing panel and the outcome form need to preview a patient message (docs/messaging.md):
// each pharmacy's address, phone and hours, and the message templates of the protocol in force.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEFAULT_OUTCOME_MESSAGES, DEFAULT_PATIENT_MESSAGES, type ProtocolContent } from '../../shared/schemas/protocol';
import { json, startTestHub, type Client, type TestHub } from '../helpers/hub';

let hub: TestHub;
let lead: Client;
beforeAll(async () => {
  hub = await startTestHub();
  hub.db.write(() =>
    hub.db.q.practices.insertPharmacy({
      ods: 'FM303',
      name: 'Market Square Pharmacy',
      distanceSelling: false,
      address: '3 Market Square, Testbury TB1 1AA',
      phone: '01632 960123',
      openingHours: 'Mon to Sat 8am to 10pm',
    }),
  );
  lead = await hub.signIn('lead1');
});
afterAll(() => hub.stop());

const send = (client: Client, method: string, path: string, body: unknown) =>
  fetch(`${hub.url}${path}`, { method, headers: { cookie: client.cookie, 'content-type': 'application/json' }, body: JSON.stringify(body) });

it('gives each pharmacy the address, phone and opening hours a patient is told, null where not recorded', async () => {
  const client = await hub.signIn('coordinator1');
  const { pharmacies } = await json(await client.get('/api/pharmacies'));
  expect(pharmacies).toContainEqual({
    ods: 'FM303',
    name: 'Market Square Pharmacy',
    distanceSelling: false,
    address: '3 Market Square, Testbury TB1 1AA',
    phone: '01632 960123',
    openingHours: 'Mon to Sat 8am to 10pm',
  });
  expect(pharmacies).toContainEqual({ ods: 'FQ202', name: 'Online Test Pharmacy', distanceSelling: true, address: null, phone: null, openingHours: null });
  expect(JSON.stringify(pharmacies)).not.toContain('integrationKeyHash');
});

it('offers the patient message templates of the protocol in force, per destination and per outcome', async () => {
  const anp = await hub.signIn('anp1');
  const templates = await json(await anp.get('/api/message-templates'));
  expect(templates).toEqual({ patientMessageTemplates: DEFAULT_PATIENT_MESSAGES, outcomeMessageTemplates: DEFAULT_OUTCOME_MESSAGES });
});

it('follows a newly signed-off protocol’s templates', async () => {
  const { inForce } = await json<{ inForce: { content: ProtocolContent } }>(await lead.get('/api/protocol'));
  const selfCare = 'Look after yourself at home with the advice below. If you get worse, call NHS 111 or {practiceName}.';
  const content = { ...inForce.content, patientMessageTemplates: { ...inForce.content.patientMessageTemplates, self_care: selfCare } };
  expect((await send(lead, 'POST', '/api/protocol/drafts', { content })).status).toBe(201);
  expect((await send(lead, 'POST', '/api/protocol/draft/sign-off', {})).status).toBe(200);
  const coordinator = await hub.signIn('coordinator2');
  const { patientMessageTemplates } = await json(await coordinator.get('/api/message-templates'));
  expect(patientMessageTemplates.self_care).toBe(selfCare);
});

it('answers nobody without a session', async () => {
  const res = await fetch(`${hub.url}/api/message-templates`);
  expect(res.status).toBe(401);
  expect((await json(res)).error.code).toBe('NOT_SIGNED_IN');
});
