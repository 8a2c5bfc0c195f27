// Staff accounts and their signed-in sessions.
import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import type { Role } from '../../shared/schemas/domain';

export const staff = sqliteTable('staff', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  username: text('username').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  roles: text('roles', { mode: 'json' }).$type<Role[]>().notNull(),
  /** Set for practice staff: the one practice whose requests they may see. */
  practiceOds: text('practice_ods'),
  /** Professional registration (NMC, GPhC, HCPC, GMC) for clinical staff. */
  registrationBody: text('registration_body'),
  registrationNumber: text('registration_number'),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
});

export const sessions = sqliteTable(
  'sessions',
  {
    /** SHA-256 of the cookie token: a leaked database cannot be replayed as sessions. */
    tokenHash: text('token_hash').primaryKey(),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    createdAt: integer('created_at').notNull(),
    expiresAt: integer('expires_at').notNull(),
    /**
     * The last request the session made, as recorded (the server batches it, server/auth/sessions.ts);
     * null until first recorded, when createdAt stands for it. Past the idle lock, the session ends.
     */
    lastActiveAt: integer('last_active_at'),
  },
  (t) => [index('sessions_staff').on(t.staffId)],
);

export type StaffRow = typeof staff.$inferSelect;
