// The audit chain cannot be cut or rewritten unnoticed: each way someone with write access to the
// database might hide or forge a change is named by the verifier (docs/audit.md).
import { hash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { legacyAuditHash, type AuditEntry } from '../../db/audit/chain';
import { AuditVerifyRefused, verifyAuditLog } from '../../db/audit/verify';
import { startTestHub } from '../helpers/hub';
import { copyOfHub, tamper, type RowHash } from '../helpers/tamper';

/** A closed hub's database, after requests, a claim, and many reads of patient detail. */
let original: string;
let copies: string[] = [];
const copy = () => {
  const path = copyOfHub(original);
  copies.push(path);
  return path;
};
/** Verification as `npm run audit:verify` does it, with no key from the environment. */
const verify = (path: string) => verifyAuditLog(path, {});

beforeAll(async () => {
  const hub = await startTestHub();
  const ids = [await hub.submitRequest(), await hub.submitRequest(), await hub.submitRequest()];
  const coordinator = await hub.signIn('coordinator1');
  expect((await coordinator.post(`/api/consultations/${ids[0]}/claim`)).status).toBe(200);
  for (const id of ids) expect((await coordinator.get(`/api/consultations/${id}`)).status).toBe(200);
  // Enough more reads that 500 rows can go missing at once, written the cheap way.
  hub.db.write(() => {
    for (let i = 0; i < 600; i++) hub.db.q.audit.append(readOf(ids[i % 3]!, hub.clock.now()));
  });
  original = hub.db.orm.$client.name;
  await hub.close();
});
afterEach(() => {
  for (const path of copies) rmSync(dirname(path), { recursive: true, force: true });
  copies = [];
});
afterAll(() => rmSync(dirname(original), { recursive: true, force: true }));

const readOf = (consultationId: number, at: number): AuditEntry => ({
  at,
  actorId: '1',
  actorRole: 'coordinator',
  action: 'read_detail',
  consultationId,
  subject: null,
  before: null,
  after: null,
  reason: null,
});

/** SHA-256 over the row's fields in another order than the hub's: still no key. */
const plainSha256: RowHash = (prevHash, r) => hash('sha256', `${prevHash}|${r.at}|${r.actorId}|${r.actorRole}|${r.action}|${r.consultationId}|${r.before}|${r.after}|${r.reason}`, 'hex');

describe('the audit chain', () => {
  it("holds for a hub's changes and matches the checkpoint written when the hub closed", () => {
    const report = verify(original);
    const rows = tamper(original, (t) => t.rows());
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.rows).toBe(rows.length);
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['intake', 'claim', 'read_detail']));
    expect(report.head).toBe(rows.at(-1)!.hash);
    expect(report.checkpoint).toMatchObject({ rows: rows.length, lastId: rows.at(-1)!.id, head: rows.at(-1)!.hash, keyedFrom: 1 });
  });

  it('finds the last row missing when it is deleted', () => {
    const path = copy();
    const last = tamper(path, (t) => {
      const id = t.lastId();
      t.deleteRow(id);
      return id;
    });
    const report = verify(path);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([expect.stringMatching(new RegExp(`the checkpoint of .+ saw ${last} rows ending in [0-9a-f]{64} \\(row ${last}\\); the database has ${last - 1}`))]);
  });

  it('finds the last 500 rows missing when they are deleted', () => {
    const path = copy();
    const last = tamper(path, (t) => {
      const id = t.lastId();
      t.deleteFrom(id - 499);
      return id;
    });
    const report = verify(path);
    expect(report.ok).toBe(false);
    expect(report.problems.join('\n')).toContain(`saw ${last} rows`);
    expect(report.problems.join('\n')).toContain(`the database has ${last - 500}`);
  });

  it.each([
    ['the hub’s old SHA-256 hash', legacyAuditHash],
    ['plain SHA-256 of its fields', plainSha256],
  ])('names the edited row when a row is changed and the rest of the chain recomputed with %s', (_how, hashOf) => {
    const path = copy();
    tamper(path, (t) => {
      t.edit(5, { actorId: '99', reason: 'nobody claimed it' });
      t.rechain(5, hashOf);
    });
    const report = verify(path);
    expect(report.ok).toBe(false);
    expect(report.chainProblems[0]).toMatchObject({ kind: 'mismatch', rowId: 5 });
    expect(report.problems[0]).toBe('row 5 does not match its keyed hash: it was edited, or forged');
  });

  it('names a forged row appended with a SHA-256 hash', () => {
    const path = copy();
    const forged = tamper(path, (t) => t.append({ ...readOf(1, Date.parse('2026-11-24T11:00:00Z')), actorId: '2' }, legacyAuditHash));
    const report = verify(path);
    expect(report.ok).toBe(false);
    expect(report.chainProblems).toEqual([expect.objectContaining({ kind: 'mismatch', rowId: forged })]);
  });

  it('names the rows missing when one is deleted from the middle', () => {
    const path = copy();
    tamper(path, (t) => t.deleteRow(10));
    const report = verify(path);
    expect(report.ok).toBe(false);
    expect(report.chainProblems).toEqual([{ kind: 'missing', rowId: 11, message: 'row 10 is missing (ids jump from 9 to 11)' }]);
  });

  it('refuses a checkpoint edited to match a cut database', () => {
    const path = copy();
    const { id, hash: head } = tamper(path, (t) => {
      t.deleteRow(t.lastId());
      return t.rows().at(-1)!;
    });
    const checkpoint = JSON.parse(readFileSync(`${path}.audit-head.json`, 'utf8'));
    writeFileSync(`${path}.audit-head.json`, JSON.stringify({ ...checkpoint, rows: id, lastId: id, head }));
    const report = verify(path);
    expect(report.ok).toBe(false);
    expect(report.problems).toContain(`The audit checkpoint ${path}.audit-head.json does not carry this key's HMAC: it was edited, or written with another key.`);
  });

  it('refuses a database path that does not exist, and creates nothing there', () => {
    const dir = dirname(copy());
    const before = readdirSync(dir);
    expect(() => verify(join(dir, 'e-hub.sqlte'))).toThrow(AuditVerifyRefused);
    expect(() => verify(join(dir, 'e-hub.sqlte'))).toThrow(/No database at .*e-hub\.sqlte; nothing was created/);
    expect(readdirSync(dir)).toEqual(before);
  });

  it('leaves the database file exactly as it was, whole or tampered with', () => {
    const path = copy();
    const snapshot = () => ({ bytes: hash('sha256', readFileSync(path), 'hex'), ...pick(statSync(path)) });
    const before = snapshot();
    expect(verify(path).ok).toBe(true);
    expect(snapshot()).toEqual(before);
    tamper(path, (t) => t.deleteRow(3));
    const tampered = snapshot();
    expect(verify(path).ok).toBe(false);
    expect(snapshot()).toEqual(tampered);
  });
});

const pick = (s: { size: number; mtimeMs: number }) => ({ size: s.size, mtimeMs: s.mtimeMs });

describe('npm run audit:verify', () => {
  const run = (path: string) => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.EHUB_AUDIT_KEY;
    delete env.EHUB_AUDIT_KEY_FILE;
    return spawnSync(join('node_modules', '.bin', 'tsx'), ['server/tools/auditVerify.ts', path], { encoding: 'utf8', env });
  };

  it('exits 0 and says so for a whole chain', () => {
    const whole = run(copy());
    expect(whole.stdout).toContain('audit log intact');
    expect(whole.status).toBe(0);
  });

  it('exits 1 and names what is missing for a cut chain', () => {
    const path = copy();
    tamper(path, (t) => t.deleteRow(t.lastId()));
    const cut = run(path);
    expect(cut.stderr).toContain('rows are missing at the tail');
    expect(cut.status).toBe(1);
  });

  it('exits 2 for a mistyped path, and creates no database there', () => {
    const dir = dirname(copy());
    const before = readdirSync(dir);
    const refused = run(join(dir, 'e-hub.sqlte'));
    expect(refused.stderr).toContain(`No database at ${join(dir, 'e-hub.sqlte')}`);
    expect(refused.status).toBe(2);
    expect(readdirSync(dir)).toEqual(before);
  });
});
