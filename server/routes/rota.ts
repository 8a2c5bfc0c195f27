// The duty clinician rota (docs/rota.md): GET /api/rota for hub staff; PUT and DELETE
// /api/rota/:date/:session for the lead or an admin, each a command on the one path. And the
// active hub staff (GET /api/staff), for the rota's clinician select and the lead's reassign.
import { Router } from 'express';
import type { HubDatabase } from '../../db/open';
import type { Role } from '../../shared/schemas/domain';
import { MAX_ROTA_RANGE_DAYS, DEFAULT_GAP_DAYS, rotaQuerySchema } from '../../shared/schemas/rota';
import { daysBetween } from '../../shared/time/rotaSessions';
import { requireUser, signedInUser } from '../auth/requireUser';
import type { Sessions } from '../auth/sessions';
import type { Clock } from '../clock';
import { staffActor } from '../commands/actors';
import { assignRota, clearRota } from '../commands/assignRota';
import type { Execute } from '../commands/execute';
import type { Directory } from '../directory';
import { HttpError, validationError } from '../http/errors';
import type { HubSettings } from '../settings';
import { rotaView } from '../views/rotaView';

/** Everyone who works in the hub reads the rota; practice staff do not. */
const HUB_STAFF: readonly Role[] = ['coordinator', 'anp', 'pharmacist', 'physio', 'lead', 'manager', 'admin'];

export function rotaRoutes(deps: { db: HubDatabase; sessions: Sessions; execute: Execute; directory: Directory; clock: Clock; settings: () => HubSettings }) {
  const router = Router();
  const hubStaff = requireUser(deps.sessions, HUB_STAFF);
  const editors = requireUser(deps.sessions, ['lead', 'admin']);

  router.get('/rota', hubStaff, (req, res) => {
    const query = rotaQuerySchema.safeParse(req.query);
    if (!query.success) throw validationError(query.error);
    const { from, to, days } = query.data;
    if (from && to) {
      const span = daysBetween(from, to);
      if (span < 0) throw new HttpError('VALIDATION_FAILED', 'to: must not be before from.');
      if (span + 1 > MAX_ROTA_RANGE_DAYS) throw new HttpError('VALIDATION_FAILED', `to: at most ${MAX_ROTA_RANGE_DAYS} days from from.`);
    } else if (to) throw new HttpError('VALIDATION_FAILED', 'from: required with to.');
    const view = rotaView(
      { db: deps.db, directory: deps.directory, calendar: deps.settings().calendar, now: deps.clock.now() },
      { from, to, days: days ?? DEFAULT_GAP_DAYS },
    );
    res.json(view);
  });

  const slotOf = (params: Record<string, unknown>) => ({ date: params.date, session: params.session });

  router.put('/rota/:date/:session', editors, async (req, res) => {
    const body = { ...slotOf(req.params), clinicianId: (req.body as { clinicianId?: unknown } | undefined)?.clinicianId };
    const row = await deps.execute(assignRota, { actor: staffActor(signedInUser(res)), body });
    res.json({ date: row.date, session: row.session, clinician: { id: row.clinicianId, name: deps.directory.staffName(row.clinicianId) } });
  });

  router.delete('/rota/:date/:session', editors, async (req, res) => {
    const cleared = await deps.execute(clearRota, { actor: staffActor(signedInUser(res)), body: slotOf(req.params) });
    res.json({ ...cleared, clinician: null });
  });

  router.get('/staff', hubStaff, (_req, res) => {
    const staff = deps.db.q.staff
      .all()
      .filter((s) => s.active && !s.roles.includes('practice'))
      .map(({ id, name, roles }) => ({ id, name, roles }));
    res.json({ staff });
  });

  return router;
}
