// Finding a request that has left the queue, in real Chromium (docs/search.md): a coordinator types the
// patient's NHS number with its spaces into the header's search box (reached with "/"), finds the closed
// request by its reference, and opens its journey. The results page passes axe.
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { QueueItem } from '../../shared/schemas/api';
import { expectAccessible } from '../helpers/browser';
import { json } from '../helpers/hub';
import { claimAndRoute } from '../helpers/journey';
import { useBrowserHub } from './browserHub';

const session = useBrowserHub();

it('finds a closed request by NHS number typed with spaces, and opens its journey', async () => {
  const id = await session.hub.submitRequest({ text: 'Sore throat for three days, eating and drinking fine.', patient: { givenName: 'Ann', familyName: 'Searchwell', nhsNumber: '9434765870' } });
  // Closed through the hub's own routes: routed to the ANP team, accepted, completed.
  const coordinatorApi = await session.hub.signIn('coordinator1');
  const { item } = await json<{ item: QueueItem }>(await claimAndRoute(coordinatorApi, id, { destination: 'anp' }));
  const anp = await session.hub.signIn('anp1');
  expect((await anp.post(`/api/handoffs/${item.pendingHandoff!.id}/accept`)).status).toBe(200);
  expect((await anp.post(`/api/consultations/${id}/complete`, { outcome: 'advice_given', notes: 'Fluids and rest' })).status).toBe(200);
  const reference = session.hub.db.q.consultations.byId(id)!.reference!;
  expect(reference).toMatch(/^EH-\d{2}-\d{5}$/);

  const coordinator = await session.signInTo('coordinator1', '/queue');
  // The closed request is not in the live queue; the search finds it.
  await expect.poll(() => coordinator.getByTestId(`queue-row-${id}`).count()).toBe(0);
  await coordinator.keyboard.press('/');
  const box = coordinator.getByRole('searchbox', { name: /Find a request/ });
  await expect.poll(() => box.evaluate((el) => el === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement)).toBe(true);
  await box.fill('943 476 5870');
  await box.press('Enter');

  await coordinator.waitForURL(/\/search\?q=943/);
  const found = coordinator.getByRole('link', { name: reference });
  await found.waitFor();
  const row = coordinator.getByRole('row').filter({ has: found });
  expect(await row.textContent()).toContain('Ann Searchwell');
  expect(await row.textContent()).toMatch(/Closed/i);
  await expectAccessible(coordinator, 'the search results page');

  await found.click();
  await coordinator.waitForURL(new RegExp(`/requests/${id}$`));
  await expect.poll(() => coordinator.getByRole('main').textContent(), { timeout: 10_000 }).toContain(reference);

  // The search that showed the patient is on the audit log, naming the request.
  const searches = session.hub.db.orm.all<{ after: string }>(sql`select after from audit_log where action = 'search'`);
  expect(searches.some((e) => (JSON.parse(e.after) as { consultationIds: number[] }).consultationIds.includes(id))).toBe(true);
});
