// A polite live region for the inbox: says when a new offer reaches my team (red flags and possible ones in words),
// and when one I could see is taken by someone else.
import { useEffect, useState } from 'react';
import type { Destination } from '../../../../shared/schemas/domain';
import { useDeps } from '../../deps';
import { flagWords } from '../queue/announceWords';
import { isOfferedTo } from '../../stores/inboxRows';

export function InboxAnnouncer({ teams }: { teams: readonly Destination[] }) {
  const { queue } = useDeps();
  const [message, setMessage] = useState('');

  useEffect(
    () =>
      queue.subscribe((state, prev) => {
        if (prev.status !== 'ready' || state.items === prev.items) return;
        const offered = (items: typeof state.items, id: number) => items[id] !== undefined && isOfferedTo(items[id], teams);
        const arrived = Object.values(state.items).filter((item) => isOfferedTo(item, teams) && !offered(prev.items, item.id));
        const taken = Object.values(prev.items).filter((item) => isOfferedTo(item, teams) && !offered(state.items, item.id));
        const urgent = arrived.find((item) => item.priority === 'red_flag') ?? arrived.find((item) => item.priority === 'red_flag_possible');
        if (urgent) setMessage(`New ${flagWords(urgent)} offer to your team from ${urgent.practiceName}`);
        else if (arrived.length > 0) setMessage(arrived.length === 1 ? `New offer to your team from ${arrived[0]!.practiceName}` : `${arrived.length} new offers to your team`);
        else if (taken.length > 0) setMessage(taken.length === 1 ? 'An offer left your team’s list' : `${taken.length} offers left your team’s list`);
      }),
    [queue, teams],
  );

  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="inbox-announcer">
      {message}
    </div>
  );
}
