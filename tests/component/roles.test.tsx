// Who lands where: sign-in for nobody, the hub queue for coordinators, an inbox for clinicians, their
// own page for practice staff, and the figures' dashboard, without patient data, for managers.
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../client/src/api/errors';
import { ANP_1, COORDINATOR_1, MANAGER_1, PRACTICE_1, queueItem } from './fixtures';
import { renderHub } from './harness';

describe('sign-in and role routing', () => {
  it('sends someone not signed in to sign-in, then to the queue after signing in', async () => {
    const { keys, api } = renderHub({ user: null, items: [queueItem({ id: 1 })], api: { login: async () => COORDINATOR_1 } });
    await keys.type(await screen.findByLabelText('Username'), 'coordinator1');
    await keys.type(screen.getByLabelText('Password'), 'demo-password-1');
    await keys.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { name: 'Hub queue', level: 1 })).toBeInTheDocument();
    expect(await screen.findByTestId('queue-row-1')).toBeInTheDocument();
    expect(api.queue).toHaveBeenCalled();
  });

  it('says plainly when the password is wrong', async () => {
    const { keys } = renderHub({
      user: null,
      api: {
        login: async () => {
          throw new ApiError('INVALID_CREDENTIALS', 'The username or password is not right.', 401);
        },
      },
    });
    await keys.type(await screen.findByLabelText('Username'), 'coordinator1');
    await keys.type(screen.getByLabelText('Password'), 'nope');
    await keys.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The username or password is not right.');
  });

  it('sends practice staff to their own practice’s page, without the hub queue or claim controls', async () => {
    renderHub({ user: PRACTICE_1, items: [queueItem({ id: 1 }), queueItem({ id: 2, status: 'closed', version: 5 })] });
    expect(await screen.findByRole('heading', { name: 'Your practice’s requests', level: 1 })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: /Outcomes to file \(1\)/ })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Hub queue' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Claim next' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Hub queue' })).not.toBeInTheDocument();
  });

  it('sends an ANP to their inbox, with a link to look at the hub queue', async () => {
    const { keys } = renderHub({ user: ANP_1, items: [queueItem({ id: 1 })] });
    expect(await screen.findByRole('heading', { name: 'Your inbox', level: 1 })).toBeInTheDocument();
    await keys.click(screen.getByRole('link', { name: 'Hub queue' }));
    expect(await screen.findByRole('heading', { name: 'Hub queue', level: 1 })).toBeInTheDocument();
    expect(await screen.findByTestId('queue-row-1')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Claim next' })).not.toBeInTheDocument();
  });

  it('gives a manager the dashboard and asks for no patient data', async () => {
    const { api } = renderHub({ user: MANAGER_1 });
    expect(await screen.findByRole('heading', { name: 'Hub dashboard', level: 1 })).toBeInTheDocument();
    expect(api.queue).not.toHaveBeenCalled();
  });

  it('signs out back to the sign-in page', async () => {
    const { keys, api } = renderHub({ user: COORDINATOR_1, items: [queueItem({ id: 1 })] });
    await screen.findByTestId('queue-row-1');
    await keys.click(screen.getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(api.logout).toHaveBeenCalled());
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
  });
});
