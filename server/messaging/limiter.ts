// At most n tasks at once, started in the order they asked: the bound on a batch's Notify calls in
// flight (sendEach.ts; docs/notify.md).
export type Limit = <T>(task: () => Promise<T>) => Promise<T>;

export function createLimiter(n: number): Limit {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async function limit<T>(task: () => Promise<T>): Promise<T> {
    if (active < n) active++;
    // The slot is handed over by the task that finishes, so `active` stays counted meanwhile.
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}

/** Resolves on the event loop's next turn: timers and I/O that were waiting run first. */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
