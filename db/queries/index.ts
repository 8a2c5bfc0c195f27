// Every query the hub runs, prepared once per database handle. SQL lives only under db/.
import type { Orm } from '../open';
import { auditQueries } from './audit';
import { consultationQueries } from './consultations';
import { feedQueries } from './feed';
import { handoffQueries } from './handoffs';
import { idempotencyQueries } from './idempotency';
import { liabilityQueries } from './liability';
import { practiceQueries } from './practices';
import { settingsQueries } from './settings';
import { staffQueries } from './staff';

export function prepareQueries(orm: Orm) {
  return {
    consultations: consultationQueries(orm),
    feed: feedQueries(orm),
    audit: auditQueries(orm),
    staff: staffQueries(orm),
    practices: practiceQueries(orm),
    handoffs: handoffQueries(orm),
    liability: liabilityQueries(orm),
    settings: settingsQueries(orm),
    idempotency: idempotencyQueries(orm),
  };
}

export type Queries = ReturnType<typeof prepareQueries>;
