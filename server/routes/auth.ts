// Sign-in, sign-out and "who am I". Bad credentials get one generic 401; repeated failures from one
// address 429 (server/auth/throttle.ts).
import { Router } from 'express';
import { setTimeout as sleep } from 'node:timers/promises';
import { loginSchema } from '../../shared/schemas/api';
import { DUMMY_HASH, verifySecret } from '../auth/passwords';
import { requireUser, signedInUser } from '../auth/requireUser';
import { SESSION_COOKIE, toUser, type Sessions } from '../auth/sessions';
import type { LoginThrottle } from '../auth/throttle';
import type { HubDatabase } from '../../db/open';
import { HttpError, validationError } from '../http/errors';
import type { Execute } from '../commands/execute';
import { signIn, signOut } from '../commands/sessions';
import { staffActor } from '../commands/actors';

export function authRoutes(deps: { db: HubDatabase; sessions: Sessions; throttle: LoginThrottle; secureCookies: boolean; execute: Execute }) {
  const { db, sessions, throttle } = deps;
  const router = Router();

  router.post('/login', async (req, res) => {
    const parsed = loginSchema.safeParse(req.body ?? {});
    if (!parsed.success) throw validationError(parsed.error);
    const { username, password } = parsed.data;
    const address = req.ip ?? 'unknown';
    const verdict = await throttle.check(username, address);
    if (!verdict.allowed) {
      res.setHeader('Retry-After', String(verdict.retryAfterSeconds));
      throw new HttpError('TOO_MANY_ATTEMPTS', 'Too many failed sign-ins from here. Wait and try again, or ask an admin to unlock the account.');
    }
    // A username under attack answers slowly for everyone, the attacker included; it still signs in.
    if (verdict.delayMs > 0) await sleep(verdict.delayMs);
    const account = db.q.staff.byUsername(username);
    // Check a hash even for unknown usernames, so timing does not reveal which accounts exist.
    const matches = await verifySecret(password, account?.passwordHash ?? DUMMY_HASH);
    if (!account || !matches || !account.active) {
      await throttle.recordFailure(username, address);
      throw new HttpError('INVALID_CREDENTIALS', 'The username or password is not right.');
    }
    await throttle.recordSuccess(username, address);
    const { token, tokenHash, expiresAt } = sessions.issue();
    await deps.execute(signIn, { actor: staffActor(toUser(account)), body: { tokenHash, expiresAt } });
    res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: deps.secureCookies,
      path: '/',
      maxAge: sessions.maxAgeMs,
    });
    res.json({ user: toUser(account) });
  });

  router.post('/logout', async (req, res) => {
    const user = sessions.userFromCookieHeader(req.headers.cookie);
    const tokenHash = sessions.tokenHashOf(req.headers.cookie);
    if (user && tokenHash) await deps.execute(signOut, { actor: staffActor(user), body: { tokenHash } });
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.json({ ok: true });
  });

  router.get('/me', requireUser(sessions, 'any'), (_req, res) => {
    res.json({ user: signedInUser(res) });
  });

  return router;
}
