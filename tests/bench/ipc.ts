// A tiny request/reply protocol over the Node IPC channel, so the orchestrator can drive the
// server and client processes ("connect 1,000 clients", "report RSS") and get answers back.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { bundle } from '../../server/tools/bundle';

type Handler = (arg: any) => unknown;
type Reply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface BenchChild {
  pid: number;
  call<T = unknown>(cmd: string, arg?: unknown, timeoutMs?: number): Promise<T>;
  /** Asks the child to exit, then kills it if it has not within a few seconds. */
  stop(): Promise<void>;
}

const live = new Set<ChildProcess>();

/** Kills every child still running: for the orchestrator's exit and signal handlers. */
export function killAllChildren(): void {
  for (const child of live) child.kill('SIGKILL');
  live.clear();
}

const bundles = new Map<string, Promise<string>>();

/**
 * `processes/<name>.ts`, bundled into dist/bench/ as `npm start` bundles the hub: every process
 * measured runs as plain Node, as the hub does in production, not under tsx's loader.
 */
function bundled(name: string): Promise<string> {
  let file = bundles.get(name);
  if (!file) {
    const out = `${REPO_ROOT}dist/bench/${name}.js`;
    file = bundle(fileURLToPath(new URL(`./processes/${name}.ts`, import.meta.url)), out).then(() => out);
    bundles.set(name, file);
  }
  return file;
}

/** Starts `processes/<name>.ts` (bundled) and waits until it says it is ready. */
export async function startChild(name: string, args: string[] = []): Promise<BenchChild> {
  const child = fork(await bundled(name), args, {
    cwd: REPO_ROOT,
    execArgv: ['--expose-gc', '--enable-source-maps'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    serialization: 'advanced',
  });
  live.add(child);
  let nextId = 1;
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('exit', (code, signal) => {
    live.delete(child);
    for (const p of pending.values()) p.reject(new Error(`bench child ${name} exited (${code ?? signal})`));
    pending.clear();
  });

  return new Promise((resolve, reject) => {
    const onEarlyExit = (code: number | null) => reject(new Error(`bench child ${name} exited during start-up (${code})`));
    child.once('exit', onEarlyExit);
    child.on('message', (msg: Reply | { ready: true }) => {
      if ('ready' in msg) {
        child.off('exit', onEarlyExit);
        resolve({
          pid: child.pid!,
          call<T>(cmd: string, arg?: unknown, timeoutMs = 120_000) {
            const id = nextId++;
            return new Promise<T>((res, rej) => {
              const timer = setTimeout(() => {
                pending.delete(id);
                rej(new Error(`bench child ${name}: '${cmd}' timed out after ${timeoutMs} ms`));
              }, timeoutMs);
              pending.set(id, {
                resolve: (v) => (clearTimeout(timer), res(v as T)),
                reject: (e) => (clearTimeout(timer), rej(e)),
              });
              child.send({ id, cmd, arg });
            });
          },
          async stop() {
            if (child.exitCode !== null || child.signalCode !== null) return;
            child.send({ id: 0, cmd: '__exit' });
            const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
            await exited;
            clearTimeout(timer);
          },
        });
        return;
      }
      const p = pending.get(msg.id);
      if (!p) return;
      pending.delete(msg.id);
      if (msg.ok) p.resolve(msg.result);
      else p.reject(new Error(msg.error));
    });
  });
}

/** In a child: answers the orchestrator's calls, and exits when told to or when orphaned. */
export function serve(handlers: Record<string, Handler>, onExit: () => Promise<void> | void = () => {}): void {
  const exit = async () => {
    try {
      await onExit();
    } finally {
      process.exit(0);
    }
  };
  process.on('disconnect', exit);
  process.on('message', async (msg: { id: number; cmd: string; arg: unknown }) => {
    if (msg.cmd === '__exit') return exit();
    const handler = handlers[msg.cmd];
    try {
      if (!handler) throw new Error(`unknown command '${msg.cmd}'`);
      const result = await handler(msg.arg);
      process.send!({ id: msg.id, ok: true, result });
    } catch (err) {
      process.send!({ id: msg.id, ok: false, error: (err as Error).stack ?? String(err) });
    }
  });
  process.send!({ ready: true });
}
