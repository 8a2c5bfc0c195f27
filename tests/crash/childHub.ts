// What every hub the crash tests run in its own process does around its own start-up: prints
// "PORT <n>" once listening (the parent waits for that line), closes cleanly on SIGTERM or SIGINT, and
// exits 1 with the error if it could not start.
import type { Hub } from '../../server/app';

export function runChildHub(start: () => Promise<Hub>): void {
  start().then(
    (hub) => {
      const shutdown = async () => {
        await hub.close();
        process.exit(0);
      };
      process.on('SIGTERM', shutdown);
      process.on('SIGINT', shutdown);
      process.stdout.write(`PORT ${hub.port}\n`);
    },
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
