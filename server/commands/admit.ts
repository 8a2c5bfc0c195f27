// Admits a new request from a practice's online consultation system, in one transaction: screened
// for red flags, given its SLA deadlines, entered into the queue, the liability map and the change
// feed, and, when a red flag fired, offered at once to the duty clinician. An Idempotency-Key makes
// a retry return the request the first attempt created (docs/api.md).
import { hash } from 'node:crypto';
import { z } from 'zod';
import type { ConsultationRow, NewConsultationRow } from '../../db/schema';
import { RED_FLAG_SCREENING } from '../../shared/lifecycle/events';
import { adviceOnArrival, hubOpenAt } from '../../shared/rules/outOfHours';
import { priorityOf } from '../../shared/rules/priority';
import { RED_FLAG_IDS, redFlagLabel, screenRequest } from '../../shared/rules/redFlags';
import { intakeSchema, type IntakeRequest } from '../../shared/schemas/intake';
import type { HubOpen, PatientAdvice } from '../../shared/schemas/intakeResponse';
import { computeSla } from '../../shared/time/workingTime';
import { HttpError } from '../http/errors';
import { defineOperation, type OperationContext } from './definition';
import { escalate } from './escalate';
import { writeLiability } from './liability';
import { dutyRotaOf } from '../rota/dutyRota';
import { recordChange, stepLifecycle, type Committed } from './lifecycleStep';

export const idempotencyKeySchema = z
  .string()
  .regex(/^[\x21-\x7e]{1,200}$/, 'an Idempotency-Key is 1 to 200 visible ASCII characters');

export interface Admitted {
  id: number;
  /** True when the key had already created this request: nothing new was written. */
  replayed: boolean;
  row: ConsultationRow;
  /** Whether the hub is open now, and the urgent-care advice a red flag out of hours was answered with. */
  hub: HubOpen;
  patientAdvice?: PatientAdvice;
}

function newRow(request: IntakeRequest, now: number, ctx: OperationContext<unknown>, screenWith: typeof screenRequest): NewConsultationRow {
  const submittedAt = new Date(request.submittedAt);
  const screen = screenWith({ text: request.text, answers: request.answers, birthDate: request.patient.birthDate, submittedAt: request.submittedAt });
  // Definite hits flag the request; possible ones and what was set aside are kept for the clinician.
  const definite = new Set(screen.hits.filter((h) => h.certainty === 'definite').map((h) => h.ruleId));
  const redFlags = RED_FLAG_IDS.filter((id) => definite.has(id));
  // A possible flag matters only while no definite one has already brought a clinician in.
  const possible = new Set(screen.hits.filter((h) => h.certainty === 'possible').map((h) => h.ruleId));
  const possibleRedFlags = redFlags.length > 0 ? [] : RED_FLAG_IDS.filter((id) => possible.has(id));
  const sla = computeSla(submittedAt, ctx.settings.calendar, ctx.settings.sla);
  return {
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
    possibleRedFlags,
    redFlagScreen: screen,
    priority: priorityOf({ redFlags, possibleRedFlags }),
    status: 'queued',
    version: 1,
    submittedAt: submittedAt.getTime(),
    receivedAt: now,
    firstActionDue: sla.firstActionDue.getTime(),
    outcomeDue: sla.outcomeDue.getTime(),
    updatedAt: now,
  };
}

/** Admission with a given red-flag screen: a parameter only so the bench can compare screens (docs/benchmarks.md). */
export const admitWith = (screenWith: typeof screenRequest) => defineOperation({
  name: 'intake',
  senders: { integration: true, system: true },
  input: z.object({ request: intakeSchema, idempotencyKey: idempotencyKeySchema.optional() }),
  perform(ctx) {
    const { db, directory, actor, now, settings, input } = ctx;
    const { request, idempotencyKey } = input;
    const bodyHash = hash('sha256', JSON.stringify(request), 'hex');
    if (idempotencyKey !== undefined) {
      const earlier = db.q.idempotency.find(request.practiceOds, idempotencyKey);
      if (earlier && earlier.bodyHash !== bodyHash) {
        throw new HttpError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used for a different request; use a new key for a new request.');
      }
      if (earlier) {
        const row = db.q.consultations.byId(earlier.consultationId)!;
        return { result: { id: row.id, replayed: true, row, hub: hubOpenAt(now, settings.calendar), patientAdvice: adviceOnArrival(row, settings.calendar) } };
      }
    }

    // The human reference is taken in this transaction, so a refused admission gives no number away.
    const reference = db.q.references.assign(now, settings.calendar.timeZone);
    const id = db.q.consultations.insert({ ...newRow(request, now, ctx, screenWith), reference });
    if (idempotencyKey !== undefined) db.q.idempotency.record({ scope: request.practiceOds, key: idempotencyKey, bodyHash, consultationId: id, createdAt: now });
    const row = db.q.consultations.byId(id)!;
    // A red flag while the hub is closed is answered with urgent-care advice, recorded in the journey with the intake.
    const patientAdvice = adviceOnArrival(row, settings.calendar);
    writeLiability(db, directory, {
      event: { type: 'intake', actor, patientAdvice: patientAdvice?.text },
      before: null,
      after: row,
      now,
      settings,
      duty: dutyRotaOf(db, settings.calendar).dutyAt(now),
    });
    const reasons = [row.redFlags.length ? `red flags: ${row.redFlags.join(', ')}` : '', patientAdvice ? `hub closed: patient advised to call ${patientAdvice.call}` : ''];
    const reason = reasons.filter(Boolean).join('; ') || null;
    const changes: Committed[] = [recordChange(db, directory, { type: 'intake', actor, before: null, after: row, now, reason, calendar: settings.calendar })];
    // A red flag is offered at once to the duty clinician, in the same transaction: the practice
    // system is told "admitted" only when the escalation is committed too.
    if (row.redFlags.length > 0) {
      const flags = row.redFlags.map(redFlagLabel).join('; ');
      changes.push(stepLifecycle({ ...ctx, actor: RED_FLAG_SCREENING, input: { reason: flags } }, escalate.lifecycle, id));
    }
    return { result: { id, replayed: false, row: changes.at(-1)!.row, hub: hubOpenAt(now, settings.calendar), patientAdvice }, changes };
  },
});

export const admit = admitWith(screenRequest);
