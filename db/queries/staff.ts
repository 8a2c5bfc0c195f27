// Staff accounts and sessions.
import { eq, lte, sql } from 'drizzle-orm';
import { sessions, staff, type StaffRow } from '../schema';
import type { Orm } from '../open';

const ph = sql.placeholder;

export function staffQueries(orm: Orm) {
  const byUsername = orm.select().from(staff).where(eq(staff.username, ph('username'))).prepare();
  const byId = orm.select().from(staff).where(eq(staff.id, ph('id'))).prepare();
  const session = orm
    .select({ staff, expiresAt: sessions.expiresAt })
    .from(sessions)
    .innerJoin(staff, eq(staff.id, sessions.staffId))
    .where(eq(sessions.tokenHash, ph('tokenHash')))
    .prepare();

  return {
    byUsername: (username: string): StaffRow | undefined => byUsername.get({ username }),
    byId: (id: number): StaffRow | undefined => byId.get({ id }),
    all: (): StaffRow[] => orm.select().from(staff).all(),
    insert: (row: typeof staff.$inferInsert): number => orm.insert(staff).values(row).returning({ id: staff.id }).get().id,
    setPassword: (username: string, passwordHash: string) =>
      orm.update(staff).set({ passwordHash }).where(eq(staff.username, username)).run(),
    sessionStaff: (tokenHash: string) => session.get({ tokenHash }),
    createSession: (row: typeof sessions.$inferInsert) => orm.insert(sessions).values(row).run(),
    deleteSession: (tokenHash: string) => orm.delete(sessions).where(eq(sessions.tokenHash, tokenHash)).run(),
    /** Deletes sessions past their expiry; returns how many ended. */
    deleteExpiredSessions: (now: number): number => orm.delete(sessions).where(lte(sessions.expiresAt, now)).run().changes,
  };
}
