// The liability map: contiguous intervals, the open one closed and the next opened in one go.
import { and, desc, eq, gt, isNull, lte, or, sql } from 'drizzle-orm';
import { liabilityIntervals, type LiabilityRow } from '../schema';
import type { Orm } from '../open';

const ph = sql.placeholder;

export interface PartyColumns {
  kind: string;
  id: string;
  name: string;
}

export function liabilityQueries(orm: Orm) {
  const open = orm
    .select()
    .from(liabilityIntervals)
    .where(and(eq(liabilityIntervals.consultationId, ph('consultationId')), isNull(liabilityIntervals.toAt)))
    .prepare();
  const closeOpen = orm
    .update(liabilityIntervals)
    .set({ toAt: sql`${ph('at')}` })
    .where(and(eq(liabilityIntervals.consultationId, ph('consultationId')), isNull(liabilityIntervals.toAt)))
    .prepare();
  const insert = orm
      .insert(liabilityIntervals)
      .values({
        consultationId: ph('consultationId'),
        fromAt: ph('fromAt'),
        toAt: null,
        ownerKind: ph('ownerKind'),
        ownerId: ph('ownerId'),
        ownerName: ph('ownerName'),
        accountableKind: ph('accountableKind'),
        accountableId: ph('accountableId'),
        accountableName: ph('accountableName'),
        basis: ph('basis'),
      })
      .prepare();
  const all = orm
    .select()
    .from(liabilityIntervals)
    .where(eq(liabilityIntervals.consultationId, ph('consultationId')))
    .orderBy(liabilityIntervals.fromAt, liabilityIntervals.id)
    .prepare();
  // [from, to): the interval that started at or before the instant and had not ended by it.
  const at = orm
    .select()
    .from(liabilityIntervals)
    .where(
      and(
        eq(liabilityIntervals.consultationId, ph('consultationId')),
        lte(liabilityIntervals.fromAt, ph('at')),
        or(isNull(liabilityIntervals.toAt), gt(liabilityIntervals.toAt, ph('at'))),
      ),
    )
    .orderBy(desc(liabilityIntervals.fromAt), desc(liabilityIntervals.id))
    .limit(1)
    .prepare();

  return {
    open: (consultationId: number): LiabilityRow | undefined => open.get({ consultationId }),
    /** Ends the open interval at `at` and, unless `next` is null, opens the next one from `at`. */
    move(consultationId: number, at: number, next: { owner: PartyColumns; accountable: PartyColumns; basis: string } | null): void {
      closeOpen.run({ consultationId, at });
      if (!next) return;
      insert.run({
        consultationId,
        fromAt: at,
        ownerKind: next.owner.kind,
        ownerId: next.owner.id,
        ownerName: next.owner.name,
        accountableKind: next.accountable.kind,
        accountableId: next.accountable.id,
        accountableName: next.accountable.name,
        basis: next.basis,
      });
    },
    all: (consultationId: number): LiabilityRow[] => all.all({ consultationId }),
    at: (consultationId: number, instant: number): LiabilityRow | undefined => at.get({ consultationId, at: instant }),
  };
}
