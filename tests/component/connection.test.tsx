// Lost connection, reconnect and catch-up: the banner says what is happening, and after a
// reconnect the client resyncs from its last sequence and applies what it missed.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { COORDINATOR_1, COORDINATOR_2, queueItem } from './fixtures';
import { renderHub } from './harness';

describe('live connection', () => {
  it('resyncs on connect from the snapshot’s sequence', async () => {
    const { link } = renderHub({ user: COORDINATOR_1, items: [queueItem({ id: 1 })], seq: 240 });
    await screen.findByTestId('queue-row-1');
    link.status('connected');
    await waitFor(() => expect(link.resync).toHaveBeenCalledWith(240));
  });

  it('connected before the snapshot landed, catches up from the snapshot’s sequence, not from a change that arrived live ahead of it', async () => {
    // The snapshot was asked for before the link joined its rooms (as the app opens): request 2 committed
    // in between (seq 101) reached nobody live; request 3 (seq 102) arrived live before the snapshot did.
    let answer!: (snapshot: { seq: number; items: ReturnType<typeof queueItem>[] }) => void;
    const queue = () => new Promise<{ seq: number; items: ReturnType<typeof queueItem>[] }>((resolve) => (answer = resolve));
    const { link } = renderHub({ user: COORDINATOR_1, api: { queue } });
    await waitFor(() => expect(answer).toBeDefined());
    link.status('connected');
    link.change({ seq: 102, type: 'admitted', item: queueItem({ id: 3 }) });
    link.resync.mockResolvedValueOnce({ kind: 'changes', seq: 102, changes: [{ seq: 101, type: 'admitted', item: queueItem({ id: 2 }) }] });
    answer({ seq: 100, items: [queueItem({ id: 1 })] });
    await waitFor(() => expect(link.resync).toHaveBeenCalledWith(100));
    expect(await screen.findByTestId('queue-row-2')).toBeInTheDocument();
    expect(screen.getByTestId('queue-row-1')).toBeInTheDocument();
    expect(screen.getByTestId('queue-row-3')).toBeInTheDocument();
  });

  it('shows the lost-connection banner, then catches up from the last sequence on reconnect', async () => {
    const { link } = renderHub({ user: COORDINATOR_1, items: [queueItem({ id: 1 })], seq: 100 });
    await screen.findByTestId('queue-row-1');
    link.status('connected');
    await waitFor(() => expect(link.resync).toHaveBeenCalledTimes(1));
    link.change({ seq: 104, type: 'admitted', item: queueItem({ id: 2 }) });

    link.status('disconnected');
    expect(screen.getByText('Connection lost — reconnecting…; changes will catch up')).toBeInTheDocument();
    link.status('reconnecting');
    expect(screen.getByText('Connection lost — reconnecting…; changes will catch up')).toBeInTheDocument();

    link.resync.mockResolvedValueOnce({
      kind: 'changes',
      seq: 107,
      changes: [
        { seq: 105, type: 'admitted', item: queueItem({ id: 3 }) },
        { seq: 107, type: 'claim', item: { ...queueItem({ id: 1 }), version: 2, status: 'in_triage', claimedBy: { id: COORDINATOR_2.id, name: COORDINATOR_2.name } } },
      ],
    });
    link.status('connected');
    await waitFor(() => expect(link.resync).toHaveBeenLastCalledWith(104));
    expect(await screen.findByTestId('queue-row-3')).toBeInTheDocument();
    expect(screen.getByText('Being triaged by Coordinator 2')).toBeInTheDocument();
    expect(await screen.findByText('Back online — the queue is up to date.')).toBeInTheDocument();
    expect(screen.queryByText(/Connection lost/)).not.toBeInTheDocument();
  });

  it('tells the team what this workstation is doing once connected', async () => {
    const { link, keys } = renderHub({ user: COORDINATOR_1, items: [queueItem({ id: 1 })] });
    await screen.findByTestId('queue-row-1');
    link.status('connected');
    await waitFor(() => expect(link.reportPresence).toHaveBeenLastCalledWith('available'));
    await keys.keyboard('j{Enter}');
    expect(link.reportPresence).toHaveBeenLastCalledWith('viewing');
    await keys.click(screen.getByRole('button', { name: 'Set away' }));
    expect(link.reportPresence).toHaveBeenLastCalledWith('away');
    expect(screen.getByRole('button', { name: 'I’m back' })).toBeInTheDocument();
  });

  it('lists the team from presence', async () => {
    const { link } = renderHub({ user: COORDINATOR_1, items: [queueItem({ id: 1 })] });
    await screen.findByTestId('queue-row-1');
    link.presence([
      { userId: COORDINATOR_1.id, name: COORDINATOR_1.name, roles: ['coordinator'], state: 'available', since: '2026-11-24T09:00:00.000Z', holding: [] },
      { userId: COORDINATOR_2.id, name: COORDINATOR_2.name, roles: ['coordinator'], state: 'holding', since: '2026-11-24T09:05:00.000Z', holding: [{ id: 1, reference: 'EH-26-00001' }] },
    ]);
    const team = screen.getByRole('region', { name: /Team on the hub/ });
    expect(team).toHaveTextContent('Coordinator 1 (you)');
    expect(team).toHaveTextContent('Coordinator 2Triaging');
    expect(within(team).getByText('Coordinator 2').closest('li')).toHaveTextContent('Holding EH-26-00001');
    expect(within(team).getByText('Coordinator 1 (you)').closest('li')).not.toHaveTextContent('Holding');
  });

  it('goes back to sign-in, saying why, when the hub refuses the session', async () => {
    const { link } = renderHub({ user: COORDINATOR_1, items: [queueItem({ id: 1 })] });
    await screen.findByTestId('queue-row-1');
    link.status('refused');
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByText(/Your session has ended/)).toBeInTheDocument();
  });
});
