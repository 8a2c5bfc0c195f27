// `npm run test:crash [-- --trials N]`: kill -9 the hub under load, restart it on the same file, and
// check that nothing it acknowledged was lost and that the database, the audit chain and every
// liability map are whole. One line per trial, then "N passed, N failed"; non-zero exit on a failure.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashSecretSync } from '../../server/auth/passwords';
import { TEST_PASSWORD } from '../helpers/fixtures';
import { checkAfterRestart } from './checks';
import { startLoad } from './load';

const HERE = dirname(fileURLToPath(import.meta.url));
const trialsArg = process.argv.indexOf('--trials');
const TRIALS = trialsArg > 0 ? Number(process.argv[trialsArg + 1]) : 20;
/** One scrypt hash for every trial's seed, rather than one per child. */
const PASSWORD_HASH = hashSecretSync(TEST_PASSWORD);

interface RunningHub {
  child: ChildProcess;
  url: string;
  exited: Promise<number | null>;
}

/** Starts tests/crash/hubProcess.ts on the file and waits for the port it prints. */
function startHubProcess(dbPath: string): Promise<RunningHub> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(HERE, 'hubProcess.ts'), dbPath], {
    env: { ...process.env, EHUB_CRASH_PASSWORD_HASH: PASSWORD_HASH },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    let stdout = '';
    child.stdout!.on('data', (chunk) => {
      stdout += chunk;
      const port = /PORT (\d+)/.exec(stdout)?.[1];
      if (port) resolve({ child, url: `http://127.0.0.1:${port}`, exited });
    });
    void exited.then((code) => reject(new Error(`hub process exited (${code}) before listening: ${stderr.slice(0, 2000)}`)));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function trial(n: number): Promise<boolean> {
  const dir = mkdtempSync(join(tmpdir(), 'ehub-crash-'));
  const dbPath = join(dir, 'hub.sqlite');
  try {
    const first = await startHubProcess(dbPath);
    const load = startLoad(first.url);
    const killAfter = 50 + Math.floor(Math.random() * 1450);
    await sleep(killAfter);
    const stopped = load.stop();
    first.child.kill('SIGKILL');
    await Promise.all([stopped, first.exited]);

    const second = await startHubProcess(dbPath);
    const health = await fetch(`${second.url}/api/health`);
    second.child.kill('SIGTERM');
    const code = await second.exited;

    const result = checkAfterRestart(dbPath, load.acks);
    if (health.status !== 200) result.problems.unshift(`restarted hub answered /api/health with ${health.status}`);
    if (code !== 0) result.problems.unshift(`restarted hub did not close cleanly (exit ${code})`);
    const byKind = new Map<string, number>();
    for (const ack of load.acks) byKind.set(ack.what, (byKind.get(ack.what) ?? 0) + 1);
    const ok = result.problems.length === 0;
    console.log(
      `trial ${String(n).padStart(2)}: killed after ${String(killAfter).padStart(4)} ms; ${load.acks.length} acknowledged (${[...byKind].map(([k, v]) => `${v} ${k}`).join(', ')}); ` +
        `lost ${result.lost}; ${result.requests} requests, ${result.auditRows} audit rows; ${ok ? 'PASS' : 'FAIL'}`,
    );
    for (const problem of result.problems.slice(0, 20)) console.log(`    ${problem}`);
    return ok;
  } catch (err) {
    console.log(`trial ${String(n).padStart(2)}: FAIL ${(err as Error).message}`);
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let passed = 0;
for (let n = 1; n <= TRIALS; n++) if (await trial(n)) passed++;
console.log(`${passed} passed, ${TRIALS - passed} failed`);
process.exit(passed === TRIALS ? 0 : 1);
