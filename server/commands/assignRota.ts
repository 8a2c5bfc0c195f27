// The lead or an admin puts a clinician on the rota as duty clinician for one session, or takes the
// session's duty clinician off it (docs/rota.md). Audited with before and after; hub workstations
// are told to refetch the rota. Liability already written keeps the name it was written with.
import type { HubDatabase } from '../../db/open';
import type { DutyRotaRow } from '../../db/schema';
import { checkRotaChange } from '../../shared/rules/rota';
import { isClinician } from '../../shared/schemas/domain';
import { assignRotaSchema, clearRotaSchema, type RotaSession } from '../../shared/schemas/rota';
import { HttpError } from '../http/errors';
import { defineOperation, type OperationContext } from './definition';

const ROTA_EDITORS = ['lead', 'admin'] as const;

const subject = (date: string, session: RotaSession) => `rota:${date}:${session}`;
const auditView = (row: DutyRotaRow | undefined) => (row ? { clinicianId: row.clinicianId, assignedBy: row.assignedBy } : null);

function assertChangeable(ctx: OperationContext<{ date: string; session: RotaSession }>) {
  const verdict = checkRotaChange(ctx.input.date, ctx.input.session, ctx.now, ctx.settings.calendar);
  if (!verdict.ok) throw new HttpError(verdict.code, verdict.message);
}

function clinician(db: HubDatabase, id: number) {
  const person = db.q.staff.byId(id);
  if (!person || !person.active) throw new HttpError('UNKNOWN_STAFF', `clinicianId: no active member of staff ${id}.`);
  if (!isClinician(person.roles)) throw new HttpError('NOT_A_CLINICIAN', `clinicianId: ${person.name} is not a registered clinician (ANP, pharmacist, physio or lead).`);
  return person;
}

export const assignRota = defineOperation({
  name: 'rota_assigned',
  senders: { staff: ROTA_EDITORS },
  input: assignRotaSchema,
  perform(ctx) {
    const { db, input, actor, now } = ctx;
    assertChangeable(ctx);
    const person = clinician(db, input.clinicianId);
    const before = db.q.rota.entry(input.date, input.session);
    const row: DutyRotaRow = { date: input.date, session: input.session, clinicianId: person.id, assignedBy: Number(actor.id), assignedAt: now };
    db.q.rota.assign(row);
    return {
      result: row,
      audit: [{ subject: subject(input.date, input.session), before: auditView(before), after: auditView(row), reason: `duty clinician: ${person.name}` }],
      notices: ['rota'],
    };
  },
});

export const clearRota = defineOperation({
  name: 'rota_cleared',
  senders: { staff: ROTA_EDITORS },
  input: clearRotaSchema,
  perform(ctx) {
    const { db, input } = ctx;
    assertChangeable(ctx);
    const before = db.q.rota.entry(input.date, input.session);
    if (!before) throw new HttpError('NOT_FOUND', `Nobody is on the rota for ${input.date} ${input.session}.`);
    db.q.rota.clear(input.date, input.session);
    return {
      result: { date: input.date, session: input.session },
      audit: [{ subject: subject(input.date, input.session), before: auditView(before), after: null }],
      notices: ['rota'],
    };
  },
});
