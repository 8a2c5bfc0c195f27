// Staff accounts and sessions.
import { and, asc, eq, lte, sql } from 'drizzle-orm';
import { consultations, sessions, staff, type StaffRow } from '../schema';
import type { Orm } from '../open';

const ph = sql.placeholder;

/** What an admin changes of an account (docs/admin.md, "Staff"). */
export type StaffAccessFields = Pick<StaffRow, 'name' | 'roles' | 'practiceOds' | 'registrationBody' | 'registrationNumber'>;

export function staffQueries(orm: Orm) {
  const byUsername = orm.select().from(staff).where(eq(staff.username, ph('username'))).prepare();
  const byId = orm.select().from(staff).where(eq(staff.id, ph('id'))).prepare();
  const session = orm
    .select({ staff, expiresAt: sessions.expiresAt, createdAt: sessions.createdAt, lastActiveAt: sessions.lastActiveAt })
    .from(sessions)
    .innerJoin(staff, eq(staff.id, sessions.staffId))
    .where(eq(sessions.tokenHash, ph('tokenHash')))
    .prepare();
  const touch = orm
    .update(sessions)
    .set({ lastActiveAt: sql`max(coalesce(${sessions.lastActiveAt}, 0), ${ph('at')})` })
    .where(eq(sessions.tokenHash, ph('tokenHash')))
    .prepare();

  return {
    byUsername: (username: string): StaffRow | undefined => byUsername.get({ username }),
    /** Any account whose username differs only in letter case (sign-in and its throttle treat them as one). */
    byUsernameAnyCase: (username: string): StaffRow | undefined =>
      orm.select().from(staff).where(sql`lower(${staff.username}) = ${username.toLowerCase()}`).get(),
    byId: (id: number): StaffRow | undefined => byId.get({ id }),
    all: (): StaffRow[] => orm.select().from(staff).all(),
    /** Every account, by name, for the admin's staff page. */
    list: (): StaffRow[] => orm.select().from(staff).orderBy(asc(staff.name), asc(staff.id)).all(),
    insert: (row: typeof staff.$inferInsert): number => orm.insert(staff).values(row).returning({ id: staff.id }).get().id,
    setPassword: (username: string, passwordHash: string) =>
      orm.update(staff).set({ passwordHash }).where(eq(staff.username, username)).run(),
    setPasswordById: (id: number, passwordHash: string) => orm.update(staff).set({ passwordHash }).where(eq(staff.id, id)).run(),
    setAccess: (id: number, fields: StaffAccessFields) => orm.update(staff).set(fields).where(eq(staff.id, id)).run(),
    setActive: (id: number, active: boolean) => orm.update(staff).set({ active }).where(eq(staff.id, id)).run(),
    /** Active accounts holding the admin role, other than the one named. */
    otherActiveAdmins: (exceptId: number): number =>
      orm
        .select({ id: staff.id })
        .from(staff)
        .where(and(eq(staff.active, true), sql`${staff.id} <> ${exceptId}`, sql`exists (select 1 from json_each(${staff.roles}) where value = 'admin')`))
        .all().length,
    /** Requests this person holds by a claim (in triage): what a deactivation hands back to the queue. */
    claimsHeldBy: (staffId: number): number[] =>
      orm
        .select({ id: consultations.id })
        .from(consultations)
        .where(and(eq(consultations.status, 'in_triage'), eq(consultations.claimedBy, staffId)))
        .all()
        .map((r) => r.id),
    sessionStaff: (tokenHash: string) => session.get({ tokenHash }),
    createSession: (row: typeof sessions.$inferInsert) => orm.insert(sessions).values(row).run(),
    deleteSession: (tokenHash: string) => orm.delete(sessions).where(eq(sessions.tokenHash, tokenHash)).run(),
    /** Ends every session of one person; returns how many ended. */
    deleteSessionsOf: (staffId: number): number => orm.delete(sessions).where(eq(sessions.staffId, staffId)).run().changes,
    /** Records when sessions were last used; never moves a session's activity back. */
    touchSessions: (activity: readonly { tokenHash: string; at: number }[]) => {
      for (const a of activity) touch.run({ tokenHash: a.tokenHash, at: a.at });
    },
    /** Deletes sessions past their expiry; returns how many ended. */
    deleteExpiredSessions: (now: number): number => orm.delete(sessions).where(lte(sessions.expiresAt, now)).run().changes,
    /** Deletes sessions unused since `idleSince` (the idle lock); returns how many ended. */
    deleteIdleSessions: (idleSince: number): number =>
      orm.delete(sessions).where(sql`coalesce(${sessions.lastActiveAt}, ${sessions.createdAt}) <= ${idleSince}`).run().changes,
  };
}
