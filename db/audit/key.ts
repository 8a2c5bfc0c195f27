// The audit chain's key, kept outside the database: from EHUB_AUDIT_KEY, or else a key file
// (EHUB_AUDIT_KEY_FILE, or `<database>.audit-key`) made at first start, readable by its owner only.
// The key is never logged and never put in an error message.
import { createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { INSTALL_ROOT } from '../installRoot';

/** The two settings that say where the key is (process.env by default). */
export interface AuditKeyEnv {
  EHUB_AUDIT_KEY?: string;
  EHUB_AUDIT_KEY_FILE?: string;
}

export interface AuditKey {
  key: KeyObject;
  /** Where it came from, for messages: the variable's name or the file's path, never the key. */
  source: string;
}

const MIN_BYTES = 32;

/** A relative EHUB_AUDIT_KEY_FILE is taken from the install folder, as EHUB_DB is. */
export const keyFilePath = (dbPath: string, env: AuditKeyEnv): string => (env.EHUB_AUDIT_KEY_FILE ? resolve(INSTALL_ROOT, env.EHUB_AUDIT_KEY_FILE) : `${dbPath}.audit-key`);

/** Hex or base64, at least 32 bytes. */
function parseKey(text: string, source: string): KeyObject {
  const t = text.trim();
  const bytes = /^(?:[0-9a-fA-F]{2})+$/.test(t) ? Buffer.from(t, 'hex') : /^[A-Za-z0-9+/_-]+={0,2}$/.test(t) ? Buffer.from(t, 'base64') : undefined;
  if (!bytes) throw new Error(`The audit key in ${source} is neither hex nor base64.`);
  if (bytes.length < MIN_BYTES) throw new Error(`The audit key in ${source} has ${bytes.length} bytes; it needs at least ${MIN_BYTES}.`);
  return createSecretKey(bytes);
}

function readKeyFile(path: string): AuditKey {
  // Anyone else who can read the key can forge the chain.
  const { mode } = statSync(path);
  if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
    throw new Error(`The audit key file ${path} is open to others (mode ${(mode & 0o777).toString(8)}); make it owner-only (chmod 600) and start again.`);
  }
  return { key: parseKey(readFileSync(path, 'utf8'), path), source: path };
}

/** The key for the database at `dbPath` as verification reads it: `undefined` if there is none. */
export function findAuditKey(dbPath: string, env: AuditKeyEnv = process.env): AuditKey | undefined {
  if (env.EHUB_AUDIT_KEY) return { key: parseKey(env.EHUB_AUDIT_KEY, 'EHUB_AUDIT_KEY'), source: 'EHUB_AUDIT_KEY' };
  const path = keyFilePath(dbPath, env);
  try {
    return readKeyFile(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** The key for the database at `dbPath` as the hub reads it at start: made if there is none yet. */
export function loadAuditKey(dbPath: string, env: AuditKeyEnv = process.env): AuditKey {
  // A database in memory lives no longer than its process, and so may its key.
  if (dbPath === ':memory:' && !env.EHUB_AUDIT_KEY && !env.EHUB_AUDIT_KEY_FILE) return { key: createSecretKey(randomBytes(MIN_BYTES)), source: 'memory' };
  const found = findAuditKey(dbPath, env);
  if (found) return found;
  const path = keyFilePath(dbPath, env);
  mkdirSync(dirname(path), { recursive: true });
  try {
    // 'wx': two processes starting at once never overwrite each other's key; the loser reads it.
    writeFileSync(path, `${randomBytes(MIN_BYTES).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  return readKeyFile(path);
}
