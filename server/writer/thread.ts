// The writer thread: the hub's one writing connection to SQLite, on a thread of its own. Each
// commit waits for its fsync (synchronous=FULL); here that wait holds up only the writes queued
// behind it, which then share the next commit, while the main thread goes on serving HTTP and
// Socket.IO. Started by client.ts; runs as a bundle (threadFile.ts).
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../../db/open';
import { createDirectory } from '../directory';
import { writeOperations } from './operations';
import { toWire, type WriterCall, type WriterReply, type WriterStart } from './protocol';

const port = parentPort!;
const start = workerData as WriterStart;
// The main thread has already migrated the file.
const db = openDatabase(start.dbPath, { migrate: false });
const operations = writeOperations(db, createDirectory(db), start.settings, start.stampOnWriter);

const SPIN_US = Number(process.env.EHUB_SPIN_US ?? 0);
let lingering = false;
function linger() {
  lingering = false;
  const until = performance.now() + SPIN_US / 1000;
  while (performance.now() < until) {
    const got = receiveMessageOnPort(port as never);
    if (got) {
      handle(got.message as WriterCall);
      return;
    }
  }
}
const reply = (message: WriterReply) => {
  port.postMessage(message);
  if (SPIN_US > 0 && !lingering) {
    lingering = true;
    setImmediate(linger);
  }
};

port.on('message', (message: WriterCall) => handle(message));
function handle(message: WriterCall) {
  const { id, op, arg } = message;
  if (op === 'close') {
    // Every write sent before this one is in the queue ahead of it; let them commit first.
    void db.drain().then(() => {
      db.close();
      reply({ id, ok: true, value: undefined });
    });
    return;
  }
  let result: unknown;
  try {
    result = (operations[op] as (arg: unknown) => unknown)(arg);
  } catch (error) {
    reply({ id, ok: false, error: toWire(error) });
    return;
  }
  Promise.resolve(result).then(
    (value) => reply({ id, ok: true, value }),
    (error: unknown) => reply({ id, ok: false, error: toWire(error) }),
  );
}

port.postMessage({ ready: true });
