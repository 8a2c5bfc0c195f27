// How one audit row is chained to the one before it: the canonical form of a row, the keyed hash
// every row now carries, and the plain SHA-256 that rows written before keyed chains carry.
import { createHmac, hash, type KeyObject } from 'node:crypto';
import type { AuditRow } from '../schema';

export type AuditEntry = Omit<AuditRow, 'id' | 'prevHash' | 'hash'>;

/** The previous hash of the first row. */
export const GENESIS = '0'.repeat(64);

/**
 * The action of the row that ends a legacy (plain SHA-256) chain: its keyed hash covers the old
 * tip, so the legacy rows before it can no longer be rewritten without breaking it.
 */
export const REKEY_ACTION = 'chain_rekeyed';

/** Every field of the row and the previous row's hash, in a fixed order. */
const canonical = (prevHash: string, e: AuditEntry): string =>
  JSON.stringify([prevHash, e.at, e.actorId, e.actorRole, e.action, e.consultationId, e.subject, e.before, e.after, e.reason]);

/** The form legacy rows were hashed in, before entries had a subject. */
const legacyCanonical = (prevHash: string, e: AuditEntry): string =>
  JSON.stringify([prevHash, e.at, e.actorId, e.actorRole, e.action, e.consultationId, e.before, e.after, e.reason]);

/**
 * The hash of rows written before keyed chains. Anyone who can write the database can recompute
 * it, so a legacy stretch of the chain is only as strong as plain SHA-256: it shows accidents,
 * not a deliberate rewrite; only the keyed row after it (`REKEY_ACTION`) pins its end.
 */
export function legacyAuditHash(prevHash: string, e: AuditEntry): string {
  return hash('sha256', legacyCanonical(prevHash, e), 'hex');
}

/** HMAC-SHA-256 with a key kept outside the database: without the key no row can be forged. */
export function keyedAuditHash(key: KeyObject, prevHash: string, e: AuditEntry): string {
  return createHmac('sha256', key).update(canonical(prevHash, e)).digest('hex');
}

/** The hash a row must carry: plain SHA-256 before the keyed chain begins, the HMAC from there on. */
export function expectedHash(key: KeyObject | undefined, keyedFrom: number, row: AuditRow): string | undefined {
  if (row.id < keyedFrom) return legacyAuditHash(row.prevHash, row);
  return key ? keyedAuditHash(key, row.prevHash, row) : undefined;
}
