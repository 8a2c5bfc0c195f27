// Telling the patient, in real Chromium (docs/messaging.md): a coordinator routes a UTI to Pharmacy First
// through the routing panel, seeing the message that will go; the dispatcher sends it through the embedded
// transport (no Notify account, as `npm start` runs); the sent-messages page shows it as the patient sees
// it, and the journey shows its delivery. The sent-messages page passes axe.
import { expect, it } from 'vitest';
import { expectAccessible } from '../helpers/browser';
import { useBrowserHub } from './browserHub';

const session = useBrowserHub();

it('routes a request to Pharmacy First, and the patient’s message shows on the sent-messages page and its delivery in the journey', async () => {
  const id = await session.hub.submitRequest({ text: 'Burning when I pee and going more often for two days.', answers: { symptomArea: 'urinary' } });
  const coordinator = await session.signInTo('coordinator1', '/queue');
  await coordinator.getByTestId(`queue-row-${id}`).click();
  await coordinator.getByRole('button', { name: 'Claim', exact: true }).click();
  await coordinator.getByRole('button', { name: 'Route', exact: true }).click();
  const panel = coordinator.getByRole('region', { name: 'Route this request' });
  await panel.getByTestId('suggestion-uti_to_pharmacy_first').getByRole('button').click();
  await expect.poll(() => panel.getByLabel('Pharmacy First condition').inputValue()).toBe('uti');
  // Every exclusion question answered "No"; then the pharmacy.
  const noes = panel.locator('input[type="radio"][id^="exclusion-"][id$="-no"]');
  for (let i = 0; i < (await noes.count()); i++) await noes.nth(i).check();
  await panel.getByLabel('Pharmacy', { exact: true }).selectOption('FA101');

  // The message that will go, filled in, before anything is sent.
  const preview = panel.getByTestId('message-preview');
  await expect.poll(() => preview.textContent()).toContain('High Street Test Pharmacy, 1 High Street, Testbury TB1 1AA');
  expect(await preview.getByTestId('message-route').textContent()).toContain('Text message to');
  await panel.getByRole('button', { name: 'Confirm route' }).click();
  await coordinator.getByText('It has left your hands.', { exact: false }).waitFor();

  // The dispatcher sends it through the embedded transport, which reports delivery a few seconds later.
  await session.hub.dispatcher.drain();
  session.hub.clock.advance(10_000);
  await session.hub.dispatcher.drain();
  const message = session.hub.db.q.messages.forConsultation(id).at(-1)!;
  expect(message).toMatchObject({ status: 'delivered', transport: 'embedded' });

  await coordinator.goto(`${session.hub.url}/messages`);
  const sent = coordinator.getByTestId(`sent-message-${message.id}`);
  await expect.poll(() => sent.textContent(), { timeout: 10_000 }).toContain('go in today (Mon to Sat 9am to 6pm)');
  expect(await sent.textContent()).toContain('Delivered');
  await expectAccessible(coordinator, 'the sent-messages page');

  await coordinator.goto(`${session.hub.url}/requests/${id}`);
  const inJourney = coordinator.getByTestId(`journey-message-${message.id}`);
  await expect.poll(() => inJourney.textContent(), { timeout: 10_000 }).toContain('Delivered');
  expect(await inJourney.textContent()).toContain('Routing to Community pharmacy: Pharmacy First clinical pathway');
});
