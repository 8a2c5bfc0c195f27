// Bundles the server into one ES module that plain Node runs, for `npm start` and the benchmarks.
// Running the bundle instead of the TypeScript sources under tsx saves the loader's thread and
// its transforms: about 50 MB of RSS in an idle hub (145 -> 93 MB measured), and start-up time.
// Packages stay external, resolved from node_modules as usual. Beside every bundle goes writer.js,
// the writer thread's code, which a bundled hub loads from its own folder (server/writer/).
import { build } from 'esbuild';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { WRITER_THREAD_SOURCE } from '../writer/threadFile';

export async function bundle(entry: string, outfile: string): Promise<void> {
  const outdir = dirname(outfile);
  const result = await build({
    entryPoints: [
      { in: entry, out: basename(outfile, '.js') },
      { in: WRITER_THREAD_SOURCE, out: 'writer' },
    ],
    outdir,
    write: false,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
  mkdirSync(outdir, { recursive: true });
  // Each file whole or not at all: a process starting now may be loading the previous writer.js.
  for (const file of result.outputFiles) {
    const partial = join(outdir, `.${basename(file.path)}.${process.pid}.tmp`);
    writeFileSync(partial, file.contents);
    renameSync(partial, file.path);
  }
}
