// Sign-in sessions: a random token in an httpOnly SameSite cookie; only its SHA-256 is stored,
// in the database, so a restart signs no one out.
import { createHash, randomBytes } from 'node:crypto';
import { parse as parseCookie } from 'cookie';
import type { HubDatabase } from '../../db/open';
import type { StaffRow } from '../../db/schema';
import type { User } from '../../shared/schemas/api';
import type { Clock } from '../clock';

export const SESSION_COOKIE = 'ehub_session';
const SESSION_HOURS = 12;

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export function toUser(row: StaffRow): User {
  return { id: row.id, name: row.name, username: row.username, roles: row.roles, practiceOds: row.practiceOds };
}

export function createSessions(db: HubDatabase, clock: Clock) {
  return {
    maxAgeMs: SESSION_HOURS * 3600_000,
    start(staffId: number): string {
      const token = randomBytes(32).toString('base64url');
      const now = clock.now();
      db.q.staff.createSession({ tokenHash: sha256(token), staffId, createdAt: now, expiresAt: now + SESSION_HOURS * 3600_000 });
      return token;
    },
    /** The active staff member a cookie header signs in, if any. */
    userFromCookieHeader(header: string | undefined): User | undefined {
      const token = header ? parseCookie(header)[SESSION_COOKIE] : undefined;
      if (!token) return undefined;
      const found = db.q.staff.sessionStaff(sha256(token));
      if (!found || found.expiresAt <= clock.now() || !found.staff.active) return undefined;
      return toUser(found.staff);
    },
    end(header: string | undefined): void {
      const token = header ? parseCookie(header)[SESSION_COOKIE] : undefined;
      if (token) db.q.staff.deleteSession(sha256(token));
    },
  };
}

export type Sessions = ReturnType<typeof createSessions>;
