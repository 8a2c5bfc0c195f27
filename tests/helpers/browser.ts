// Real Chromium (Debian's package) driven by playwright-core, against a real hub serving the
// built client. Never downloads a browser.
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CHROMIUM = process.env.EHUB_CHROMIUM ?? '/usr/bin/chromium';
export const CLIENT_DIR = resolve(import.meta.dirname, '../../dist/client');

/** Flags that work on these machines: headless, no sandbox as root, no background network. */
const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium`);
  if (!existsSync(join(CLIENT_DIR, 'index.html'))) throw new Error('The client is not built: run `npm run build` (npm run test:e2e does).');
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

/** Fails on serious or critical WCAG 2.x A/AA violations, listing them readably. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (serious.length > 0) {
    const lines = serious.map((v) => `${v.impact}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
    throw new Error(`${what} has accessibility violations:\n${lines.join('\n')}`);
  }
}

/** A hub serving the built client, a browser, and a way to sign people in in their own contexts. */
export async function startBrowserHub() {
  const { startTestHub } = await import('./hub');
  const { TEST_PASSWORD } = await import('./fixtures');
  const hub = await startTestHub({ clientDir: CLIENT_DIR });
  const browser = await launchBrowser();
  return {
    hub,
    browser,
    /** Signs in on a fresh browser context and waits until the app has left the sign-in page. */
    async signIn(username: string): Promise<Page> {
      const page = await (await browser.newContext()).newPage();
      await page.goto(`${hub.url}/`);
      await page.getByLabel('Username').fill(username);
      await page.getByLabel('Password').fill(TEST_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
      return page;
    },
    /** A fresh browser context's page at the sign-in page, signed in as nobody yet. */
    async signInPage(): Promise<Page> {
      const page = await (await browser.newContext()).newPage();
      page.setDefaultTimeout(10_000);
      await page.goto(`${hub.url}/sign-in`);
      await page.getByLabel('Username').waitFor();
      return page;
    },
    /** Signs in, waits until the app has landed on `lands`, and gives the page's waits 10 s at most. */
    async signInTo(username: string, lands: string): Promise<Page> {
      const page = await this.signIn(username);
      page.setDefaultTimeout(10_000);
      await page.waitForURL(`**${lands}`);
      return page;
    },
    async stop() {
      await browser.close();
      await hub.stop();
    },
  };
}

/** The widths every main page must work at (docs/screens.md): a desktop, a small laptop, a phone. */
export const SCREEN_WIDTHS = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'laptop', width: 1024, height: 768 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** Fails when the page scrolls sideways, naming the widest elements that stick out past the right edge. */
export async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  const found = await page.evaluate(() => {
    const doc = (globalThis as unknown as { document: any; innerWidth: number }).document;
    const width = (globalThis as unknown as { innerWidth: number }).innerWidth;
    const culprits: string[] = [];
    const inBoxes: string[] = [];
    for (const el of doc.body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.right <= width + 1) continue;
      // Inside a box that scrolls or clips sideways on its own, sticking out is that box's business.
      let clipped = false;
      for (let up = el.parentElement; up && up !== doc.body; up = up.parentElement) {
        const overflow = (globalThis as any).getComputedStyle(up).overflowX;
        if (overflow !== 'visible') { clipped = true; break; }
      }
      const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
      (clipped ? inBoxes : culprits).push(`${name} (right edge ${Math.round(box.right)})`);
    }
    // Nothing outside a scrolling box: then something positioned escapes its box (an absolute element's
    // containing block is outside it), and those inside are the ones to look at.
    return { scrollWidth: doc.documentElement.scrollWidth as number, width, culprits: (culprits.length ? culprits : inBoxes).slice(-8) };
  });
  if (found.scrollWidth > found.width) {
    throw new Error(`${what} scrolls sideways at ${found.width}px (content ${found.scrollWidth}px wide): ${found.culprits.join(', ') || 'no single element found'}`);
  }
}

/** Fails unless the element is on screen: scrolled to, it lies wholly within the viewport's width and at least partly within its height. */
export async function expectWithinViewport(page: Page, selector: string | Locator, what: string, { scroll = true } = {}): Promise<void> {
  const locator = typeof selector === 'string' ? page.locator(selector) : selector;
  if (scroll) await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) throw new Error(`${what} is not shown`);
  const inside = box.x >= 0 && box.x + box.width <= viewport.width + 1 && box.y < viewport.height && box.y + box.height > 0;
  if (!inside) throw new Error(`${what} is outside the ${viewport.width}×${viewport.height} viewport: ${JSON.stringify(box)}`);
}
