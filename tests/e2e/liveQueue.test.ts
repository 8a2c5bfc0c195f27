// Two coordinators in two browser contexts: one claims, the other's screen shows it without reload.
// The sign-in and queue pages pass the axe-core check.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectAccessible } from '../helpers/browser';
import { useBrowserHub } from './browserHub';

const session = useBrowserHub();

const signIn = (username: string): Promise<Page> => session.signIn(username);

it('the sign-in page passes the accessibility check', async () => {
  const page = await (await session.browser.newContext()).newPage();
  await page.goto(`${session.hub.url}/`);
  await page.getByLabel('Username').waitFor();
  await expectAccessible(page, 'The sign-in page');
});

it('shows one coordinator’s claim on another coordinator’s screen without a reload', async () => {
  const id = await session.hub.submitRequest({ text: 'Cough and a temperature for three days, getting no better.' });
  const alice = await signIn('coordinator1');
  const bob = await signIn('coordinator2');
  const aliceRow = alice.getByTestId(`queue-row-${id}`);
  const bobRow = bob.getByTestId(`queue-row-${id}`);
  await aliceRow.waitFor();
  await bobRow.waitFor();
  await expectAccessible(bob, 'The queue page');

  await aliceRow.click();
  await alice.getByRole('button', { name: 'Claim', exact: true }).click();
  await expect.poll(() => bobRow.textContent(), { timeout: 5000 }).toContain('Coordinator 1');
  expect(session.hub.db.q.consultations.byId(id)!.claimedBy).toBe(session.hub.db.q.staff.byUsername('coordinator1')!.id);
});
