// The inbox's "Sent, awaiting acceptance" and "Done today" (docs/inbox.md): an audited read, like a
// request's detail (readDetail.ts), because each row names a patient by initials, age and practice.
// Built from the hand-offs the clinician made and the change feed's record of what they finished.
import { z } from 'zod';
import type { ConsultationRow } from '../../db/schema';
import { ageInYearsOn } from '../../shared/rules/age';
import { nextDay, startOfDay, wallClockOf } from '../../shared/rules/metricsTime';
import type { ClinicianLists } from '../../shared/schemas/clinicianLists';
import { CLINICAL_ROLES } from '../../shared/schemas/domain';
import type { Directory } from '../directory';
import { actorId } from './actors';
import { defineOperation } from './definition';

const iso = (ms: number) => new Date(ms).toISOString();

function refOf(row: ConsultationRow, directory: Directory) {
  return {
    id: row.id,
    reference: row.reference ?? `#${row.id}`,
    practiceName: directory.practiceName(row.practiceOds),
    patient: {
      initials: `${row.givenName[0] ?? ''}${row.familyName[0] ?? ''}`.toUpperCase(),
      age: ageInYearsOn(row.birthDate, new Date(row.submittedAt)),
      sex: row.sex,
    },
    status: row.status,
  };
}

export const readClinicianLists = defineOperation({
  name: 'read_clinician_lists',
  // The members of hub teams, who work an inbox (client/src/stores/inboxRows.ts hasInbox).
  senders: { staff: CLINICAL_ROLES },
  input: z.object({}),
  perform({ db, actor, now, settings, directory }) {
    const me = actorId(actor);
    const day = wallClockOf(now, settings.calendar).day;
    const from = startOfDay(day, settings.calendar);
    const to = startOfDay(nextDay(day), settings.calendar);

    const sent = db.q.clinicianLists.awaitingFrom(me).map(({ handoff, consultation }) => {
      const pharmacyOds = typeof handoff.details.pharmacyOds === 'string' ? handoff.details.pharmacyOds : null;
      const organisationName = handoff.destination.startsWith('practice_')
        ? directory.practiceName(consultation.practiceOds)
        : pharmacyOds
          ? (db.q.practices.pharmacy(pharmacyOds)?.name ?? pharmacyOds)
          : null;
      return {
        ...refOf(consultation, directory),
        handoffId: handoff.id,
        destination: handoff.destination,
        organisationName,
        sentAt: iso(handoff.offeredAt),
        expiresAt: handoff.expiresAt === null ? null : iso(handoff.expiresAt),
        escalatedAt: handoff.escalatedAt === null ? null : iso(handoff.escalatedAt),
      };
    });
    const done = db.q.clinicianLists.finishedBy(me, from, to).map(({ type, at, destination, consultation }) => ({
      ...refOf(consultation, directory),
      action: type,
      at: iso(at),
      destination,
      // The notes are patient data for the audited detail; the list carries the coded outcome only.
      outcome: consultation.outcome?.kind === 'completed' ? { ...consultation.outcome, notes: null } : consultation.outcome,
    }));

    const result: ClinicianLists = { day, sent, done };
    const consultationIds = [...new Set([...sent, ...done].map((r) => r.id))];
    // Empty lists showed nobody: nothing to audit.
    if (consultationIds.length === 0) return { result };
    return { result, audit: [{ subject: 'clinician_lists', after: { consultationIds } }] };
  },
});
