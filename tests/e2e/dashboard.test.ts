// The manager's dashboard in real Chromium (docs/dashboard.md): today's received and triaged counts move
// while a coordinator in another browser routes a request and another arrives, with no reload (the
// manager's socket gets 'stats' notices only); the dashboard and the monthly summary pass axe.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectAccessible } from '../helpers/browser';
import { claimAndRoute } from '../helpers/journey';
import { useBrowserHub } from './browserHub';

const session = useBrowserHub();

/** The hub's clock stands on 24 November 2026, whatever the browser's says: the period is named in the URL. */
const HUB_DAY = '2026-11-24';
const COUGH = { text: 'Cough and a temperature for three days, getting no better.', answers: { symptomArea: 'respiratory', duration: '3 days', severity: 'moderate' } } as const;

const headline = (page: Page, metric: string) => page.getByTestId(`headline-${metric}`).locator('dd');

// Two browsers signed in and six requests routed: on this shared machine it has taken 27 to 55 s, near the 60 s default.
it('moves today’s received and triaged counts as a coordinator routes a request elsewhere, without a reload', { timeout: 120_000 }, async () => {
  // Five routed and one waiting: counts of 1 to 4 would show only as "<5".
  const ids = [];
  for (let i = 0; i < 6; i++) ids.push(await session.hub.submitRequest(COUGH));
  const api = await session.hub.signIn('coordinator2');
  for (const id of ids.slice(0, 5)) {
    const routed = await claimAndRoute(api, id, { destination: 'practice_gp', reason: { code: 'needs_gp' }, suggestionFollowed: false });
    expect(routed.status).toBe(200);
  }

  const manager = await session.signInTo('manager1', '/dashboard');
  await manager.goto(`${session.hub.url}/dashboard?from=${HUB_DAY}&to=${HUB_DAY}`);
  await manager.getByRole('heading', { name: 'Hub dashboard', level: 1 }).waitFor();
  await expect.poll(() => headline(manager, 'received').textContent(), { timeout: 5000 }).toBe('6');
  await expect.poll(() => headline(manager, 'triaged').textContent(), { timeout: 5000 }).toBe('5');
  for (const chart of ['daily', 'sla', 'outcomes']) await manager.getByTestId(`figure-${chart}`).locator('svg.recharts-surface').first().waitFor();
  await expectAccessible(manager, 'The dashboard');
  // A reload would lose this.
  await manager.evaluate(() => Object.assign(globalThis, { stillTheSamePage: true }));

  const coordinator = await session.signInTo('coordinator1', '/queue');
  const last = ids[5]!;
  await coordinator.getByTestId(`queue-row-${last}`).click();
  await coordinator.getByRole('button', { name: 'Claim', exact: true }).click();
  await coordinator.getByRole('button', { name: 'Route', exact: true }).click();
  const panel = coordinator.getByRole('region', { name: 'Route this request' });
  await panel.getByTestId('suggestion-default_to_anp').getByRole('button').click();
  await expect.poll(() => panel.getByRole('radio', { name: 'ANP team' }).isChecked()).toBe(true);
  await panel.getByRole('button', { name: 'Confirm route' }).click();
  await coordinator.getByText('offered to the ANP team. It has left your hands.', { exact: false }).waitFor();

  await expect.poll(() => headline(manager, 'triaged').textContent(), { timeout: 5000 }).toBe('6');
  await session.hub.submitRequest(COUGH);
  await expect.poll(() => headline(manager, 'received').textContent(), { timeout: 5000 }).toBe('7');
  await expect.poll(() => manager.getByTestId('capacity-arrivals_today').locator('dd').textContent(), { timeout: 5000 }).toBe('7');
  expect(await manager.evaluate(() => (globalThis as unknown as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true);

  // The CSV link downloads the very rows the page shows.
  const csv = await manager.request.get(`${session.hub.url}${await manager.getByTestId('figure-summary').getByRole('link', { name: /^Download CSV/ }).getAttribute('href')}`);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain('received,7');
});

it('prints a one-page monthly summary that passes axe', async () => {
  const manager = await session.signInTo('manager1', '/dashboard');
  await manager.goto(`${session.hub.url}/dashboard/print?month=2026-11`);
  await manager.getByRole('heading', { name: 'Online consultation hub: November 2026', level: 1 }).waitFor();
  await manager.getByRole('table', { name: 'SLA compliance against target' }).waitFor();
  await expectAccessible(manager, 'The monthly summary');
  await manager.emulateMedia({ media: 'print' });
  expect(await manager.locator('.app-header').isVisible()).toBe(false);
  expect(await manager.getByRole('table', { name: 'Completed requests by final destination' }).isVisible()).toBe(true);
});
