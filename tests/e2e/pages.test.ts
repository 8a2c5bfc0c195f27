// The practice page, the liability matrix and a request's journey in real Chromium, each passing
// the axe-core check; a practice user accepts a request handed back to the practice.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { QueueItem } from '../../shared/schemas/api';
import { expectAccessible } from '../helpers/browser';
import { json } from '../helpers/hub';
import { claimAndRoute } from '../helpers/journey';
import { useBrowserHub } from './browserHub';

const session = useBrowserHub();

const signIn = (username: string): Promise<Page> => session.signIn(username);

it('lets practice staff accept a request handed back to their practice, and the page passes axe', async () => {
  const id = await session.hub.submitRequest({ practiceOds: 'E85001', text: 'Please review my blood pressure medication, the dose seems too high.' });
  const coordinator = await session.hub.signIn('coordinator1');
  const routed = await json<{ item: QueueItem }>(await claimAndRoute(coordinator, id, { destination: 'practice_gp', reason: { code: 'needs_gp' } }));
  expect(routed.item.status).toBe('returned_to_practice');

  const practice = await signIn('practice1');
  await practice.getByRole('heading', { name: 'Your practice’s requests', level: 1 }).waitFor();
  // Named by the request's reference, which the practice quotes (docs/search.md).
  const accept = practice.getByRole('button', { name: `Accept for the practice (request ${routed.item.reference})` });
  await accept.waitFor();
  await expectAccessible(practice, 'The practice page');
  await accept.click();
  await expect.poll(() => session.hub.db.q.consultations.byId(id)!.status, { timeout: 5000 }).toBe('closed');
  expect(session.hub.db.q.liability.open(id)).toMatchObject({ ownerId: 'E85001', accountableId: 'E85001' });
});

it('shows the liability matrix generated from the rules, and it passes axe', async () => {
  const lead = await signIn('lead1');
  await lead.goto(`${session.hub.url}/liability-matrix`);
  await lead.getByRole('heading', { name: 'Liability matrix', level: 1 }).waitFor();
  await lead.getByText('Community pharmacy: Pharmacy First clinical pathway').first().waitFor();
  await expectAccessible(lead, 'The liability matrix page');
});

it('shows a request’s journey with its hand-offs, and it passes axe', async () => {
  const id = await session.hub.submitRequest({ text: 'Rash on my arm for two days, not spreading.' });
  const coordinator = await session.hub.signIn('coordinator2');
  const { item } = await json<{ item: QueueItem }>(await claimAndRoute(coordinator, id, { destination: 'physio' }));
  const physio = await session.hub.signIn('physio1');
  await physio.post(`/api/handoffs/${item.pendingHandoff!.id}/decline`, { reason: 'Not musculoskeletal: re-triage please' });

  const page = await signIn('coordinator3');
  await page.goto(`${session.hub.url}/requests/${id}`);
  const journey = page.getByRole('region', { name: 'Journey' });
  await journey.getByText('Not musculoskeletal: re-triage please').first().waitFor();
  await expectAccessible(page, 'The journey page');
});
