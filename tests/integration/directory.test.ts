// Reference lists for the workstation: no patient data, signed-in users only.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { json, startTestHub, type TestHub } from '../helpers/hub';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.stop());

it('lists community pharmacies with whether they examine in person', async () => {
  const client = await hub.signIn('coordinator1');
  const { pharmacies } = await json(await client.get('/api/pharmacies'));
  expect(pharmacies).toContainEqual(expect.objectContaining({ ods: 'FQ202', name: 'Online Test Pharmacy', distanceSelling: true }));
});

it('lists member practices, including one that has left, without intake key hashes', async () => {
  const client = await hub.signIn('manager1');
  const { practices } = await json(await client.get('/api/practices'));
  expect(practices.map((p: { ods: string }) => p.ods)).toEqual(expect.arrayContaining(['E85001', 'E85099']));
  expect(JSON.stringify(practices)).not.toContain('intakeKeyHash');
});

it('offers the hub’s safety-netting templates, and nothing without a session', async () => {
  const client = await hub.signIn('anp1');
  const { templates } = await json(await client.get('/api/safety-netting-templates'));
  expect(templates.length).toBeGreaterThan(0);
  expect(templates[0].text.length).toBeGreaterThanOrEqual(20);
  expect((await fetch(`${hub.url}/api/pharmacies`)).status).toBe(401);
});
