// An admin sets up a new member of staff in the browser (docs/admin.md, "Staff"): adds a care coordinator,
// passes on the temporary password shown once, and the new coordinator signs in with it in another browser
// and lands on the hub queue. Locked out by five wrong passwords, they are unlocked by the admin; after a
// password reset the old password is refused and the new one works. The idle lock (docs/admin.md, "Idle
// lock"): after the idle minutes the screen locks, and signing in again resumes the same request.
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { expectAccessible } from '../helpers/browser';
import { useBrowserHub } from './browserHub';

const session = useBrowserHub();
let admin: Page;
let password: string;
beforeAll(async () => {
  admin = await session.signInTo('admin1', '/dashboard');
});

/** Fills the sign-in form on `page` and presses Sign in. */
async function signInAs(page: Page, username: string, secret: string): Promise<void> {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(secret);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Reads the temporary password from the one-time panel, then dismisses it as passed on. */
async function takeTemporaryPassword(): Promise<string> {
  const panel = admin.getByRole('status', { name: 'Temporary password for Jo Newcombe' });
  const shown = (await panel.getByTestId('temporary-password').textContent()) ?? '';
  expect(shown.length).toBeGreaterThanOrEqual(12);
  return shown;
}

it('adds a care coordinator whose temporary password, shown once, signs them in to the hub queue in another browser', async () => {
  await admin.goto(`${session.hub.url}/admin/staff`);
  await admin.getByRole('heading', { name: 'Staff', level: 1 }).waitFor();
  const form = admin.getByRole('region', { name: 'Add a member of staff' });
  await form.getByLabel('Username').fill('jo.newcombe');
  await form.getByLabel('Full name').fill('Jo Newcombe');
  await form.getByLabel('Care coordinator').check();
  await form.getByRole('button', { name: 'Add member of staff' }).click();

  password = await takeTemporaryPassword();
  await admin.getByTestId('staff-row-jo.newcombe').waitFor();
  await expectAccessible(admin, 'The staff page with a temporary password shown');
  await admin.getByRole('button', { name: 'I have passed it on' }).click();
  await expect.poll(() => admin.getByTestId('temporary-password').count()).toBe(0);

  const jo = await session.signInPage();
  await signInAs(jo, 'jo.newcombe', password);
  await jo.getByRole('heading', { name: 'Hub queue', level: 1 }).waitFor();
  expect(new URL(jo.url()).pathname).not.toMatch(/sign-in/);
  await jo.getByRole('button', { name: 'Sign out' }).waitFor();
});

it('locks an idle workstation and, signed in again, resumes the same page with the same request open', async () => {
  const id = await session.hub.submitRequest({ text: 'A cough for three weeks that keeps me awake at night.' });
  const reference = session.hub.db.q.consultations.byId(id)!.reference!;
  const jo = await session.signInPage();
  // The page's own clock, so fifteen idle minutes pass at once.
  await jo.clock.install();
  await jo.reload();
  await signInAs(jo, 'jo.newcombe', password);
  await jo.getByTestId(`queue-row-${id}`).getByRole('button').first().click();
  const heading = jo.getByRole('heading', { name: new RegExp(`^Request from .*${reference}`), level: 2 });
  await heading.waitFor();
  const where = new URL(jo.url()).pathname;

  await jo.clock.fastForward('15:01');
  const lock = jo.getByRole('dialog', { name: 'Screen locked' });
  await lock.waitFor();
  await expect.poll(() => heading.isVisible()).toBe(false);
  expect(await lock.getByLabel('Username').inputValue()).toBe('jo.newcombe');
  await expectAccessible(jo, 'The lock screen');
  await lock.getByLabel('Password').fill(password);
  await lock.getByRole('button', { name: 'Sign in' }).click();

  await lock.waitFor({ state: 'detached' });
  await heading.waitFor();
  expect(new URL(jo.url()).pathname).toBe(where);
  // The queue is live again for the new session: a request arriving now shows without a reload.
  const next = await session.hub.submitRequest({ text: 'Ear ache since the weekend, no fever.' });
  await jo.getByTestId(`queue-row-${next}`).waitFor();
});

it('unlocks a coordinator throttled after five wrong passwords', async () => {
  const jo = await session.signInPage();
  for (let i = 0; i < 5; i++) {
    const answered = jo.waitForResponse((res) => res.url().endsWith('/api/auth/login'));
    await signInAs(jo, 'jo.newcombe', `not the password ${i}`);
    expect((await answered).status()).toBe(401);
  }
  const refused = jo.waitForResponse((res) => res.url().endsWith('/api/auth/login'));
  await signInAs(jo, 'jo.newcombe', password);
  expect((await refused).status()).toBe(429);
  await jo.getByRole('alert').filter({ hasText: /Too many failed sign-ins/ }).waitFor();
  expect(new URL(jo.url()).pathname).toBe('/sign-in');

  await admin.reload();
  const row = admin.getByTestId('staff-row-jo.newcombe');
  await expect.poll(() => row.textContent()).toContain('failed sign-ins');
  await row.getByRole('button', { name: 'Manage Jo Newcombe' }).click();
  await admin.getByRole('button', { name: 'Unlock sign-in' }).click();
  await admin.getByText('Unlocked: they can sign in again now.').waitFor();

  await signInAs(jo, 'jo.newcombe', password);
  await jo.getByRole('heading', { name: 'Hub queue', level: 1 }).waitFor();
});

it('resets a password to a new temporary one: the old one is refused and the new one signs in', async () => {
  await admin.getByRole('button', { name: 'Reset password to a temporary one' }).click();
  const renewed = await takeTemporaryPassword();
  expect(renewed).not.toBe(password);
  await admin.getByRole('button', { name: 'I have passed it on' }).click();

  const jo = await session.signInPage();
  const refused = jo.waitForResponse((res) => res.url().endsWith('/api/auth/login'));
  await signInAs(jo, 'jo.newcombe', password);
  expect((await refused).status()).toBe(401);
  await jo.getByRole('alert').filter({ hasText: 'The username or password is not right.' }).waitFor();
  await signInAs(jo, 'jo.newcombe', renewed);
  await jo.getByRole('heading', { name: 'Hub queue', level: 1 }).waitFor();
});
