// Streams a large answer to one client in parts, waiting for its socket to drain between them, so
// a slow workstation holds at most a part or two in memory rather than the whole answer.
import type { ServerResponse } from 'node:http';

/** Resolves when the response can take more, or has closed; leaves no listener behind either way. */
function drainedOrClosed(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/** Writes every part and ends the response; stops early if the client goes away. */
export async function writeParts(res: ServerResponse, parts: Iterable<string>): Promise<void> {
  for (const part of parts) {
    if (!res.write(part)) await drainedOrClosed(res);
    if (res.destroyed) return;
  }
  res.end();
}
