// Managers reloading the dashboard in a loop (S3, statsPhase.ts): one loop per manager signed in
// (STATS_COOKIES, each a person of their own, paced by the hub as each person is), each asking for
// every path in STATS_PATHS one after another, as a page's first load does (now one: the dashboard's
// all-in-one answer), until SIGTERM; it prints
// "started" once they are under way and, at the end, how many whole reloads they made. A process of
// its own, so their parsing is not the hub's load.
const url = process.env.STATS_URL!;
const cookies = JSON.parse(process.env.STATS_COOKIES!) as string[];
const paths = JSON.parse(process.env.STATS_PATHS!) as string[];
let reloads = 0;
let stopping = false;

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

const loops = cookies.map((cookie) => manager(cookie));
// The bench times its round from here, not from the process's start.
process.stdout.write('started\n');
process.on('SIGTERM', () => {
  stopping = true;
  void Promise.allSettled(loops).then(() => {
    process.stdout.write(`${reloads}\n`);
    process.exit(0);
  });
});
