// Managers reloading the dashboard in a loop (S3, statsPhase.ts): one loop per manager signed in
// (STATS_COOKIES, each a person of their own, paced by the hub as each person is), each asking for
// every path in STATS_PATHS one after another, as a page's first load does (now one: the dashboard's
// all-in-one answer). A process of its own, so their parsing is not the hub's load.
// It starts once and stays for every round, told on stdin when to reload and when to stop: a process
// started for each round put Node's start-up (compiling, collecting) into the rounds it was timed in,
// and with no reload at all that alone read as 1.14–1.24× (docs/benchmarks.md, S3).
//   stdin "reload" → loops start; prints "reloading"
//   stdin "pause"  → loops finish their reload in flight; prints "paused <whole reloads since reload>"
//   stdin closed   → exits
// It prints "ready" once loaded.
import { createInterface } from 'node:readline';

const url = process.env.STATS_URL!;
const cookies = JSON.parse(process.env.STATS_COOKIES!) as string[];
const paths = JSON.parse(process.env.STATS_PATHS!) as string[];
let reloads = 0;
let stopping = false;
let loops: Promise<void>[] = [];

async function manager(cookie: string) {
  while (!stopping) {
    for (const path of paths) {
      if (stopping) return;
      const res = await fetch(`${url}${path}`, { headers: { cookie } });
      await res.arrayBuffer();
    }
    reloads++;
  }
}

const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  if (line === 'reload') {
    stopping = false;
    reloads = 0;
    loops = cookies.map((cookie) => manager(cookie));
    process.stdout.write('reloading\n');
  } else if (line === 'pause') {
    stopping = true;
    void Promise.allSettled(loops).then(() => process.stdout.write(`paused ${reloads}\n`));
  }
});
lines.on('close', () => process.exit(0));
process.stdout.write('ready\n');
