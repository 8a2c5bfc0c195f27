// Clinical oversight in real Chromium (docs/clinical-safety/review.md, docs/protocol.md, docs/rota.md):
// the lead reviews a coordinator's sampled decision, disagrees and reopens the request, which comes back
// to the coordinator's open queue without a reload with the lead's instruction, and the coordinator's
// feedback page shows the review. The protocol, rota, review and feedback pages pass axe.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { QueueItem } from '../../shared/schemas/api';
import { expectAccessible } from '../helpers/browser';
import { json } from '../helpers/hub';
import { claimAndRoute } from '../helpers/journey';
import { useBrowserHub } from './browserHub';

const session = useBrowserHub();

const signIn = (username: string, lands: string): Promise<Page> => session.signInTo(username, lands);

/** The hub's clock stands on 24 November 2026; the browser's default period is the last 7 days of its own. */
const HUB_DAY = '2026-11-24';

it('lets the lead disagree with a sampled decision and reopen it: back in the coordinator’s open queue with the instruction, and in their feedback', async () => {
  const coordinator = await signIn('coordinator1', '/queue');
  const id = await session.hub.submitRequest({ text: 'Please review my blood pressure medication, the dose seems too high.' });
  const row = coordinator.getByTestId(`queue-row-${id}`);
  await row.waitFor({ timeout: 5000 });

  // The coordinator hands it back to the practice, against the suggestion: the policy samples that.
  const api = await session.hub.signIn('coordinator1');
  const routed = await json<{ item: QueueItem }>(
    await claimAndRoute(api, id, { destination: 'practice_gp', reason: { code: 'needs_gp' }, suggestionFollowed: false }),
  );
  expect(routed.item.status).toBe('returned_to_practice');
  const handoffId = session.hub.db.q.handoffs.forConsultation(id).at(-1)!.id;
  await expect.poll(() => row.textContent(), { timeout: 5000 }).toContain('Returned to the practice');

  // The lead finds the decision on /reviews and opens it.
  const lead = await signIn('lead1', '/inbox');
  await lead.getByRole('link', { name: 'Decision review' }).click();
  await lead.getByRole('heading', { name: 'Decision review', level: 1 }).waitFor();
  await lead.locator('#review-period-from').fill(HUB_DAY);
  await lead.getByRole('form', { name: 'Period' }).getByRole('button', { name: 'Show' }).click();
  await lead.getByRole('button', { name: `Review hand-off #${handoffId} on request ${id}` }).click();
  const decision = lead.getByRole('region', { name: `Request ${id}: hand-off #${handoffId}` });
  await expect.poll(() => decision.textContent(), { timeout: 5000 }).toContain('Suggestion followedno');
  await decision.getByRole('region', { name: 'Liability map' }).getByTestId('liability-interval').first().waitFor();
  await decision.getByRole('region', { name: 'In the patient’s words' }).getByText('Please review my blood pressure medication', { exact: false }).waitFor();

  const instruction = 'Call the patient today and offer an ANP appointment';
  await decision.getByRole('radio', { name: 'Disagree' }).check();
  await decision.getByLabel('Severity').selectOption('moderate');
  await decision.getByLabel('Learning note').fill('A dose worry is for the ANP team today, not a practice hand-back.');
  await decision.getByRole('checkbox', { name: /^Reopen the request/ }).check();
  await decision.getByLabel('Instruction to the coordinator').fill(instruction);
  await expectAccessible(lead, 'The decision review page with a decision open');
  await decision.getByRole('button', { name: 'Record and reopen' }).click();
  await lead.getByText(`Review of hand-off #${handoffId} recorded: disagree; request ${id} is back in the hub queue.`).waitFor();

  // The coordinator's queue, open all along, has it back with the lead's words.
  await expect.poll(() => row.textContent(), { timeout: 5000 }).toContain(`Returned: Reopened after review by Dr Lee Lead: ${instruction}`);
  expect(await row.textContent()).not.toContain('Returned to the practice');
  expect(session.hub.db.q.consultations.byId(id)!.status).toBe('queued');

  await coordinator.getByRole('link', { name: 'My feedback' }).click();
  const feedback = coordinator.locator('.feedback-item').filter({ hasText: `Request ${id}:` });
  await expect.poll(() => feedback.textContent(), { timeout: 5000 }).toContain('Disagree · severity moderate · reviewed by Dr Lee Lead');
  expect(await feedback.textContent()).toContain('A dose worry is for the ANP team today, not a practice hand-back.');
  expect(await feedback.textContent()).toContain(`Reopened with the instruction: ${instruction}`);
  await expectAccessible(coordinator, 'The my-feedback page');
});

it('shows the lead a protocol draft’s changes from the version in force, and the page passes axe', async () => {
  const lead = await signIn('lead2', '/inbox');
  await lead.getByRole('link', { name: 'Protocol' }).click();
  await lead.getByRole('heading', { name: 'Care-navigation protocol', level: 1 }).waitFor();
  await lead.getByRole('button', { name: 'Start a draft' }).click();
  await lead.getByRole('checkbox', { name: 'Coordinators may close with self-care advice' }).check();
  await lead.getByRole('button', { name: 'Save draft' }).click();
  const changes = lead.getByRole('list', { name: /^Changes from / });
  await expect.poll(() => changes.getByRole('listitem').count(), { timeout: 5000 }).toBe(1);
  await expectAccessible(lead, 'The protocol page with a draft');
  await lead.getByRole('button', { name: 'Discard draft' }).click();
  await lead.getByRole('button', { name: 'Start a draft' }).waitFor();
});

it('shows the lead the duty rota with its gaps, and the page passes axe', async () => {
  const lead = await signIn('lead1', '/inbox');
  await lead.getByRole('link', { name: 'Rota' }).click();
  await lead.getByRole('heading', { name: 'Duty clinician rota', level: 1 }).waitFor();
  await lead.getByRole('table', { name: 'Duty clinician by session, next 14 days' }).waitFor();
  await lead.getByText('On duty now:').waitFor();
  expect(await lead.getByText('On duty now:').textContent()).toBe('On duty now: nobody');
  // Nobody is on the test hub's rota: every open session ahead is a gap, this morning's first.
  await lead.getByRole('heading', { name: /sessions have no duty clinician$/ }).waitFor();
  await lead.getByText('No duty clinician for Tue 24 Nov morning').waitFor();
  await expectAccessible(lead, 'The rota page');
});
