// The audit chain's key and its checkpoint live outside the database: the key file is made once,
// owner-only, and reused; the head is checkpointed at close; a database cut below its checkpoint
// does not start; a chain written before keyed chains is keyed once, without pretending more.
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GENESIS, legacyAuditHash, type AuditEntry } from '../../db/audit/chain';
import { verifyAuditLog } from '../../db/audit/verify';
import type { AuditHead, Checkpoint } from '../../db/audit/head';
import { keepAuditHead } from '../../db/audit/keeper';
import { openDatabase } from '../../db/open';
import { startHub } from '../../server/app';
import { manualClock } from '../../server/clock';
import { intakeBody, TEST_INTAKE_KEY } from '../helpers/fixtures';
import { OPEN_HOURS, startTestHub } from '../helpers/hub';
import { tamper } from '../helpers/tamper';

let dir: string;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ehub-audit-key-'));
  path = join(dir, 'hub.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const entry = (action: string, at = 1): AuditEntry => ({ at, actorId: '1', actorRole: 'coordinator', action, consultationId: null, subject: null, before: null, after: null, reason: null });
const checkpoint = (p = path) => JSON.parse(readFileSync(`${p}.audit-head.json`, 'utf8')) as { rows: number; lastId: number; head: string; keyedFrom: number };
/** The hub's database with `n` audit rows, closed. */
function databaseWith(n: number, options: Parameters<typeof openDatabase>[1] = {}) {
  const db = openDatabase(path, options);
  db.write(() => {
    for (let i = 0; i < n; i++) db.q.audit.append(entry(`change ${i + 1}`));
  });
  db.close();
}

describe('the audit key', () => {
  it('is made owner-only beside the database at first start and reused after a restart, where the chain still holds', async () => {
    const first = await startTestHub();
    const dbPath = first.db.orm.$client.name;
    await first.submitRequest();
    await first.close();
    const keyFile = `${dbPath}.audit-key`;
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const key = readFileSync(keyFile, 'utf8');

    const again = await startHub({ dbPath, clock: manualClock(OPEN_HOURS) });
    const res = await fetch(`${again.url}/api/intake`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_INTAKE_KEY}` },
      body: JSON.stringify(intakeBody()),
    });
    expect(res.status).toBe(201);
    await again.close();

    expect(readFileSync(keyFile, 'utf8')).toBe(key);
    const report = verifyAuditLog(dbPath, {});
    expect(report.problems).toEqual([]);
    // The first start also records the protocol version it puts in force (docs/protocol.md).
    expect(report.rows).toBe(3);
    rmSync(join(dbPath, '..'), { recursive: true, force: true });
  });

  it('refuses to start with a key file that others can read', () => {
    databaseWith(1);
    chmodSync(`${path}.audit-key`, 0o644);
    expect(() => openDatabase(path)).toThrow(`The audit key file ${path}.audit-key is open to others (mode 644); make it owner-only (chmod 600) and start again.`);
  });

  it('comes from EHUB_AUDIT_KEY when set, with no key file, and the chain cannot be checked without it', () => {
    const EHUB_AUDIT_KEY = randomBytes(32).toString('base64');
    databaseWith(3, { auditKeyEnv: { EHUB_AUDIT_KEY } });
    expect(existsSync(`${path}.audit-key`)).toBe(false);
    expect(verifyAuditLog(path, { EHUB_AUDIT_KEY }).ok).toBe(true);
    expect(verifyAuditLog(path, {}).problems).toContain(`3 keyed rows cannot be checked: no audit key was found (EHUB_AUDIT_KEY, or the file ${path}.audit-key)`);
    const otherKey = randomBytes(32).toString('hex');
    expect(verifyAuditLog(path, { EHUB_AUDIT_KEY: otherKey }).ok).toBe(false);
  });

  it('refuses a key shorter than 32 bytes', () => {
    expect(() => openDatabase(path, { auditKeyEnv: { EHUB_AUDIT_KEY: randomBytes(16).toString('hex') } })).toThrow('The audit key in EHUB_AUDIT_KEY has 16 bytes; it needs at least 32.');
  });
});

describe('the audit checkpoint', () => {
  it("is written when the hub closes, with the chain's head, owner-only", async () => {
    const hub = await startTestHub();
    const dbPath = hub.db.orm.$client.name;
    expect(checkpoint(dbPath)).toMatchObject({ rows: 0, lastId: 0, keyedFrom: 1 });
    await hub.submitRequest();
    await hub.submitRequest();
    // Within the minute between checkpoints, only closing writes the new head.
    expect(checkpoint(dbPath)).toMatchObject({ rows: 0 });
    const head = hub.db.q.audit.head();
    await hub.close();
    // Two admissions, after the protocol version the first start put in force (docs/protocol.md).
    expect(checkpoint(dbPath)).toMatchObject({ rows: 3, lastId: 3, head: head.hash, keyedFrom: 1 });
    expect(statSync(`${dbPath}.audit-head.json`).mode & 0o777).toBe(0o600);
    rmSync(join(dbPath, '..'), { recursive: true, force: true });
  });

  it('is written again at each interval while rows are added, and not while none are', async () => {
    const db = openDatabase(path);
    const written: Checkpoint[] = [];
    const elsewhere: AuditHead = { where: 'another node', read: () => written.at(-1), write: (c) => void written.push(c) };
    const keeper = keepAuditHead({ audit: db.q.audit, write: db.write, head: elsewhere, now: Date.now, everyMs: 20 });
    expect(written).toHaveLength(1);
    await db.commit(() => db.q.audit.append(entry('a change')));
    await until(() => written.length === 2);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(written).toHaveLength(2);
    expect(written[1]).toMatchObject({ rows: 1, lastId: 1, head: db.q.audit.head().hash });
    keeper.close();
    db.close();
  });

  it('stops a database cut below its checkpoint from starting, and keeps the checkpoint as evidence', () => {
    databaseWith(5);
    const before = readFileSync(`${path}.audit-head.json`, 'utf8');
    tamper(path, (t) => t.deleteRow(5));
    expect(() => openDatabase(path)).toThrow(/does not hold its last checkpoint .*saw 5 rows .*the database has 4/);
    expect(readFileSync(`${path}.audit-head.json`, 'utf8')).toBe(before);
  });

  it('shows rows cut while the hub runs once it appends the next one', async () => {
    const db = openDatabase(path);
    db.write(() => {
      for (let i = 0; i < 3; i++) db.q.audit.append(entry(`change ${i + 1}`));
    });
    // Another connection renumbers nothing but takes the last row away.
    tamper(path, (t) => t.deleteRow(3));
    await db.commit(() => db.q.audit.append(entry('after the cut')));
    // The next row takes id 4 and is chained to row 3, which is gone.
    expect(db.q.audit.verify()).toMatchObject({ ok: false, rowId: 4 });
    db.close();
    expect(verifyAuditLog(path, {}).chainProblems).toEqual([{ kind: 'missing', rowId: 4, message: 'row 3 is missing (ids jump from 2 to 4)' }]);
  });
});

describe('a chain written before keyed chains', () => {
  /** What a hub before this change left: rows chained with plain SHA-256, no key, no checkpoint. */
  function legacyDatabase(n: number) {
    openDatabase(path).close();
    unlinkSync(`${path}.audit-key`);
    unlinkSync(`${path}.audit-head.json`);
    insertLegacyRows(n);
  }

  it('cannot be passed off as one: a keyed database refilled with SHA-256 rows does not start, and gains no row', () => {
    openDatabase(path).close();
    insertLegacyRows(3);
    expect(() => openDatabase(path)).toThrow(/keyed chain begins at row 4, but its last checkpoint .* says row 1/);
    expect(tamper(path, (t) => t.rows()).map((r) => r.action)).toEqual(['old change 1', 'old change 2', 'old change 3']);
  });

  function insertLegacyRows(n: number) {
    const sqlite = new Database(path);
    const insert = sqlite.prepare('insert into audit_log (at, actor_id, actor_role, action, consultation_id, before, after, reason, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    let prevHash = GENESIS;
    for (let i = 0; i < n; i++) {
      const e = entry(`old change ${i + 1}`, 1000 + i);
      const hash = legacyAuditHash(prevHash, e);
      insert.run(e.at, e.actorId, e.actorRole, e.action, e.consultationId, e.before, e.after, e.reason, prevHash, hash);
      prevHash = hash;
    }
    sqlite.close();
  }

  it('is reported as never keyed until the hub has opened it', () => {
    legacyDatabase(4);
    const report = verifyAuditLog(path, {});
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([expect.stringContaining('the chain was never keyed')]);
  });

  it('is keyed by one chain_rekeyed row covering its old tip, and says its old rows are only as strong as SHA-256', () => {
    legacyDatabase(4);
    databaseWith(2, { now: () => 5000 });
    const rows = tamper(path, (t) => t.rows());
    expect(rows.map((r) => r.action)).toEqual(['old change 1', 'old change 2', 'old change 3', 'old change 4', 'chain_rekeyed', 'change 1', 'change 2']);
    expect(rows[4]).toMatchObject({ at: 5000, prevHash: rows[3]!.hash });
    expect(JSON.parse(rows[4]!.after!)).toEqual({ algorithm: 'hmac-sha256', legacyRows: 4, legacyLastId: 4, legacyTip: rows[3]!.hash });
    expect(checkpoint()).toMatchObject({ rows: 7, lastId: 7, keyedFrom: 5 });
    const report = verifyAuditLog(path, {});
    expect(report.problems).toEqual([]);
    expect(report.notes).toEqual([expect.stringContaining('rows 1–4 were written before the chain was keyed (row 5) and carry plain SHA-256 only')]);
    // Opened again, it is not keyed a second time.
    databaseWith(0);
    expect(tamper(path, (t) => t.rows()).filter((r) => r.action === 'chain_rekeyed')).toHaveLength(1);
  });

  it('still shows an old row rewritten with SHA-256, at the keyed row that pinned the old tip', () => {
    legacyDatabase(4);
    databaseWith(2);
    tamper(path, (t) => {
      t.edit(2, { actorId: '99' });
      t.rechain(2, legacyAuditHash);
    });
    const report = verifyAuditLog(path, {});
    expect(report.ok).toBe(false);
    expect(report.chainProblems[0]).toMatchObject({ rowId: 5, kind: 'mismatch' });
  });

  it('still shows old rows rewritten only up to the keyed row', () => {
    legacyDatabase(4);
    databaseWith(2);
    tamper(path, (t) => {
      t.edit(2, { actorId: '99' });
      // Rewrites rows 2–4 with SHA-256 and leaves the keyed rows alone.
      t.rechain(2, legacyAuditHash, 4);
    });
    const report = verifyAuditLog(path, {});
    expect(report.chainProblems[0]).toMatchObject({ rowId: 5, kind: 'missing' });
  });
});

async function until(condition: () => boolean, timeoutMs = 3000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('the condition did not come true in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
