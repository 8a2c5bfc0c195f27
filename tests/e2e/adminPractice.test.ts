// An admin sets up a new practice in the browser: adds it, creates its intake key (shown once), and a
// request its system sends with that key arrives in a coordinator's queue in another browser; rotating
// the key makes the old one refused at once. Axe checks the practices page with the key shown.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { intakeBody } from '../helpers/fixtures';
import { expectAccessible } from '../helpers/browser';
import { useBrowserHub } from './browserHub';

const session = useBrowserHub();

/** Confirms a new key for the practice and reads it from the one-time panel. */
async function newKey(admin: Page, action: 'Create key' | 'Rotate key'): Promise<string> {
  await admin.getByRole('button', { name: `${action} for Meadow Lane Surgery` }).click();
  await admin.getByRole('region', { name: /intake key for Meadow Lane Surgery\?/ }).getByRole('button', { name: action }).click();
  const panel = admin.getByRole('region', { name: 'New intake key for Meadow Lane Surgery' });
  await panel.getByText('Shown once: store it now.').waitFor();
  return panel.getByLabel('The intake key').inputValue();
}

it('adds a practice, creates its key, admits its request into a coordinator’s queue, and refuses the key once rotated', async () => {
  const admin = await session.signIn('admin1');
  admin.setDefaultTimeout(10_000);
  await admin.goto(`${session.hub.url}/admin/practices`);
  await admin.getByRole('heading', { name: 'Practices', level: 1 }).waitFor();

  await admin.getByLabel('ODS code').fill('E85123');
  await admin.getByLabel('Practice name').fill('Meadow Lane Surgery');
  await admin.getByLabel('Joins the hub on').fill('2026-11-01');
  await admin.getByRole('button', { name: 'Add practice' }).click();
  await admin.getByRole('rowheader', { name: 'Meadow Lane Surgery' }).waitFor();

  const key = await newKey(admin, 'Create key');
  expect(key.length).toBeGreaterThanOrEqual(43);
  await expectAccessible(admin, 'The practices page with a new key shown');

  const coordinator = await session.signInTo('coordinator1', '/queue');
  const res = await session.hub.submit(intakeBody({ practiceOds: 'E85123' }), key);
  expect(res.status).toBe(201);
  const { id } = (await res.json()) as { id: number };
  await coordinator.getByTestId(`queue-row-${id}`).waitFor();
  expect(await coordinator.getByTestId(`queue-row-${id}`).textContent()).toContain('Meadow Lane Surgery');

  await admin.getByRole('button', { name: 'I have stored the key' }).click();
  await expect.poll(() => admin.getByLabel('The intake key').count()).toBe(0);
  const rotated = await newKey(admin, 'Rotate key');
  expect(rotated).not.toBe(key);
  expect((await session.hub.submit(intakeBody({ practiceOds: 'E85123' }), key)).status).toBe(401);
  expect((await session.hub.submit(intakeBody({ practiceOds: 'E85123' }), rotated)).status).toBe(201);
});
