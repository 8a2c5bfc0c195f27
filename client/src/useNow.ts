// The current time from the injected clock, refreshed on an interval so waiting times and countdowns move.
import { useEffect, useState } from 'react';
import { useDeps } from './deps';

export function useNow(everyMs: number): number {
  const { now } = useDeps();
  const [time, setTime] = useState(now);
  useEffect(() => {
    setTime(now());
    const timer = setInterval(() => setTime(now()), everyMs);
    return () => clearInterval(timer);
  }, [now, everyMs]);
  return time;
}
