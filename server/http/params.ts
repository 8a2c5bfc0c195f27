// Path parameters read the same way on every route; a bad one is a 400 naming the parameter, never echoing it.
import { idParamSchema } from '../../shared/schemas/ids';
import { HttpError } from './errors';

export function parseId(raw: unknown, name = 'id'): number {
  const parsed = idParamSchema.safeParse(raw);
  if (!parsed.success) throw new HttpError('VALIDATION_FAILED', `${name}: ${parsed.error.issues[0]!.message}`);
  return parsed.data;
}
