// `npm run bench -- --help` names every knob the bench reads, with its default, and exits at once
// instead of starting a run of several minutes.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { INSTALL_ROOT } from '../../db/installRoot';

const BENCH = join(INSTALL_ROOT, 'tests', 'bench');
const runBench = (...args: string[]) =>
  spawnSync(join(INSTALL_ROOT, 'node_modules', '.bin', 'tsx'), [join(BENCH, 'run.ts'), ...args], { encoding: 'utf8', timeout: 30_000, env: { ...process.env, BENCH_ONLY: '' } });

/** Every BENCH_* name written anywhere in the bench's sources. */
const namesInSources = () => {
  const files = readdirSync(BENCH, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  return new Set(files.flatMap((f) => readFileSync(join(BENCH, f), 'utf8').match(/\bBENCH_[A-Z_]+\b/g) ?? []));
};

it('prints every BENCH_ variable with its default and exits 0 without measuring anything', () => {
  const started = performance.now();
  const help = runBench('--help');
  expect(help.status).toBe(0);
  expect(performance.now() - started).toBeLessThan(20_000);
  expect(help.stdout).not.toContain('temp dir');
  const names = namesInSources();
  expect(names.size).toBeGreaterThan(10);
  for (const name of names) expect(help.stdout).toMatch(new RegExp(`^  ${name} +\\S+ +\\S`, 'm'));
  expect(help.stdout).toMatch(/^ {2}BENCH_CLIENTS +1000 /m);
  expect(help.stdout).toContain('--help');
});

it('refuses an argument it does not know, and a knob that is not a number, before starting', () => {
  const unknown = runBench('--clients=5');
  expect(unknown.status).toBe(1);
  expect(unknown.stderr).toContain('npm run bench -- --help');
  const bad = spawnSync(join(INSTALL_ROOT, 'node_modules', '.bin', 'tsx'), [join(BENCH, 'run.ts')], {
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, BENCH_CLIENTS: 'lots' },
  });
  expect(bad.status).toBe(1);
  expect(bad.stderr).toContain('BENCH_CLIENTS=lots');
});
