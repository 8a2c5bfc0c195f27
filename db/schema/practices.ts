// Member practices and the community pharmacies the hub refers to, both known by ODS code.
import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';

export const practices = sqliteTable(
  'practices',
  {
  ods: text('ods').primaryKey(),
  name: text('name').notNull(),
  /** Dates (YYYY-MM-DD) the practice joined and, once it leaves, left the hub. */
  memberSince: text('member_since').notNull(),
  memberUntil: text('member_until'),
  /**
   * SHA-256 of the practice's intake key (a long random key, so a fast hash suffices); never the key.
   * Null until an admin creates one (docs/admin.md): a practice just added takes no requests yet.
   */
  intakeKeyHash: text('intake_key_hash'),
  /** Registered patients, set by the admin (PUT /api/admin/practices/:ods/list-size): per-1,000 figures (docs/metrics.md). */
  listSize: integer('list_size'),
  },
  (t) => [index('practices_intake_key').on(t.intakeKeyHash)],
);

export const pharmacies = sqliteTable('pharmacies', {
  ods: text('ods').primaryKey(),
  name: text('name').notNull(),
  /** A distance-selling pharmacy does not examine in person (rules out otitis media). */
  distanceSelling: integer('distance_selling', { mode: 'boolean' }).notNull().default(false),
  /** What a patient message tells the patient about the pharmacy (docs/messaging.md); null where the hub has not recorded it. */
  address: text('address'),
  phone: text('phone'),
  /** Opening hours in words: "Mon to Sat 8am to 10pm, Sun 10am to 4pm". */
  openingHours: text('opening_hours'),
  /** SHA-256 of the key the pharmacy's system uses to acknowledge referrals. */
  integrationKeyHash: text('integration_key_hash'),
});

export type PracticeRow = typeof practices.$inferSelect;
export type PharmacyRow = typeof pharmacies.$inferSelect;
