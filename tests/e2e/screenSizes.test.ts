// Every main page at a desktop (1440 px), a small laptop (1024 px) and a phone (390 px), in real Chromium
// (docs/screens.md): nothing scrolls sideways, the page's key control is on screen, and axe passes at each
// width. At 1024 a request opened from the 70th row of a long queue is in view, not pushed below the list.
import type { Page } from 'playwright-core';
import { beforeAll, describe, it } from 'vitest';
import type { QueueItem } from '../../shared/schemas/api';
import { SCREEN_WIDTHS, expectAccessible, expectNoSidewaysScroll, expectWithinViewport } from '../helpers/browser';
import { json } from '../helpers/hub';
import { claimAndRoute } from '../helpers/journey';
import { useBrowserHub } from './browserHub';

const session = useBrowserHub();
const as: Record<string, Page> = {};
let journeyId: number;
let reference: string;

/** More open requests than any screen holds: the request pane must not open below them. */
const QUEUE_LENGTH = 75;

beforeAll(async () => {
  await Promise.all(
    Array.from({ length: QUEUE_LENGTH }, (_, i) =>
      session.hub.submitRequest({ practiceOds: i % 2 ? 'E85002' : 'E85001', text: `Request ${i + 1}: a sore throat for four days, worse when I swallow, and a long description that wraps.` }),
    ),
  );
  // One handed back to the practice: the practice page has a request to accept and the journey a hand-off.
  journeyId = await session.hub.submitRequest({ practiceOds: 'E85001', text: 'Please review my blood pressure medication, the dose seems too high.' });
  const coordinator = await session.hub.signIn('coordinator2');
  const routed = await json<{ item: QueueItem }>(await claimAndRoute(coordinator, journeyId, { destination: 'practice_gp', reason: { code: 'needs_gp' } }));
  reference = routed.item.reference;

  for (const [user, lands] of [['coordinator1', '/queue'], ['anp1', '/inbox'], ['practice1', '/practice'], ['lead1', '/inbox'], ['manager1', '/dashboard'], ['admin1', '/dashboard']] as const) {
    as[user] = await session.signInTo(user, lands);
  }
});

/** Goes to the page at this width, waits for its heading, and checks sideways scroll, the header's sign-out and axe. */
async function visit(page: Page, path: string, heading: string | RegExp, what: string): Promise<void> {
  await page.goto(`${session.hub.url}${path}`);
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
  await expectNoSidewaysScroll(page, what);
  await expectWithinViewport(page, page.getByRole('button', { name: 'Sign out' }), `${what}: the header's sign-out`);
}

describe.each(SCREEN_WIDTHS)('at $width px ($name)', ({ width, height }) => {
  beforeAll(async () => {
    for (const page of Object.values(as)) await page.setViewportSize({ width, height });
  });

  it('shows the coordinator’s queue with its filters reachable, and a request opened from the 70th row in view', { timeout: 120_000 }, async () => {
    const page = as.coordinator1!;
    await visit(page, '/queue', 'Hub queue', 'The hub queue');
    await page.getByTestId(/^queue-row-/).nth(QUEUE_LENGTH - 1).waitFor();
    await expectWithinViewport(page, page.getByRole('form', { name: 'Filter the queue' }), 'The queue filters');
    await expectWithinViewport(page, page.getByLabel('Practice'), 'The practice filter');

    // Scrolled down to the 70th row and opened: the request's heading is on screen, not below the list.
    await page.getByTestId(/^queue-row-/).nth(69).getByRole('button').first().click();
    const heading = page.getByRole('heading', { name: /^Request from/, level: 2 });
    await heading.waitFor();
    await expectWithinViewport(page, heading, `The open request's heading at ${width} px`, { scroll: false });
    await expectNoSidewaysScroll(page, 'The hub queue with a request open');
    await expectAccessible(page, `The hub queue with a request open at ${width} px`);
  });

  it('shows the clinician’s inbox', async () => {
    await visit(as.anp1!, '/inbox', 'Your inbox', 'The inbox');
    await expectAccessible(as.anp1!, `The inbox at ${width} px`);
  });

  it('shows the practice page with its handed-back request', async () => {
    const page = as.practice1!;
    await visit(page, '/practice', 'Your practice’s requests', 'The practice page');
    await expectWithinViewport(page, page.getByRole('button', { name: `Accept for the practice (request ${reference})` }), 'The accept button');
    await expectAccessible(page, `The practice page at ${width} px`);
  });

  it('shows a request’s journey', async () => {
    const page = as.coordinator1!;
    await visit(page, `/requests/${journeyId}`, /./, 'The journey page');
    await page.getByRole('region', { name: 'Journey' }).getByTestId('liability-interval').first().waitFor();
    await expectNoSidewaysScroll(page, 'The journey page with its map');
    await expectAccessible(page, `The journey page at ${width} px`);
  });

  it('shows search results', async () => {
    const page = as.coordinator1!;
    await visit(page, '/search?q=McTestface', 'Find a request', 'The search page');
    await page.getByRole('link', { name: reference }).waitFor();
    await expectNoSidewaysScroll(page, 'The search results');
    await expectWithinViewport(page, page.getByRole('link', { name: reference }), 'A result’s reference');
    await page.getByRole('table', { name: 'Requests found, newest first' }).getByRole('row', { name: new RegExp(reference) }).waitFor();
    await expectAccessible(page, `The search results at ${width} px`);
  });

  it('shows the hub pages: sent messages and the liability matrix', { timeout: 90_000 }, async () => {
    const page = as.coordinator1!;
    await visit(page, '/messages', 'Sent messages', 'The sent messages page');
    await expectAccessible(page, `The sent messages page at ${width} px`);
    await visit(page, '/liability-matrix', 'Liability matrix', 'The liability matrix');
    await expectAccessible(page, `The liability matrix at ${width} px`);
  });

  it('shows the lead’s decision review', async () => {
    const page = as.lead1!;
    await visit(page, '/reviews', 'Decision review', 'The decision review page');
    await expectWithinViewport(page, page.getByRole('form', { name: 'Period' }).getByRole('button', { name: 'Show' }), 'The period’s Show button');
    await expectAccessible(page, `The decision review page at ${width} px`);
  });

  it('shows the manager’s dashboard', async () => {
    const page = as.manager1!;
    await visit(page, '/dashboard', 'Hub dashboard', 'The dashboard');
    await page.getByTestId('figure-daily').waitFor();
    await expectNoSidewaysScroll(page, 'The dashboard with its figures');
    await expectAccessible(page, `The dashboard at ${width} px`);
  });

  it('shows the admin’s pages', { timeout: 120_000 }, async () => {
    const page = as.admin1!;
    await visit(page, '/admin', 'Admin', 'The admin index');
    await expectAccessible(page, `The admin index at ${width} px`);
    await visit(page, '/admin/staff', 'Staff', 'The staff page');
    await page.getByRole('button', { name: /^Manage/ }).first().waitFor();
    await expectNoSidewaysScroll(page, 'The staff page with its accounts');
    await expectWithinViewport(page, page.getByRole('button', { name: /^Manage/ }).first(), 'A staff row’s Manage button');
    // Stacked as cards on a phone, the accounts are still a table to a screen reader.
    await page.getByRole('table', { name: 'Staff accounts' }).getByRole('row', { name: /Ada Admin/ }).waitFor();
    await expectAccessible(page, `The staff page at ${width} px`);
    await visit(page, '/admin/hub', 'Hub hours, SLA and lease', 'The hub settings page');
    await expectAccessible(page, `The hub settings page at ${width} px`);
    await visit(page, '/admin/practices', 'Practices', 'The practices page');
    await page.getByRole('rowheader', { name: 'Riverside Test Surgery' }).waitFor();
    await expectNoSidewaysScroll(page, 'The practices page with its table');
    await expectAccessible(page, `The practices page at ${width} px`);
    await visit(page, '/admin/pharmacies', 'Pharmacies', 'The pharmacies page');
    await expectAccessible(page, `The pharmacies page at ${width} px`);
  });
});
