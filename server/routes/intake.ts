// POST /api/intake: a member practice's online consultation system submits a request,
// authenticated by the practice's intake key. The answer says whether the hub is open, and carries the
// urgent-care advice for a red flag out of hours (shared/schemas/intakeResponse.ts).
import { Router } from 'express';
import { intakeDateProblems, intakeSchema } from '../../shared/schemas/intake';
import type { IntakeResponse } from '../../shared/schemas/intakeResponse';
import type { HubDatabase } from '../../db/open';
import { admit, idempotencyKeySchema } from '../commands/admit';
import type { Execute } from '../commands/execute';
import type { Clock } from '../clock';
import { sha256 } from '../auth/sessions';
import { HttpError, validationError } from '../http/errors';

export function intakeRoutes(deps: { db: HubDatabase; execute: Execute; clock: Clock }) {
  const router = Router();

  router.post('/', async (req, res) => {
    const key = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const keyPractices = key ? deps.db.q.practices.byIntakeKeyHash(sha256(key)) : [];
    if (keyPractices.length === 0) throw new HttpError('INVALID_INTAKE_KEY', 'Missing or unknown practice intake key.');

    const parsed = intakeSchema.safeParse(req.body ?? {});
    if (!parsed.success) throw validationError(parsed.error, (path) => (path === 'patient.nhsNumber' ? 'INVALID_NHS_NUMBER' : undefined));
    const request = parsed.data;
    const problems = intakeDateProblems(request, deps.clock.now());
    if (problems.length > 0) throw new HttpError('VALIDATION_FAILED', `${problems[0]!.path}: ${problems[0]!.message}`, { fields: problems });

    const practice = deps.db.q.practices.byOds(request.practiceOds);
    // The only submitted value an answer names: an organisation's code, already held to 3–10 letters
    // and digits by the schema, so it cannot carry patient data, and the practice's system needs it
    // to tell which of the practices behind one key was refused.
    if (!practice) throw new HttpError('UNKNOWN_PRACTICE', `practiceOds: ${request.practiceOds} is not a member practice of this hub.`);
    if (!keyPractices.some((p) => p.ods === practice.ods)) {
      throw new HttpError('FORBIDDEN', `This intake key is not valid for practice ${practice.ods}.`);
    }
    const today = new Date(deps.clock.now()).toISOString().slice(0, 10);
    if (practice.memberSince > today || (practice.memberUntil !== null && practice.memberUntil < today)) {
      throw new HttpError('PRACTICE_NOT_ACTIVE', `practiceOds: ${practice.ods} is not an active member of the hub.`);
    }

    const idempotencyKey = req.headers['idempotency-key'];
    if (idempotencyKey !== undefined && !idempotencyKeySchema.safeParse(idempotencyKey).success) {
      throw new HttpError('VALIDATION_FAILED', 'Idempotency-Key: 1 to 200 visible ASCII characters, sent once.');
    }
    const actor = { kind: 'integration' as const, id: `practice:${practice.ods}`, name: practice.name, roles: [] as [], organisationOds: practice.ods };
    const admitted = await deps.execute(admit, { actor, body: { request, idempotencyKey } });
    // A retry with the same key and body is answered with the request it created before.
    const answer: IntakeResponse = { id: admitted.id, hub: admitted.hub, ...(admitted.patientAdvice && { patientAdvice: admitted.patientAdvice }) };
    res.status(admitted.replayed ? 200 : 201).json(answer);
  });

  return router;
}
