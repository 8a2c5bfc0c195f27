// `npm start` runs this after building the client: the hub's server, bundled to dist/server/main.js.
import { join } from 'node:path';
import { INSTALL_ROOT } from '../../db/installRoot';
import { bundle } from './bundle';

await bundle(join(INSTALL_ROOT, 'server', 'main.ts'), join(INSTALL_ROOT, 'dist', 'server', 'main.js'));
// The figures' worker thread runs its own entry, found beside main.js (server/stats/workerReader.ts).
await bundle(join(INSTALL_ROOT, 'server', 'stats', 'worker.ts'), join(INSTALL_ROOT, 'dist', 'server', 'statsWorker.js'));
// The Notify calls' worker thread, found beside main.js the same way (server/messaging/spawnWorker.ts).
await bundle(join(INSTALL_ROOT, 'server', 'messaging', 'notifyWorker.ts'), join(INSTALL_ROOT, 'dist', 'server', 'notifyWorker.js'));
