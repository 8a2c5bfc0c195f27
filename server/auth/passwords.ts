// Password and key hashing with scrypt (node:crypto), stored as "scrypt$N$r$p$salt$hash".
import { randomBytes, randomInt, scrypt as scryptCb, scryptSync, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// N=2^15 (32 MiB of working memory) rather than 2^14: twice the work, and a working buffer just
// over glibc's 32 MiB ceiling for its adaptive mmap threshold, so each hash's memory is unmapped
// when it ends. With 16 MiB the allocator kept a buffer per thread-pool thread: +65-85 MB of RSS
// after the first few sign-ins, for the life of the process. Stored hashes carry their own
// parameters, so hashes made with the old ones still verify.
const PARAMS = { N: 32768, r: 8, p: 1 } as const;
const KEYLEN = 32;

function scrypt(secret: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCb(secret, salt, KEYLEN, { ...options, maxmem: 64 * 1024 * 1024 }, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** For seeding many accounts at start-up without awaiting each. */
export function hashSecretSync(secret: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(secret, salt, KEYLEN, { ...PARAMS, maxmem: 64 * 1024 * 1024 });
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** A new password's or key's stored form, hashed off the event loop. */
export async function hashSecret(secret: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(secret, salt, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** Letters and digits nobody misreads aloud or on a screen (no 0/o, 1/l/i). */
const UNAMBIGUOUS = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A temporary password an admin reads out once: four groups of four, about 79 bits. */
export function temporaryPassword(): string {
  const groups = Array.from({ length: 4 }, () => Array.from({ length: 4 }, () => UNAMBIGUOUS[randomInt(UNAMBIGUOUS.length)]).join(''));
  return groups.join('-');
}

export async function verifySecret(secret: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await scrypt(secret, Buffer.from(salt, 'base64'), { N: Number(n), r: Number(r), p: Number(p) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A hash that takes as long to check as a real one: login checks it for unknown usernames. */
export const DUMMY_HASH = hashSecretSync(randomBytes(12).toString('hex'));
