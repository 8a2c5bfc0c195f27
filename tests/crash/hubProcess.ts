// One hub in its own process, for the crash test to kill: starts on the given database file with the
// scheduler running, seeds the test practices and staff on first start (with a known session per
// account, so the load needs no sign-in), prints "PORT <n>", and closes cleanly on SIGTERM.
import { startHub } from '../../server/app';
import { hashSecretSync } from '../../server/auth/passwords';
import { sha256 } from '../../server/auth/sessions';
import { ACCOUNTS, PHARMACIES, PRACTICES, TEST_INTAKE_KEY, TEST_PASSWORD } from '../helpers/fixtures';
import { runChildHub } from './childHub';
import { crashSessionToken } from './tokens';

runChildHub(async () => {
  const dbPath = process.argv[2];
  if (!dbPath) throw new Error('usage: hubProcess.ts <database file>');
  const hub = await startHub({ dbPath, port: 0, autoSchedule: true });

  if (!hub.db.q.staff.byUsername(ACCOUNTS[0]!.username)) {
    const passwordHash = process.env.EHUB_CRASH_PASSWORD_HASH ?? hashSecretSync(TEST_PASSWORD);
    const now = Date.now();
    hub.db.write(() => {
      for (const p of PRACTICES) hub.db.q.practices.insert({ ...p, intakeKeyHash: sha256(TEST_INTAKE_KEY) });
      for (const p of PHARMACIES) hub.db.q.practices.insertPharmacy({ ...p, integrationKeyHash: sha256(`key-${p.ods}`) });
      for (const a of ACCOUNTS) hub.db.q.staff.insert({ ...a, practiceOds: a.practiceOds ?? null, passwordHash });
      for (const a of ACCOUNTS) {
        const staff = hub.db.q.staff.byUsername(a.username)!;
        hub.db.q.staff.createSession({ tokenHash: sha256(crashSessionToken(a.username)), staffId: staff.id, createdAt: now, expiresAt: now + 12 * 3600_000 });
      }
    });
    hub.directory.refresh();
  }

  return hub;
});
