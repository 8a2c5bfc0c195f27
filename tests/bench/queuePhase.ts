// Q1, Q2: the queue page with 10,000 open requests in Chromium (issue #16, "Large queues"; docs/benchmarks.md,
// "Queue"). A hub seeded through its own admission path serves the built client; Debian's Chromium, driven by
// playwright-core, signs a coordinator in and opens /queue. The figures are the page's own performance marks
// (client/src/features/queue/queueMarks.ts): Q1 from navigation start to the first rows painted, over
// several loads; Q2 from a `j` keydown to the newly selected row painted, over ~200 presses, one at a time.
// Opt-in (BENCH_ONLY=queuepage): it needs `npm run build` and Chromium.
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { startHub } from '../../server/app';
import { CLIENT_DIR, launchBrowser } from '../helpers/browser';
import { TEST_PASSWORD } from '../helpers/fixtures';
import { startStealMeter } from './machine';
import { detail, fmt, section, type Figure } from './report';
import { seedHub } from './seed';
import { summarize } from './stats';

export interface QueuePageConfig {
  openRequests: number;
  loads: number;
  presses: number;
}

const TARGETS = { firstRenderMs: 1500, keyP95Ms: 50 };
const FIRST_RENDER = 'queue:first-render';
const KEY_TO_ROW = 'queue:key-to-row';

const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

const SNAPSHOT_READ = 'queue:snapshot-read';

type Load = { asked: number; answered: number; snapshot: number; rendered: number };

/**
 * Opens /queue afresh and returns its marks, in ms since navigation start: the queue asked for and its last
 * byte in (the browser's own resource timing of GET /api/queue), snapshot read, first rows painted.
 */
async function firstRender(page: Page, url: string): Promise<Load> {
  await page.goto(`${url}/queue`);
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, FIRST_RENDER, { timeout: 60_000 });
  return page.evaluate(
    ([snapshot, rendered]) => {
      const ask = performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname === '/api/queue') as ({ startTime: number; responseEnd: number }) | undefined;
      return {
        asked: ask?.startTime ?? NaN,
        answered: ask?.responseEnd ?? NaN,
        snapshot: performance.getEntriesByName(snapshot)[0]?.startTime ?? NaN,
        rendered: performance.getEntriesByName(rendered)[0]!.startTime,
      };
    },
    [SNAPSHOT_READ, FIRST_RENDER] as const,
  );
}

export async function queuePagePhase(figures: Figure[], dir: string, config: QueuePageConfig): Promise<void> {
  section(`Queue page in Chromium: ${config.openRequests} open requests (Q1 first render, Q2 j to the next row)`);
  const dbPath = join(mkdtempSync(join(dir, 'queuepage-')), 'hub.sqlite');
  const seed = await seedHub(dbPath, config.openRequests);
  detail(`seeded ${seed.openRequests} open requests (${seed.claimed} claimed) in ${seed.seconds.toFixed(1)} s; load average ${load()}`);
  const hub = await startHub({ dbPath, port: 0, clientDir: CLIENT_DIR });
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await page.goto(`${hub.url}/`);
    await page.getByLabel('Username').fill('coordinator1');
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));

    // Q1: each load is a fresh document, so each has its own first-render mark.
    const q1Steal = startStealMeter();
    const loads: Load[] = [];
    for (let i = 0; i < config.loads; i++) loads.push(await firstRender(page, hub.url));
    const q1 = summarize(loads.map((l) => l.rendered));
    const q1StealShare = q1Steal.read();
    const rows = await page.locator('[data-testid^="queue-row-"]').count();
    detail(`first render over ${config.loads} loads: ${fmt.summary(q1)}; ${rows} rows in the DOM of ${config.openRequests}; load average ${load()}`);
    detail(`  of which: navigation to snapshot fetched, parsed and validated ${fmt.summary(summarize(loads.map((l) => l.snapshot)))}`);
    detail(`            navigation to the queue asked for ${fmt.summary(summarize(loads.map((l) => l.asked)))}`);
    detail(`            asked to its last byte in ${fmt.summary(summarize(loads.map((l) => l.answered - l.asked)))}`);
    detail(`            last byte to parsed and validated ${fmt.summary(summarize(loads.map((l) => l.snapshot - l.answered)))}`);
    detail(`            snapshot to first rows painted ${fmt.summary(summarize(loads.map((l) => l.rendered - l.snapshot)))}`);

    // Q2: one press at a time, each waited for, so one slow frame is one sample, not a backlog.
    await page.locator('main#main').focus();
    const q2Steal = startStealMeter();
    for (let i = 1; i <= config.presses; i++) {
      await page.keyboard.press('j');
      await page.waitForFunction(([name, n]) => performance.getEntriesByName(name as string).length >= (n as number), [KEY_TO_ROW, i] as const, { timeout: 10_000 });
    }
    const samples = await page.evaluate((name) => performance.getEntriesByName(name).map((e) => e.duration), KEY_TO_ROW);
    const q2 = summarize(samples);
    const q2StealShare = q2Steal.read();
    const selected = await page.locator('[aria-current="true"]').getAttribute('aria-rowindex');
    detail(`j to the next row painted: ${fmt.summary(q2)}; after ${config.presses} presses row ${Number(selected) - 1} is selected; load average ${load()}`);

    figures.push({ name: `Q1. queue first render, ${config.openRequests} open (median of ${config.loads})`, target: `< ${TARGETS.firstRenderMs} ms`, measured: `${fmt.ms(q1.p50)} (max ${fmt.ms(q1.max)})`, pass: q1.p50 < TARGETS.firstRenderMs, steal: q1StealShare });
    figures.push({ name: `Q2. j to the next row p95, ${config.openRequests} open`, target: `< ${TARGETS.keyP95Ms} ms`, measured: fmt.ms(q2.p95), pass: q2.p95 < TARGETS.keyP95Ms, steal: q2StealShare });
  } finally {
    await browser.close();
    await hub.close();
  }
}
