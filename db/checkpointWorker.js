// The WAL checkpointer's thread (see checkpointer.ts). Plain JavaScript because a worker thread
// does not inherit the TypeScript loader that runs the rest of the hub.
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';

const { path, intervalMs } = workerData;
const db = new Database(path);
// The checkpoint syncs the WAL before copying it back and the database file after; FULL as the
// writer is, so a crash mid-checkpoint loses nothing the writer acknowledged.
db.pragma('synchronous = FULL');

let checkpoints = 0;
function checkpoint() {
  // PASSIVE copies what it can without waiting on, or blocking, the writer; the writer restarts
  // the WAL from its start once everything in it has been copied back.
  const [result] = db.pragma('wal_checkpoint(PASSIVE)');
  checkpoints++;
  parentPort.postMessage({ checkpoints, walFrames: result.log, copiedFrames: result.checkpointed });
}

const timer = setInterval(checkpoint, intervalMs);
parentPort.on('message', (message) => {
  if (message === 'checkpoint') return checkpoint();
  if (message !== 'stop') return;
  clearInterval(timer);
  db.close();
  parentPort.close();
});
