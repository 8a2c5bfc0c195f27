// Writes the liability map's next interval for a change, inside the change's transaction,
// from the shared rules in shared/lifecycle/liability.ts.
import type { HubDatabase } from '../../db/open';
import type { ConsultationRow, LiabilityRow } from '../../db/schema';
import type { LifecycleEvent } from '../../shared/lifecycle/events';
import { responsibilityAfter, type DutyFacts, type PatientMessageFact, type IntakeEvent, type Party, type Responsibility } from '../../shared/lifecycle/liability';
import { DESTINATION_RULES } from '../../shared/rules/destinations';
import type { Directory } from '../directory';
import type { HubSettings } from '../settings';

const party = (kind: string, id: string, name: string) => ({ kind, id, name }) as Party;

export function responsibilityOf(row: LiabilityRow): Responsibility {
  return {
    owner: party(row.ownerKind, row.ownerId, row.ownerName),
    accountable: party(row.accountableKind, row.accountableId, row.accountableName),
    basis: row.basis,
  };
}

/** The organisation that must accept or acknowledge the request's pending hand-off, if any. */
function organisationFor(db: HubDatabase, directory: Directory, row: ConsultationRow) {
  const destination = row.pendingDestination;
  if (!destination) return undefined;
  const kind = DESTINATION_RULES[destination].kind;
  if (kind === 'practice') return { ods: row.practiceOds, name: directory.practiceName(row.practiceOds) };
  if (kind === 'external_pharmacy' && row.pendingOrganisationOds) {
    const ods = row.pendingOrganisationOds;
    return { ods, name: db.q.practices.pharmacy(ods)?.name ?? ods };
  }
  return undefined;
}

export function writeLiability(
  db: HubDatabase,
  directory: Directory,
  change: {
    event: LifecycleEvent | IntakeEvent;
    before: ConsultationRow | null;
    after: ConsultationRow;
    now: number;
    settings: HubSettings;
    /** The duty clinician on the rota at `now`, read inside this transaction: the interval keeps the name. */
    duty?: DutyFacts;
    handoffId?: number;
    /** What the decision sent the patient (the interval names it). */
    patientMessage?: PatientMessageFact;
  },
): void {
  const { event, before, after, now, settings } = change;
  const open = db.q.liability.open(after.id);
  const next = responsibilityAfter(event, {
    current: open ? responsibilityOf(open) : null,
    handoffId: change.handoffId,
    practice: { ods: after.practiceOds, name: directory.practiceName(after.practiceOds) },
    // An acceptance or acknowledgement concerns the organisation the request was waiting for.
    organisation: organisationFor(db, directory, after.pendingDestination ? after : (before ?? after)),
    protocol: settings.protocol,
    timeouts: { offerExpiryMinutes: settings.sla.offerExpiryMinutes, externalAckMinutes: settings.sla.externalAckMinutes, redFlagAcceptMinutes: settings.sla.redFlagAcceptMinutes },
    duty: change.duty,
    patientMessage: change.patientMessage,
  });
  if (next === 'unchanged') return;
  db.q.liability.move(after.id, now, next === 'end' ? null : next);
}
