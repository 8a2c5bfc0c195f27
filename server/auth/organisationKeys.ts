// Keys for the systems of member practices (intake) and pharmacies (acknowledgements): 32 random
// bytes, base64url, so a fast SHA-256 of the key is safe to store and look up (docs/admin.md).
import { randomBytes } from 'node:crypto';
import { sha256 } from './sessions';

export function newOrganisationKey(): { key: string; hash: string } {
  const key = randomBytes(32).toString('base64url');
  return { key, hash: sha256(key) };
}

/** Today's date as intake compares membership against it (UTC, YYYY-MM-DD). */
export const dayOf = (now: number) => new Date(now).toISOString().slice(0, 10);
