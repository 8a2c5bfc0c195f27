// Admin routes for staff accounts (docs/admin.md, "Staff"; docs/api.md): list, create, change access,
// deactivate, reactivate and reset a password. Bodies are checked against the shared schemas before any
// password is hashed; every change is a command (server/commands/*Staff.ts), audited. Never a hash on the wire.
import { Router } from 'express';
import type { HubDatabase } from '../../db/open';
import type { StaffRow } from '../../db/schema';
import { changeStaffSchema, createStaffSchema, passwordProblem, resetPasswordSchema, type StaffAccount } from '../../shared/schemas/staff';
import { hashSecret, temporaryPassword } from '../auth/passwords';
import { requireUser, signedInUser } from '../auth/requireUser';
import type { Sessions } from '../auth/sessions';
import type { LoginThrottle } from '../auth/throttle';
import { staffActor } from '../commands/actors';
import { changeStaff } from '../commands/changeStaff';
import { createStaff } from '../commands/createStaff';
import { deactivateStaff } from '../commands/deactivateStaff';
import type { Execute } from '../commands/execute';
import { reactivateStaff } from '../commands/reactivateStaff';
import { resetStaffPassword } from '../commands/resetStaffPassword';
import { HttpError, validationError } from '../http/errors';
import { parseId } from '../http/params';
import { z } from 'zod';

const deactivateBodySchema = z.object({ reason: z.string().trim().max(500).optional() }).strict();

export function adminStaffRoutes(deps: { db: HubDatabase; sessions: Sessions; execute: Execute; throttle: LoginThrottle }) {
  const router = Router();
  const adminOnly = requireUser(deps.sessions, ['admin']);

  const view = async (row: StaffRow): Promise<StaffAccount> => ({
    id: row.id,
    username: row.username,
    name: row.name,
    roles: row.roles,
    practiceOds: row.practiceOds,
    registrationBody: row.registrationBody,
    registrationNumber: row.registrationNumber,
    active: row.active,
    recentFailedSignIns: await deps.throttle.recentFailures(row.username),
  });
  const current = (id: number) => view(deps.db.q.staff.byId(id)!);

  /** The body against its shared schema, refused naming the field before anything slow happens. */
  function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
    const parsed = schema.safeParse(body ?? {});
    if (!parsed.success) throw validationError(parsed.error);
    return parsed.data;
  }

  router.get('/admin/staff', adminOnly, async (_req, res) => {
    res.json({ staff: await Promise.all(deps.db.q.staff.list().map(view)) });
  });

  router.post('/admin/staff', adminOnly, async (req, res) => {
    const account = parseBody(createStaffSchema, req.body);
    const password = temporaryPassword();
    const id = await deps.execute(createStaff, { actor: staffActor(signedInUser(res)), body: { account, passwordHash: await hashSecret(password) } });
    res.status(201).json({ account: await current(id), temporaryPassword: password });
  });

  router.put('/admin/staff/:id', adminOnly, async (req, res) => {
    const staffId = parseId(req.params.id);
    const access = parseBody(changeStaffSchema, req.body);
    await deps.execute(changeStaff, { actor: staffActor(signedInUser(res)), body: { staffId, access } });
    res.json({ account: await current(staffId) });
  });

  router.post('/admin/staff/:id/deactivate', adminOnly, async (req, res) => {
    const staffId = parseId(req.params.id);
    const { reason } = parseBody(deactivateBodySchema, req.body);
    const done = await deps.execute(deactivateStaff, { actor: staffActor(signedInUser(res)), body: { staffId, reason } });
    res.json({ account: await current(staffId), ...done });
  });

  router.post('/admin/staff/:id/reactivate', adminOnly, async (req, res) => {
    const staffId = parseId(req.params.id);
    parseBody(z.object({}).strict(), req.body);
    await deps.execute(reactivateStaff, { actor: staffActor(signedInUser(res)), body: { staffId } });
    res.json({ account: await current(staffId) });
  });

  router.post('/admin/staff/:id/reset-password', adminOnly, async (req, res) => {
    const staffId = parseId(req.params.id);
    const body = parseBody(resetPasswordSchema, req.body);
    const account = deps.db.q.staff.byId(staffId);
    if (!account) throw new HttpError('NOT_FOUND', 'No such staff member.');
    const problem = body.password === undefined ? undefined : passwordProblem(body.password, account.username);
    if (problem) throw new HttpError('VALIDATION_FAILED', `password: ${problem}`, { fields: [{ path: 'password', message: problem }] });
    const password = body.password ?? temporaryPassword();
    const temporary = body.password === undefined;
    await deps.execute(resetStaffPassword, { actor: staffActor(signedInUser(res)), body: { staffId, passwordHash: await hashSecret(password), temporary } });
    res.json({ account: await current(staffId), temporaryPassword: temporary ? password : null });
  });

  return router;
}
