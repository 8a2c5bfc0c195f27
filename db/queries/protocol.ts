// Care-navigation protocol versions: the one in force, the draft, the history. Rare writes, so the
// query builder rather than prepared statements (docs/architecture.md, "Where SQL lives").
import { desc, eq, max } from 'drizzle-orm';
import { protocolVersions, type ProtocolVersionRow } from '../schema';
import type { Orm } from '../open';

export type NewProtocolVersion = Omit<ProtocolVersionRow, 'id'>;

export function protocolQueries(orm: Orm) {
  const withStatus = (status: ProtocolVersionRow['status']) => orm.select().from(protocolVersions).where(eq(protocolVersions.status, status)).get();
  return {
    inForce: (): ProtocolVersionRow | undefined => withStatus('in_force'),
    draft: (): ProtocolVersionRow | undefined => withStatus('draft'),
    /** Every version, newest first. */
    all: (): ProtocolVersionRow[] => orm.select().from(protocolVersions).orderBy(desc(protocolVersions.number), desc(protocolVersions.id)).all(),
    highestNumber: (): number => orm.select({ n: max(protocolVersions.number) }).from(protocolVersions).get()?.n ?? 0,
    insert: (row: NewProtocolVersion): number => Number(orm.insert(protocolVersions).values(row).run().lastInsertRowid),
    update: (id: number, set: Partial<Pick<ProtocolVersionRow, 'status' | 'content' | 'signOffs' | 'inForceFrom'>>) =>
      orm.update(protocolVersions).set(set).where(eq(protocolVersions.id, id)).run(),
  };
}
