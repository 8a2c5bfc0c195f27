// On a phone an open request covers the queue as a sheet (docs/screens.md). A red flag waiting must stay
// in sight over it: the bar sits at the foot of the screen, on top, and the page still passes axe.
import { expect, it } from 'vitest';
import { expectAccessible, expectWithinViewport } from '../helpers/browser';
import { useBrowserHub } from './browserHub';

const session = useBrowserHub();

it('keeps a waiting red flag in sight, on top of the open request, on a 390 px screen', async () => {
  const routine = await session.hub.submitRequest({ text: 'Could I have a repeat of my hay fever tablets please, the usual ones.' });
  const page = await session.signInTo('coordinator1', '/queue');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByTestId(`queue-row-${routine}`).getByRole('button').first().click();
  await page.getByRole('heading', { name: /^Request from/, level: 2 }).waitFor();

  await session.hub.submitRequest({ text: 'Crushing chest pain spreading to my jaw, sweaty and sick' });
  const bar = page.getByTestId('red-flag-bar');
  await expect.poll(() => page.getByTestId('red-flags-waiting').textContent(), { timeout: 5000 }).toMatch(/^1 red flag waiting/);
  await expectWithinViewport(page, bar, 'The red-flag bar over the open request', { scroll: false });
  // On top, not merely inside the viewport: what is painted at the bar's centre belongs to the bar.
  const box = (await bar.boundingBox())!;
  const onTop = await page.evaluate(([x, y]) => {
    const doc = (globalThis as unknown as { document: { elementFromPoint(x: number, y: number): { closest(s: string): unknown } | null } }).document;
    return Boolean(doc.elementFromPoint(x!, y!)?.closest('[data-testid="red-flag-bar"]'));
  }, [box.x + box.width / 2, box.y + box.height / 2]);
  expect(onTop).toBe(true);
  await expectAccessible(page, 'The open request on a phone with a red flag waiting');
});
