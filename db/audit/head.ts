// The audit chain's head, checkpointed outside the database: how many rows, the last row's id and
// hash, and where the keyed chain begins. Cutting rows off the database's tail leaves the
// checkpoint behind, and the checkpoint carries an HMAC, so it cannot be edited to match.
import { closeSync, fchmodSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { createHmac, timingSafeEqual, type KeyObject } from 'node:crypto';
import { z } from 'zod';

const checkpointSchema = z.object({
  /** When it was written (ms since the epoch). */
  writtenAt: z.number().int(),
  rows: z.number().int().min(0),
  /** 0 when there are no rows yet. */
  lastId: z.number().int().min(0),
  head: z.string(),
  /** The first row chained with the key; the rows before it carry plain SHA-256. */
  keyedFrom: z.number().int().min(1),
});

export type Checkpoint = z.infer<typeof checkpointSchema>;

/** Where the head is kept: a file beside the database now; another node's store later. */
export interface AuditHead {
  /** Where, for messages. */
  readonly where: string;
  /** The last checkpoint, `undefined` if none was ever written; throws if it is not authentic. */
  read(): Checkpoint | undefined;
  write(c: Checkpoint): void;
}

export const headFilePath = (dbPath: string): string => `${dbPath}.audit-head.json`;

const fileSchema = checkpointSchema.extend({ version: z.literal(1), mac: z.string() });

function mac(key: KeyObject, c: Checkpoint): string {
  // A prefix of its own, so no audit row's canonical form can ever stand for a checkpoint.
  const text = `e-hub audit checkpoint 1\n${JSON.stringify([c.writtenAt, c.rows, c.lastId, c.head, c.keyedFrom])}`;
  return createHmac('sha256', key).update(text).digest('hex');
}

export function fileAuditHead(path: string, key: KeyObject): AuditHead {
  return {
    where: path,
    read() {
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw err;
      }
      let parsed;
      try {
        parsed = fileSchema.safeParse(JSON.parse(text));
      } catch {
        parsed = undefined;
      }
      if (!parsed?.success) throw new Error(`The audit checkpoint ${path} is not a checkpoint file.`);
      const { version: _version, mac: stored, ...checkpoint } = parsed.data;
      const expected = Buffer.from(mac(key, checkpoint), 'hex');
      const given = Buffer.from(stored, 'hex');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        throw new Error(`The audit checkpoint ${path} does not carry this key's HMAC: it was edited, or written with another key.`);
      }
      return checkpoint;
    },
    write(c) {
      // Written whole to a temporary file, flushed, then renamed over the old one: a crash
      // leaves the old checkpoint or the new one, never half of one.
      const tmp = `${path}.${process.pid}.tmp`;
      const fd = openSync(tmp, 'w', 0o600);
      try {
        fchmodSync(fd, 0o600);
        writeSync(fd, `${JSON.stringify({ version: 1, ...c, mac: mac(key, c) })}\n`);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, path);
    },
  };
}

/** The problem, if the database no longer holds what the checkpoint saw. */
export function checkpointMismatch(c: Checkpoint, db: { rows: number; lastId: number; head: string | undefined; hashOf(id: number): string | undefined; rowsUpTo(id: number): number }): string | undefined {
  const when = new Date(c.writtenAt).toISOString();
  const held = c.lastId === 0 || (db.hashOf(c.lastId) === c.head && db.rowsUpTo(c.lastId) === c.rows);
  if (held) return undefined;
  return `the checkpoint of ${when} saw ${c.rows} rows ending in ${c.head} (row ${c.lastId}); the database has ${db.rows}${db.head ? ` ending in ${db.head} (row ${db.lastId})` : ''}`;
}
