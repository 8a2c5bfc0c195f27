// `npm start` with no demo secrets in the environment: the password and intake key printed at the
// first start still work after a restart, kept in an owner-only file beside the database; the
// environment still wins.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, expect, it } from 'vitest';
import { INSTALL_ROOT } from '../../db/installRoot';
import { DEMO_MEMBER_PRACTICES } from '../../db/seed/demoPeople';
import { readEnv } from '../../server/config';
import { demoSecretsFile } from '../../server/demoSecrets';
import { startFromEnv } from '../../server/startup';
import { intakeBody } from '../helpers/fixtures';

const dir = mkdtempSync(join(tmpdir(), 'ehub-startup-'));
const dbPath = join(dir, 'data', 'hub.sqlite');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts the hub as `npm start` does, with only these variables set, and returns its banner. */
async function start(vars: Record<string, string> = {}) {
  const env = readEnv({ PORT: '0', EHUB_DB: dbPath, EHUB_DEMO: '1', ...vars });
  const started = await startFromEnv(env, { installRoot: INSTALL_ROOT, log: pino({ level: 'silent' }) });
  return { ...started, url: `http://127.0.0.1:${started.hub.port}` };
}

const printed = (banner: string[], label: string) => {
  const line = banner.find((l) => l.startsWith(`${label}: `));
  if (!line) throw new Error(`no '${label}' line in the banner:\n${banner.join('\n')}`);
  return { value: line.slice(label.length + 2).split(' ')[0]!, line };
};

const signIn = (url: string, password: string) =>
  fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'coordinator1', password }) });

const submit = (url: string, key: string) =>
  fetch(`${url}/api/intake`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify(intakeBody({ practiceOds: DEMO_MEMBER_PRACTICES[0]!.ods, submittedAt: new Date(Date.now() - 60_000).toISOString() })),
  });

let first: { password: string; intakeKey: string };

it('signs in after a restart with the password the first start printed, kept in an owner-only file', async () => {
  const once = await start();
  const password = printed(once.banner, 'password');
  const intakeKey = printed(once.banner, 'practice intake key');
  expect(password.line).toContain(`made on this first start and kept in ${demoSecretsFile(dbPath)}`);
  await once.stop();

  const again = await start();
  try {
    expect(printed(again.banner, 'password').value).toBe(password.value);
    expect(printed(again.banner, 'password').line).toContain('since the first start');
    expect(printed(again.banner, 'practice intake key').value).toBe(intakeKey.value);
    expect(again.banner.join('\n')).toContain('the same ones work after a restart');
    expect((await signIn(again.url, password.value)).status).toBe(200);
    expect((await submit(again.url, intakeKey.value)).status).toBe(201);
  } finally {
    await again.stop();
  }
  expect(statSync(demoSecretsFile(dbPath)).mode & 0o777).toBe(0o600);
  first = { password: password.value, intakeKey: intakeKey.value };
});

it('takes EHUB_DEMO_PASSWORD over the kept password, and keeps the kept intake key', async () => {
  const started = await start({ EHUB_DEMO_PASSWORD: 'chosen-by-the-operator' });
  try {
    expect(printed(started.banner, 'password').line).toBe('password: chosen-by-the-operator (from EHUB_DEMO_PASSWORD)');
    expect(printed(started.banner, 'practice intake key').value).toBe(first.intakeKey);
    expect((await signIn(started.url, 'chosen-by-the-operator')).status).toBe(200);
    expect((await signIn(started.url, first.password)).status).toBe(401);
  } finally {
    await started.stop();
  }
});
