// Nothing lost, nothing sent twice: a hub process is killed with SIGKILL right after it commits
// "sending" (before Notify is called) and right after Notify accepted the message (before the hub
// recorded it), then restarted on the same file against the same fake Notify. Either way Notify ends
// up holding exactly one notification under the message's reference, and the message ends delivered.
// The same holds for every message of a batch the dispatcher committed `sending` together.
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CrashPoint } from '../../server/messaging/crashPoint';
import { startFakeNotify, type FakeNotify } from '../helpers/fakeNotify';

let notify: FakeNotify;
beforeAll(async () => {
  notify = await startFakeNotify();
});
afterAll(() => notify.close());

interface Child {
  process: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr: () => string;
}

function startMessageHub(dbPath: string, env: Record<string, string>): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '../crash/messageHub.ts'), dbPath], {
    env: {
      ...process.env,
      NOTIFY_BASE_URL: notify.url,
      NOTIFY_API_KEY: notify.apiKey,
      NOTIFY_SMS_TEMPLATE_ID: notify.smsTemplateId,
      NOTIFY_EMAIL_TEMPLATE_ID: notify.emailTemplateId,
      EHUB_CRASH_POINT: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  child.stdout!.resume();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return { process: child, exited, stderr: () => stderr };
}

/** The message's status as the file holds it, read beside the running hub (WAL lets a reader in). */
function statusOf(dbPath: string, reference: string): string | undefined {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('select status from patient_messages where reference = ?').get(reference) as { status: string } | undefined)?.status;
  } finally {
    db.close();
  }
}

async function waitFor(what: string, check: () => boolean, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// Each case starts two hub processes from source, each booting its Notify worker thread under tsx too:
// on the shared 2-core machine under load (and beside the rest of the suite) the whole case has taken
// 20–30 s, the wait for delivery alone over 15 s: hence the generous budgets. What is asserted is unchanged.
const CASES: { point: CrashPoint; words: string; sentBeforeCrash: number }[] = [
  { point: 'after-send-started', words: 'between committing the send and calling Notify', sentBeforeCrash: 0 },
  { point: 'after-notify-accepted', words: 'between Notify accepting it and the hub recording that', sentBeforeCrash: 1 },
];

for (const { point, words, sentBeforeCrash } of CASES) {
  it(`sends the message exactly once and ends delivered after kill -9 ${words}`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ehub-msg-crash-'));
    const dbPath = join(dir, 'hub.sqlite');
    const reference = `crash-${point}-${Date.now()}`;
    try {
      const first = startMessageHub(dbPath, { EHUB_CRASH_POINT: point, EHUB_TEST_MESSAGE_REFERENCE: reference });
      const ended = await first.exited;
      expect(ended.signal, first.stderr()).toBe('SIGKILL');
      expect(statusOf(dbPath, reference)).toBe('sending');
      expect(notify.countFor(reference)).toBe(sentBeforeCrash);

      const second = startMessageHub(dbPath, { EHUB_TEST_MESSAGE_REFERENCE: reference });
      await waitFor(`the message to be delivered (${second.stderr()})`, () => statusOf(dbPath, reference) === 'delivered', 40_000);
      second.process.kill('SIGTERM');
      expect((await second.exited).code).toBe(0);
      expect(notify.countFor(reference)).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);

  it(`sends each message of a batch exactly once and ends all delivered after kill -9 ${words}`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ehub-msg-crash-'));
    const dbPath = join(dir, 'hub.sqlite');
    const references = Array.from({ length: 5 }, (_, i) => `crash-batch-${point}-${Date.now()}-${i}`);
    try {
      const first = startMessageHub(dbPath, { EHUB_CRASH_POINT: point, EHUB_TEST_MESSAGE_REFERENCE: references.join(',') });
      const ended = await first.exited;
      expect(ended.signal, first.stderr()).toBe('SIGKILL');
      for (const reference of references) {
        expect(statusOf(dbPath, reference)).toBe('sending');
        expect(notify.countFor(reference)).toBe(sentBeforeCrash);
      }

      const second = startMessageHub(dbPath, { EHUB_TEST_MESSAGE_REFERENCE: references.join(',') });
      await waitFor(`every message to be delivered (${second.stderr()})`, () => references.every((r) => statusOf(dbPath, r) === 'delivered'), 45_000);
      second.process.kill('SIGTERM');
      expect((await second.exited).code).toBe(0);
      for (const reference of references) expect(notify.countFor(reference)).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 100_000);
}
