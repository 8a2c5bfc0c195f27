// Every query the hub runs, prepared once per database handle. SQL lives only under db/.
import type { KeyObject } from 'node:crypto';
import type { Orm } from '../open';
import { auditQueries } from './audit';
import { clinicianListQueries } from './clinicianLists';
import { consultationQueries } from './consultations';
import { feedQueries } from './feed';
import { handoffQueries } from './handoffs';
import { idempotencyQueries } from './idempotency';
import { liabilityQueries } from './liability';
import { messageQueries } from './messages';
import { practiceQueries } from './practices';
import { protocolQueries } from './protocol';
import { referenceQueries } from './references';
import { searchQueries } from './search';
import { rotaQueries } from './rota';
import { reviewQueries } from './reviews';
import { settingsQueries } from './settings';
import { staffQueries } from './staff';
import { statsQueries } from './stats';

/** `auditKey` chains the audit log (db/audit/key.ts). */
export function prepareQueries(orm: Orm, auditKey: KeyObject) {
  return {
    consultations: consultationQueries(orm),
    feed: feedQueries(orm),
    audit: auditQueries(orm, auditKey),
    staff: staffQueries(orm),
    practices: practiceQueries(orm),
    handoffs: handoffQueries(orm),
    liability: liabilityQueries(orm),
    settings: settingsQueries(orm),
    idempotency: idempotencyQueries(orm),
    protocol: protocolQueries(orm),
    rota: rotaQueries(orm),
    reviews: reviewQueries(orm),
    messages: messageQueries(orm),
    stats: statsQueries(orm),
    references: referenceQueries(orm),
    search: searchQueries(orm),
    clinicianLists: clinicianListQueries(orm),
  };
}

export type Queries = ReturnType<typeof prepareQueries>;
