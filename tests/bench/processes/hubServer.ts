// The hub under test, alone in its own process: the real app (HTTP, Socket.IO, command path)
// on an already seeded database and the system clock. Its RSS and CPU are the server's own.
// argv: <dbPath>
import { startHub } from '../../../server/app';
import { serve } from '../ipc';
import { createMemoryWatch } from './memoryWatch';

const dbPath = process.argv[2];
if (!dbPath) throw new Error('usage: hubServer <dbPath>');

const hub = await startHub({ dbPath, port: 0, host: '127.0.0.1' });
const memory = createMemoryWatch();
memory.reset();

serve(
  {
    info: () => ({ url: hub.url, pid: process.pid }),
    'mem:reset': () => memory.reset(),
    'mem:report': () => memory.report(),
    cpu: () => process.cpuUsage(),
    commits: () => hub.db.commitStats(),
    sockets: () => hub.io.of('/').sockets.size,
  },
  async () => {
    memory.stop();
    await hub.close();
  },
);
