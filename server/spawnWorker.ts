// Starts a worker thread on one of the server's entries (the figures' reader, Notify's transport):
// from dist/ (npm start) the bundle's sibling file that server/tools/build.ts wrote; from source (tsx, vitest)
// the TypeScript entry, with tsx's loader
// registered in the worker's own thread first.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { INSTALL_ROOT } from '../db/installRoot';

const TSX_BOOT = `const { workerData } = require('node:worker_threads');
import(workerData.tsx).then((tsx) => { tsx.register(); return import(workerData.entry); });`;

/** tsx's ESM API (its CommonJS one cannot register the loader in a worker), by its package's exports. */
function tsxEsmApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const exports = (JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports;
  return join(dirname(manifest), exports['./esm/api']!.import.default);
}

/**
 * `source`: the entry's path from the install root (server/messaging/notifyWorker.ts); `bundled`: its
 * file's name beside main.js in dist/server. `data` reaches the worker as its workerData.
 */
export function spawnWorker(source: string, bundled: string, data: object): Worker {
  const here = fileURLToPath(import.meta.url);
  const sibling = join(dirname(here), bundled);
  if (!here.endsWith('.ts') && existsSync(sibling)) return new Worker(sibling, { workerData: data });
  const entry = pathToFileURL(join(INSTALL_ROOT, source)).href;
  const tsx = pathToFileURL(tsxEsmApi()).href;
  return new Worker(TSX_BOOT, { eval: true, workerData: { ...data, entry, tsx } });
}
