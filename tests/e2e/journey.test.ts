// A request's whole journey across two browsers: a coordinator claims it and routes it to the ANP
// team with the routing panel; an ANP sees the offer in their inbox without a reload, accepts and
// completes it; the coordinator opens the journey and sees who was responsible. Axe checks the
// routing panel and the inbox.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectAccessible } from '../helpers/browser';
import { useBrowserHub } from './browserHub';

const session = useBrowserHub();

async function signIn(username: string, lands: string): Promise<Page> {
  const page = await session.signIn(username);
  await page.waitForURL(`**${lands}`);
  return page;
}

/** Time moves on in the hub between steps, so the journey's intervals have length. */
const minutesPass = (n: number) => session.hub.clock.advance(n * 60_000);

it('routes a request to the ANP team, who accept and complete it, and the journey shows who was responsible', async () => {
  const id = await session.hub.submitRequest({
    text: 'Cough and a temperature for three days, getting no better.',
    answers: { symptomArea: 'respiratory', duration: '3 days', severity: 'moderate' },
  });
  const coordinator = await signIn('coordinator1', '/queue');
  const anp = await signIn('anp1', '/inbox');
  await anp.getByRole('heading', { name: 'Your inbox', level: 1 }).waitFor();
  await expect.poll(() => anp.getByTestId(`inbox-row-${id}`).count()).toBe(0);

  // The coordinator claims it and routes it with the panel, following the first suggestion.
  await coordinator.getByTestId(`queue-row-${id}`).click();
  await coordinator.getByRole('button', { name: 'Claim', exact: true }).click();
  minutesPass(3);
  await coordinator.getByRole('button', { name: 'Route', exact: true }).click();
  const panel = coordinator.getByRole('region', { name: 'Route this request' });
  await panel.getByTestId('suggestion-default_to_anp').waitFor();
  await expectAccessible(coordinator, 'The routing panel');
  await panel.getByTestId('suggestion-default_to_anp').getByRole('button').click();
  await expect.poll(() => panel.getByRole('radio', { name: 'ANP team' }).isChecked()).toBe(true);
  await expect
    .poll(() => panel.getByTestId('responsibility-preview').textContent())
    .toContain('Until the ANP team accepts, the request waits in their queue and the hub duty clinician stays accountable.');
  await panel.getByRole('button', { name: 'Confirm route' }).click();
  await coordinator.getByText('offered to the ANP team. It has left your hands.', { exact: false }).waitFor();
  const handoff = session.hub.db.q.handoffs.forConsultation(id)[0]!;
  expect(handoff).toMatchObject({ destination: 'anp', reasonCode: 'clinical_assessment_needed', suggestionFollowed: true });

  // The ANP sees the offer arrive live, accepts it, and completes it.
  const offer = anp.getByTestId('inbox-offered').getByTestId(`inbox-row-${id}`);
  await offer.waitFor({ timeout: 5000 });
  await expect.poll(() => offer.textContent()).toContain('Offered by Coordinator 1');
  await expectAccessible(anp, 'The inbox page');
  minutesPass(5);
  await offer.click();
  await anp.getByRole('button', { name: 'Accept', exact: true }).click();
  await anp.getByTestId('inbox-mine').getByTestId(`inbox-row-${id}`).waitFor();
  minutesPass(10);
  await anp.getByRole('button', { name: 'Complete', exact: true }).click();
  await anp.getByRole('radio', { name: 'Advice given' }).check();
  await anp.getByLabel('Notes for the practice record (optional)').fill('Phoned: viral illness, self-care advice given.');
  await anp.getByRole('button', { name: 'Complete the request' }).click();
  await anp.getByText('Outcome recorded: the request is closed.').waitFor();
  expect(session.hub.db.q.consultations.byId(id)!.status).toBe('closed');

  // The coordinator opens the journey: closed, the outcome, and who was responsible when.
  await coordinator.getByRole('link', { name: 'View its journey' }).click();
  await coordinator.waitForURL(`**/requests/${id}`);
  await expect.poll(() => coordinator.getByTestId('journey-status').textContent()).toContain('Closed');
  await expect.poll(() => coordinator.getByTestId('journey-outcome').textContent()).toContain('Advice given');
  const journey = coordinator.getByRole('region', { name: 'Journey' });
  await journey.getByTestId('liability-interval').first().waitFor();
  const owners = await journey.getByTestId('interval-owner').allTextContents();
  expect(owners.join(' | ')).toContain('Coordinator 1');
  expect(owners.join(' | ')).toContain('Ana Nurse');
});
