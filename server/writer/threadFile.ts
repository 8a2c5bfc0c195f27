// Where the writer thread's code is. A worker thread runs plain JavaScript: in a bundled server
// (`npm start`, the benchmarks) it is writer.js beside the bundle; run from the TypeScript sources
// (tests, `npm run dev`) it is bundled here on first use, into a file named for its content, so
// that parallel test processes share it and none reads a half-written one.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { INSTALL_ROOT } from '../../db/installRoot';

const fromSources = import.meta.url.endsWith('.ts');

export const WRITER_THREAD_SOURCE = join(INSTALL_ROOT, 'server', 'writer', 'thread.ts');

let built: Promise<URL> | undefined;

export function writerThreadFile(): Promise<URL> {
  if (!fromSources) return Promise.resolve(new URL('./writer.js', import.meta.url));
  built ??= bundleFromSources();
  return built;
}

async function bundleFromSources(): Promise<URL> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [WRITER_THREAD_SOURCE],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  const code = result.outputFiles[0]!.contents;
  const dir = join(INSTALL_ROOT, 'node_modules', '.cache', 'e-hub');
  const file = join(dir, `writer-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, code);
    renameSync(partial, file);
  }
  return pathToFileURL(file);
}
