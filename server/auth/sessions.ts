// Sign-in sessions: a random token in an httpOnly SameSite cookie; only its SHA-256 is stored,
// in the database, so a restart signs no one out. Every request looks its session up, so sessions
// in use are also kept in memory (the database join cost about 45 µs a request, a tenth of a
// command's time); the memory copy goes with sign-out, expiry, and any reload of the staff
// directory, which is how a change to an account reaches everything that caches staff.
// A session unused for the hub's idle lock (idleLockMinutes, docs/admin.md) ends: each request counts
// as use, noted in memory and recorded in the database in batches by the scheduler (takeActivity), so a
// request costs no write and a second node reading the same table sees the same activity within a tick.
import { hash, randomBytes } from 'node:crypto';
import { parse as parseCookie } from 'cookie';
import type { HubDatabase } from '../../db/open';
import type { StaffRow } from '../../db/schema';
import type { User } from '../../shared/schemas/api';
import type { Clock } from '../clock';
import type { Directory } from '../directory';

export const SESSION_COOKIE = 'ehub_session';
const SESSION_HOURS = 12;

export const sha256 = (value: string) => hash('sha256', value, 'hex');

export function toUser(row: StaffRow): User {
  return { id: row.id, name: row.name, username: row.username, roles: row.roles, practiceOds: row.practiceOds };
}

interface KnownSession {
  user: User;
  expiresAt: number;
  lastActiveAt: number;
}

/** A session's last use, waiting for the scheduler to record it. */
export interface SessionActivity {
  tokenHash: string;
  at: number;
}

/** Past this many sessions in memory, the expired ones are dropped before another is added. */
const PRUNE_AT = 1000;

export function createSessions(db: HubDatabase, clock: Clock, directory: Directory, idleMs: () => number) {
  const known = new Map<string, KnownSession>();
  /** Uses not yet recorded; kept apart from `known`, which a directory reload clears. */
  const pending = new Map<string, number>();
  let generation = directory.generation();

  /** The session behind a token hash: from memory, or the database (an active account only). */
  function lookUp(tokenHash: string): KnownSession | undefined {
    if (generation !== directory.generation()) {
      known.clear();
      generation = directory.generation();
    }
    const cached = known.get(tokenHash);
    if (cached) return cached;
    const found = db.q.staff.sessionStaff(tokenHash);
    if (!found || !found.staff.active) return undefined;
    if (known.size >= PRUNE_AT) {
      const now = clock.now();
      for (const [hash, session] of known) if (session.expiresAt <= now) known.delete(hash);
    }
    const recorded = found.lastActiveAt ?? found.createdAt;
    const session = { user: toUser(found.staff), expiresAt: found.expiresAt, lastActiveAt: Math.max(recorded, pending.get(tokenHash) ?? 0) };
    known.set(tokenHash, session);
    return session;
  }

  return {
    maxAgeMs: SESSION_HOURS * 3600_000,
    /** A new session's token (for the cookie) and what is stored of it; the signIn command writes it. */
    issue(): { token: string; tokenHash: string; expiresAt: number } {
      const token = randomBytes(32).toString('base64url');
      return { token, tokenHash: sha256(token), expiresAt: clock.now() + SESSION_HOURS * 3600_000 };
    },
    /**
     * The active staff member a cookie header signs in, if any. A request is the user's activity and keeps
     * the session from idling out; `touch: false` only asks (a socket checked after sessions ended).
     */
    userFromCookieHeader(header: string | undefined, touch = true): User | undefined {
      const token = header ? parseCookie(header)[SESSION_COOKIE] : undefined;
      if (!token) return undefined;
      const tokenHash = sha256(token);
      const session = lookUp(tokenHash);
      if (!session) return undefined;
      const now = clock.now();
      if (session.expiresAt <= now || now - session.lastActiveAt >= idleMs()) {
        known.delete(tokenHash);
        pending.delete(tokenHash);
        return undefined;
      }
      if (touch) {
        session.lastActiveAt = now;
        pending.set(tokenHash, now);
      }
      return session.user;
    },
    /** Uses noted since the last call, for the scheduler to record (commands/sessions.ts, expireSessions). */
    takeActivity(): SessionActivity[] {
      const taken = [...pending].map(([tokenHash, at]) => ({ tokenHash, at }));
      pending.clear();
      return taken;
    },
    /** The stored hash of the session a cookie header carries, if it carries one. */
    tokenHashOf(header: string | undefined): string | undefined {
      const token = header ? parseCookie(header)[SESSION_COOKIE] : undefined;
      return token ? sha256(token) : undefined;
    },
    /** Drops a signed-out session from memory, once its row is gone. */
    forget(tokenHash: string): void {
      known.delete(tokenHash);
      pending.delete(tokenHash);
    },
  };
}

export type Sessions = ReturnType<typeof createSessions>;
