// A queue of 10,000 open requests: only the rows in view are in the page, the table still tells a screen
// reader how many rows there are and where each one is, and j moves the selection down the whole list,
// each newly selected row rendered and focused (docs/queue.md, "Large queues").
// jsdom has no layout, so this file gives the scroll box and rows their heights, and scrolling its effect.
import { screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueueItem } from '../../shared/schemas/api';
import { COORDINATOR_1, queueItem } from './fixtures';
import { renderHub } from './harness';

const BOX_HEIGHT = 600;
const ROW_HEIGHT = 58;
const restore: (() => void)[] = [];

function fake<T extends object>(proto: T, name: string, descriptor: PropertyDescriptor) {
  const own = Object.getOwnPropertyDescriptor(proto, name);
  Object.defineProperty(proto, name, { configurable: true, ...descriptor });
  restore.push(() => (own ? Object.defineProperty(proto, name, own) : delete (proto as Record<string, unknown>)[name]));
}

beforeAll(() => {
  const scrolled = new WeakMap<Element, number>();
  fake(HTMLElement.prototype, 'clientHeight', { get(this: HTMLElement) { return this.classList.contains('table-scroll') ? BOX_HEIGHT : 0; } });
  fake(HTMLElement.prototype, 'scrollHeight', { get(this: HTMLElement) { return this.classList.contains('table-scroll') ? 10_000 * ROW_HEIGHT + 40 : 0; } });
  fake(HTMLElement.prototype, 'offsetHeight', { get(this: HTMLElement) { return this.tagName === 'TR' ? ROW_HEIGHT : 0; } });
  fake(HTMLElement.prototype, 'scrollTop', {
    get(this: HTMLElement) { return scrolled.get(this) ?? 0; },
    set(this: HTMLElement, top: number) { scrolled.set(this, top); },
  });
  // As in a browser, the scroll event follows the scroll, not within it.
  fake(HTMLElement.prototype, 'scrollTo', {
    value(this: HTMLElement, options: ScrollToOptions) {
      scrolled.set(this, options.top ?? 0);
      setTimeout(() => this.dispatchEvent(new Event('scroll')), 0);
    },
  });
});
afterAll(() => restore.reverse().forEach((undo) => undo()));

/** 10,000 routine requests, each due a minute after the one before, so the queue's order is by id. */
function tenThousand(): QueueItem[] {
  const start = Date.parse('2026-11-24T10:00:00.000Z');
  return Array.from({ length: 10_000 }, (_, i) =>
    queueItem({ id: i + 1, sla: { firstActionDue: new Date(start + i * 60_000).toISOString(), outcomeDue: '2026-11-25T10:00:00.000Z' } }),
  );
}

const renderedRows = () => document.querySelectorAll('[data-testid^="queue-row-"]');

// Building and sorting 10,000 requests in jsdom takes seconds on a shared, loaded machine: more than the default timeout.
describe('a queue of 10,000 open requests', { timeout: 60_000 }, () => {
  it('renders only the rows in view, and tells a screen reader the table has 10,001 rows', async () => {
    renderHub({ user: COORDINATOR_1, items: tenThousand() });
    const first = await screen.findByTestId('queue-row-1');
    expect(renderedRows().length).toBeGreaterThan(5);
    expect(renderedRows().length).toBeLessThan(100);
    expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', '10001');
    expect(first).toHaveAttribute('aria-rowindex', '2');
    expect(screen.getByRole('heading', { name: 'Requests (10000)' })).toBeInTheDocument();
  });

  it('j pressed 30 times selects the 30th request (beyond the first window), rendered, focused and marked current; k steps back', async () => {
    const { keys } = renderHub({ user: COORDINATOR_1, items: tenThousand() });
    await screen.findByTestId('queue-row-1');
    for (let i = 0; i < 30; i++) await keys.keyboard('j');
    const thirtieth = await screen.findByTestId('queue-row-30');
    expect(thirtieth).toHaveAttribute('aria-current', 'true');
    expect(thirtieth).toHaveAttribute('aria-rowindex', '31');
    await waitFor(() => expect(thirtieth).toContainElement(document.activeElement as HTMLElement));
    expect(screen.queryByTestId('queue-row-1')).not.toBeInTheDocument();
    expect(renderedRows().length).toBeLessThan(100);
    await keys.keyboard('k');
    expect(await screen.findByTestId('queue-row-29')).toHaveAttribute('aria-current', 'true');
  });

  it('a short queue is rendered whole, with the same row numbers', async () => {
    renderHub({ user: COORDINATOR_1, items: tenThousand().slice(0, 40) });
    await screen.findByTestId('queue-row-40');
    expect(renderedRows()).toHaveLength(40);
    expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', '41');
  });
});
