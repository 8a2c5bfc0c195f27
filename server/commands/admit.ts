// Admits a new request from a practice's online consultation system: screened for red flags,
// given its SLA deadlines, and entered into the queue and the change feed in one transaction.
import type { NewConsultationRow } from '../../db/schema';
import type { Actor } from '../../shared/lifecycle/events';
import { redFlagLabel, screenRedFlags } from '../../shared/rules/redFlags';
import { RED_FLAG_SCREENING } from '../../shared/lifecycle/events';
import { escalate } from './escalate';
import type { IntakeRequest } from '../../shared/schemas/intake';
import { computeSla } from '../../shared/time/workingTime';
import type { HubSettings } from '../settings';
import { recordChange, type Committed, type Execute, type ExecutorDeps } from './execute';
import { writeLiability } from './liability';

export function createAdmission(deps: ExecutorDeps, execute: Execute) {
  const { db, clock } = deps;
  return async function admit(request: IntakeRequest, actor: Actor, settings: HubSettings = deps.settings()): Promise<Committed> {
    const committed = await db.commit(() => {
      const now = clock.now();
      const submittedAt = new Date(request.submittedAt);
      const redFlags = screenRedFlags({
        text: request.text,
        answers: request.answers,
        birthDate: request.patient.birthDate,
        submittedAt: request.submittedAt,
      });
      const sla = computeSla(submittedAt, settings.calendar, settings.sla);
      const row: NewConsultationRow = {
        practiceOds: request.practiceOds,
        nhsNumber: request.patient.nhsNumber,
        givenName: request.patient.givenName,
        familyName: request.patient.familyName,
        birthDate: request.patient.birthDate,
        sex: request.patient.sex,
        phone: request.patient.phone ?? null,
        email: request.patient.email ?? null,
        preferredContact: request.patient.preferredContact ?? null,
        kind: request.kind,
        text: request.text,
        answers: request.answers ?? {},
        attachments: request.attachments ?? [],
        redFlags,
        priority: redFlags.length > 0 ? 'red_flag' : 'routine',
        status: 'queued',
        version: 1,
        submittedAt: submittedAt.getTime(),
        receivedAt: now,
        firstActionDue: sla.firstActionDue.getTime(),
        outcomeDue: sla.outcomeDue.getTime(),
        updatedAt: now,
      };
      const id = db.q.consultations.insert(row);
      const after = db.q.consultations.byId(id)!;
      writeLiability(db, deps.directory, { event: { type: 'intake', actor }, before: null, after, now, settings });
      return recordChange(db, deps.directory, { type: 'intake', actor, before: null, after, now, reason: redFlags.length ? `red flags: ${redFlags.join(', ')}` : null });
    });
    deps.onCommitted(committed);
    if (committed.row.redFlags.length === 0) return committed;
    // A red flag is offered at once to the duty clinician. If this second step failed, the request
    // would still sit at the top of the queue, flagged, for a coordinator to escalate.
    const flags = committed.row.redFlags.map(redFlagLabel).join('; ');
    return execute(escalate, { actor: RED_FLAG_SCREENING, consultationId: committed.row.id, body: { reason: flags } });
  };
}

export type Admit = ReturnType<typeof createAdmission>;
