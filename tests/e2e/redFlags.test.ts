// Red flags nobody can miss, in real Chromium (docs/clinical-safety/red-flags.md): a red flag arriving
// through intake raises the in-page alert and the tab-title count on a coordinator's and an ANP's open
// pages without a reload, the bar counts it until the duty clinician accepts it; the request's "Red
// flags" explanation marks the words and keeps what the screen set aside. Axe checks both pages.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { QueueItem } from '../../shared/schemas/api';
import { expectAccessible } from '../helpers/browser';
import { json } from '../helpers/hub';
import { useBrowserHub } from './browserHub';

const session = useBrowserHub();

const signIn = (username: string, lands: string): Promise<Page> => session.signInTo(username, lands);

const waitingOn = (page: Page) => page.getByTestId('red-flags-waiting');

/** The lead accepts the intake's duty offer, so the next test starts with nothing waiting. */
async function leadAccepts(id: number) {
  const lead = await session.hub.signIn('lead1');
  const { pendingHandoff } = await json<QueueItem>(await lead.get(`/api/consultations/${id}`));
  const res = await lead.post(`/api/handoffs/${pendingHandoff!.id}/accept`);
  expect(res.status).toBe(200);
}

it('alerts a coordinator and an ANP to a red flag live, and the bar clears when the duty clinician accepts it', async () => {
  const coordinator = await signIn('coordinator1', '/queue');
  const anp = await signIn('anp1', '/inbox');
  for (const page of [coordinator, anp]) await expect.poll(() => waitingOn(page).textContent()).toBe('No red flags waiting');
  const titleBefore = await coordinator.title();

  const id = await session.hub.submitRequest({ text: 'Crushing chest pain spreading to my jaw, sweaty and sick' });

  for (const page of [coordinator, anp]) {
    const alert = page.getByTestId(`red-flag-alert-new:${id}`).getByRole('alert');
    await expect.poll(() => alert.textContent(), { timeout: 5000 }).toContain('New red flag from Riverside Test Surgery');
    expect(await alert.textContent()).not.toContain('McTestface');
    await expect.poll(() => page.title()).toBe(`(1) ${titleBefore}`);
    await expect.poll(() => waitingOn(page).textContent()).toMatch(/^1 red flag waiting · oldest /);
  }
  await coordinator.getByTestId(`queue-row-${id}`).waitFor();
  await expectAccessible(coordinator, 'The queue page with the red-flag bar and an alert');

  // Nobody is on the test hub's rota: the clinical lead answers duty offers, from their inbox.
  const lead = await signIn('lead1', '/inbox');
  const offer = lead.getByTestId('inbox-offered').getByTestId(`inbox-row-${id}`);
  await offer.waitFor({ timeout: 5000 });
  await offer.click();
  await lead.getByRole('button', { name: 'Accept', exact: true }).click();
  await lead.getByTestId('inbox-mine').getByTestId(`inbox-row-${id}`).waitFor();

  await expect.poll(() => waitingOn(coordinator).textContent(), { timeout: 5000 }).toBe('No red flags waiting');
  await expect.poll(() => waitingOn(anp).textContent(), { timeout: 5000 }).toBe('No red flags waiting');
  expect(session.hub.db.q.consultations.byId(id)!.status).toBe('with_clinician');
});

it('explains a red flag in the request: the words that fired marked, and what the screen set aside', async () => {
  const coordinator = await signIn('coordinator2', '/queue');
  const id = await session.hub.submitRequest({
    text: 'Crushing chest pain spreading to my jaw, sweaty and sick. No trouble breathing, and I had a fit in 2019.',
  });
  await coordinator.getByTestId(`queue-row-${id}`).click();
  const flags = coordinator.getByRole('region', { name: 'Red flags', exact: true });
  await flags.waitFor({ timeout: 5000 });
  await expect.poll(() => flags.textContent()).toContain('Chest pain, tightness or pressure (possible heart attack)');
  await expect.poll(() => flags.textContent()).toContain('advise 999 now');

  const marked = coordinator.locator('mark.flag-mark');
  // Each mark names its rule for screen readers, after the patient's words.
  await expect.poll(() => marked.allTextContents()).toEqual([expect.stringMatching(/^chest pain \(Red flag: Chest pain, tightness or pressure/)]);

  const setAside = flags.locator('details.set-aside');
  expect(await setAside.getAttribute('open')).toBeNull();
  await setAside.getByText('Set aside by the screen (2)').click();
  await expect.poll(() => setAside.textContent()).toContain("not counted because negated: 'No'");
  expect(await setAside.textContent()).toContain("not counted because past: 'in 2019'");
  await expectAccessible(coordinator, 'The detail pane of a red-flagged request');

  await leadAccepts(id);
});
