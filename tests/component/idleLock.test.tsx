// The idle lock on a shared workstation: after the hub's idle minutes without the user's hand on the page,
// a sign-in covers it and the patient data is out of view; the same person resumes exactly where they were,
// anyone else starts at their own home page.
import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { User } from '../../shared/schemas/api';
import { ANP_1, COORDINATOR_1, queueItem } from './fixtures';
import { renderHub } from './harness';

const MINUTE = 60_000;
const selectedRow = () => document.querySelector('[aria-current="true"]')?.getAttribute('data-testid');
const items = () => [queueItem({ id: 1 }), queueItem({ id: 2, snippet: 'A rash on both arms since Sunday.' })];
const idleFor = (ms: number) => act(() => void vi.advanceTimersByTime(ms));

beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
afterEach(() => vi.useRealTimers());

describe('idle lock', () => {
  it('locks the queue after 15 minutes without use, with the patient data out of view, and ends the session', async () => {
    const { api } = renderHub({ user: COORDINATOR_1, items: items() });
    const snippet = await screen.findByText('A rash on both arms since Sunday.');
    idleFor(15 * MINUTE);
    expect(await screen.findByRole('dialog', { name: 'Screen locked' })).toBeVisible();
    expect(snippet).not.toBeVisible();
    expect(api.logout).toHaveBeenCalled();
  });

  it('stays open while the user keeps working', async () => {
    const { keys } = renderHub({ user: COORDINATOR_1, items: items() });
    await screen.findByTestId('queue-row-2');
    idleFor(10 * MINUTE);
    await keys.keyboard('j');
    idleFor(10 * MINUTE);
    expect(screen.queryByRole('dialog', { name: 'Screen locked' })).not.toBeInTheDocument();
    expect(screen.getByTestId('queue-row-2')).toBeVisible();
  });

  it('resumes the same page and selected request when the same person signs in again', async () => {
    const { keys, api } = renderHub({ user: COORDINATOR_1, items: items() });
    await screen.findByTestId('queue-row-2');
    await keys.keyboard('jj');
    expect(selectedRow()).toBe('queue-row-2');
    idleFor(15 * MINUTE);
    await screen.findByRole('dialog', { name: 'Screen locked' });
    expect(screen.getByLabelText('Username')).toHaveValue('coordinator1');
    await keys.type(screen.getByLabelText('Password'), 'correct horse battery staple');
    await keys.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Screen locked' })).not.toBeInTheDocument());
    expect(api.login).toHaveBeenCalledWith('coordinator1', 'correct horse battery staple');
    expect(screen.getByRole('heading', { name: 'Hub queue' })).toBeVisible();
    expect(selectedRow()).toBe('queue-row-2');
  });

  it('keeps the resumed page live: the link the hub refused under the lock connects again once the same person signs in', async () => {
    const { keys, link } = renderHub({ user: COORDINATOR_1, items: items() });
    await screen.findByTestId('queue-row-2');
    await keys.keyboard('jj');
    idleFor(15 * MINUTE);
    await screen.findByRole('dialog', { name: 'Screen locked' });
    // The lock ended the session on the hub, so the live link is refused: that must not end the page.
    link.status('refused');
    expect(screen.getByRole('dialog', { name: 'Screen locked' })).toBeInTheDocument();
    expect(link.reconnect).not.toHaveBeenCalled();
    await keys.type(screen.getByLabelText('Password'), 'correct horse battery staple');
    await keys.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(link.reconnect).toHaveBeenCalledTimes(1));
    expect(screen.getByRole('heading', { name: 'Hub queue' })).toBeVisible();
    expect(selectedRow()).toBe('queue-row-2');
    expect(screen.queryByText('Your session has ended. Sign in again to carry on.')).not.toBeInTheDocument();
  });

  it('starts someone else afresh at their own home page', async () => {
    const login = vi.fn(async (): Promise<User> => ANP_1);
    const { keys } = renderHub({ user: COORDINATOR_1, items: items(), api: { login } });
    await screen.findByTestId('queue-row-2');
    idleFor(15 * MINUTE);
    await screen.findByRole('dialog', { name: 'Screen locked' });
    await keys.clear(screen.getByLabelText('Username'));
    await keys.type(screen.getByLabelText('Username'), 'anp1');
    await keys.type(screen.getByLabelText('Password'), 'another password');
    await keys.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { name: 'Your inbox' })).toBeVisible();
    expect(screen.queryByText('A rash on both arms since Sunday.')).not.toBeInTheDocument();
  });
});
