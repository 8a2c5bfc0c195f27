// Member practices and community pharmacies.
import { eq, sql } from 'drizzle-orm';
import { pharmacies, practices, type PharmacyRow, type PracticeRow } from '../schema';
import type { Orm } from '../open';

const ph = sql.placeholder;

export function practiceQueries(orm: Orm) {
  const byOds = orm.select().from(practices).where(eq(practices.ods, ph('ods'))).prepare();
  const byKeyHash = orm.select().from(practices).where(eq(practices.intakeKeyHash, ph('hash'))).prepare();
  const pharmacyByOds = orm.select().from(pharmacies).where(eq(pharmacies.ods, ph('ods'))).prepare();
  return {
    byOds: (ods: string): PracticeRow | undefined => byOds.get({ ods }),
    byIntakeKeyHash: (hash: string): PracticeRow[] => byKeyHash.all({ hash }),
    pharmacyByKeyHash: (hash: string): PharmacyRow | undefined =>
      orm.select().from(pharmacies).where(eq(pharmacies.integrationKeyHash, hash)).get(),
    all: (): PracticeRow[] => orm.select().from(practices).all(),
    setIntakeKeyHash: (ods: string, intakeKeyHash: string) =>
      orm.update(practices).set({ intakeKeyHash }).where(eq(practices.ods, ods)).run(),
    /** An admin's edit of name and leave date (docs/admin.md). */
    update: (ods: string, set: Partial<Pick<PracticeRow, 'name' | 'memberUntil'>>) => orm.update(practices).set(set).where(eq(practices.ods, ods)).run(),
    insert: (row: typeof practices.$inferInsert) => orm.insert(practices).values(row).run(),
    pharmacy: (ods: string): PharmacyRow | undefined => pharmacyByOds.get({ ods }),
    pharmacies: (): PharmacyRow[] => orm.select().from(pharmacies).all(),
    insertPharmacy: (row: typeof pharmacies.$inferInsert) => orm.insert(pharmacies).values(row).run(),
    updatePharmacy: (ods: string, set: Partial<Omit<PharmacyRow, 'ods' | 'integrationKeyHash'>>) => orm.update(pharmacies).set(set).where(eq(pharmacies.ods, ods)).run(),
    setIntegrationKeyHash: (ods: string, integrationKeyHash: string) =>
      orm.update(pharmacies).set({ integrationKeyHash }).where(eq(pharmacies.ods, ods)).run(),
  };
}
