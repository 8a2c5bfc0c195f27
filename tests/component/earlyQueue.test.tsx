// Opening the hub in a fresh tab: the queue is asked for beside the session check, not after the queue page's
// code has loaded, and that one answer is what the page shows; it never reaches a page signed in as someone else.
import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { HubApi } from '../../client/src/api/http';
import { ApiError } from '../../client/src/api/errors';
import type { QueueSnapshot, User } from '../../shared/schemas/api';
import { COORDINATOR_1, COORDINATOR_2, queueItem } from './fixtures';
import { renderHub } from './harness';

function later<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const items = () => [queueItem({ id: 1, snippet: 'Sore throat for four days.' }), queueItem({ id: 2, snippet: 'A rash on both arms since Sunday.' })];

describe('the queue asked for as the app opens', () => {
  it('asks for the queue beside the session check, and the queue page shows that answer without asking again', async () => {
    const me = later<User>();
    const { api } = renderHub({ user: COORDINATOR_1, items: items(), checkSession: true, api: { me: vi.fn(() => me.promise) } });
    expect(screen.getByText('Checking your session…')).toBeInTheDocument();
    expect(api.queue).toHaveBeenCalledTimes(1);
    await act(async () => me.resolve(COORDINATOR_1));
    expect(await screen.findByText('A rash on both arms since Sunday.')).toBeVisible();
    expect(api.queue).toHaveBeenCalledTimes(1);
  });

  it('uses an answer that landed before the session check did, rather than dropping it and asking again', async () => {
    const me = later<User>();
    const answer = Promise.resolve({ seq: 100, items: items() });
    const queue = vi.fn(() => answer);
    const { api } = renderHub({ user: COORDINATOR_1, checkSession: true, api: { me: vi.fn(() => me.promise), queue } });
    // The queue's answer is in; the session check is still out.
    await act(async () => void (await answer));
    await act(async () => me.resolve(COORDINATOR_1));
    expect(await screen.findByText('A rash on both arms since Sunday.')).toBeVisible();
    expect(api.queue).toHaveBeenCalledTimes(1);
  });

  it('never shows the first user’s queue to the next one when the first signs out before it arrives', async () => {
    const first = later<QueueSnapshot>();
    const mine = [queueItem({ id: 7, snippet: 'Asked for the one who signed out.' })];
    const theirs = [queueItem({ id: 8, snippet: 'Asked for the one who signed in next.' })];
    const queue = vi.fn<HubApi['queue']>().mockImplementationOnce(() => first.promise).mockResolvedValue({ seq: 200, items: theirs });
    const login = vi.fn(async (): Promise<User> => COORDINATOR_2);
    const { keys } = renderHub({ user: COORDINATOR_1, checkSession: true, api: { queue, login } });
    await keys.click(await screen.findByRole('button', { name: 'Sign out' }));
    await keys.type(await screen.findByLabelText('Username'), 'coordinator2');
    await keys.type(screen.getByLabelText('Password'), 'another password');
    await keys.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Asked for the one who signed in next.')).toBeVisible();
    await act(async () => first.resolve({ seq: 150, items: mine }));
    expect(screen.queryByText('Asked for the one who signed out.')).not.toBeInTheDocument();
    expect(screen.getByText('Asked for the one who signed in next.')).toBeVisible();
  });

  it('asks afresh after signing in when the session check found nobody', async () => {
    const me = vi.fn(async (): Promise<User> => Promise.reject(new ApiError('NOT_SIGNED_IN', 'Sign in.', 401)));
    const { api, keys } = renderHub({ user: COORDINATOR_1, items: items(), checkSession: true, api: { me } });
    await keys.type(await screen.findByLabelText('Username'), 'coordinator1');
    await keys.type(screen.getByLabelText('Password'), 'correct horse battery staple');
    await keys.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('A rash on both arms since Sunday.')).toBeVisible();
    await waitFor(() => expect(api.queue).toHaveBeenCalledTimes(2));
  });

  it('does not ask for the queue early on the sign-in page', async () => {
    const me = vi.fn(async (): Promise<User> => Promise.reject(new ApiError('NOT_SIGNED_IN', 'Sign in.', 401)));
    const { api } = renderHub({ user: COORDINATOR_1, route: '/sign-in', checkSession: true, api: { me } });
    expect(await screen.findByLabelText('Username')).toBeVisible();
    expect(api.queue).not.toHaveBeenCalled();
  });
});
