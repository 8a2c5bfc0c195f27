// A polite live region that says, sparingly, what changed: red-flag and possible red-flag arrivals at once, other new
// requests as a count every few seconds, the claim this workstation just took, and why a key just pressed cannot act.
import { useEffect, useRef, useState } from 'react';
import type { QueueItem } from '../../../../shared/schemas/api';
import { useDeps } from '../../deps';
import { flagWords } from './announceWords';

const BATCH_MS = 10_000;

/** A refused key's reason; `n` counts refusals, so the same reason pressed twice is said twice. */
export type Refusal = { message: string; n: number };

export function Announcer({ held, refusal }: { held: QueueItem | undefined; refusal?: Refusal | null }) {
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

  useEffect(() => {
    // A live region speaks on a change of text: a trailing no-break space on every other refusal makes one.
    if (refusal) setMessage(refusal.n % 2 === 0 ? refusal.message : `${refusal.message}\u00a0`);
  }, [refusal]);

  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {message}
    </div>
  );
}
