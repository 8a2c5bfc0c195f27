// Route guard: the request must come from a signed-in user holding one of the given roles.
// The user then travels in res.locals and is read back with signedInUser(res).
import type { RequestHandler, Response } from 'express';
import type { Role } from '../../shared/schemas/domain';
import type { User } from '../../shared/schemas/api';
import { HttpError } from '../http/errors';
import type { Sessions } from './sessions';

export function requireUser(sessions: Sessions, roles: readonly Role[] | 'any'): RequestHandler {
  return (req, res, next) => {
    const user = sessions.userFromCookieHeader(req.headers.cookie);
    if (!user) return next(new HttpError('NOT_SIGNED_IN', 'Sign in to use the hub.'));
    if (roles !== 'any' && !user.roles.some((r) => roles.includes(r))) {
      return next(new HttpError('FORBIDDEN', 'Your role does not allow this.'));
    }
    res.locals.user = user;
    next();
  };
}

export function signedInUser(res: Response): User {
  const user = res.locals.user as User | undefined;
  if (!user) throw new HttpError('NOT_SIGNED_IN', 'Sign in to use the hub.');
  return user;
}
