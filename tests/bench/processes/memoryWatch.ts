// Samples this process's memory on a short timer, so a server process can report its peak RSS
// over a phase (the orchestrator cannot see another process's RSS any other way portably).
export function createMemoryWatch(intervalMs = 100) {
  let peak = 0;
  let timer: NodeJS.Timeout | undefined;
  const sample = () => {
    const { rss } = process.memoryUsage();
    if (rss > peak) peak = rss;
  };
  return {
    /** Starts a new phase: the peak is forgotten and sampling begins (or goes on). */
    reset() {
      peak = 0;
      sample();
      timer ??= setInterval(sample, intervalMs);
      timer.unref();
    },
    report() {
      sample();
      const now = process.memoryUsage();
      return { peakRss: peak, rss: now.rss, heapUsed: now.heapUsed, heapTotal: now.heapTotal, external: now.external, arrayBuffers: now.arrayBuffers };
    },
    stop() {
      if (timer) clearInterval(timer);
    },
  };
}

export type MemoryReport = ReturnType<ReturnType<typeof createMemoryWatch>['report']>;
