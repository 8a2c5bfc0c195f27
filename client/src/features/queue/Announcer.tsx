// A polite live region that says, sparingly, what changed: red-flag and possible red-flag arrivals at once, other new
// requests as a count every few seconds, and the claim this workstation just took.
import { useEffect, useRef, useState } from 'react';
import type { QueueItem } from '../../../../shared/schemas/api';
import { useDeps } from '../../deps';
import { flagWords } from './announceWords';

const BATCH_MS = 10_000;

export function Announcer({ held }: { held: QueueItem | undefined }) {
  const { queue } = useDeps();
  const [message, setMessage] = useState('');
  const waiting = useRef(0);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = queue.subscribe((state, prev) => {
      if (prev.status !== 'ready' || state.items === prev.items) return;
      const arrived = Object.values(state.items).filter((item) => !(item.id in prev.items) && item.status === 'queued');
      const urgent = arrived.find((item) => item.priority === 'red_flag') ?? arrived.find((item) => item.priority === 'red_flag_possible');
      if (urgent) return setMessage(`New ${flagWords(urgent)} request from ${urgent.practiceName}`);
      waiting.current += arrived.length;
      if (arrived.length === 0 || timer) return;
      timer = setTimeout(() => {
        timer = undefined;
        const count = waiting.current;
        waiting.current = 0;
        setMessage(count === 1 ? '1 new request waiting' : `${count} new requests waiting`);
      }, BATCH_MS);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [queue]);

  const heldId = held?.id;
  const heldPractice = held?.practiceName;
  useEffect(() => {
    if (heldId !== undefined) setMessage(`You are triaging a request from ${heldPractice}`);
  }, [heldId, heldPractice]);

  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {message}
    </div>
  );
}
