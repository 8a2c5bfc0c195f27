// The hub's REST API as typed functions: one fetch wrapper, responses checked against the shared schemas.
import { z } from 'zod';
import { errorBodySchema } from '../../../shared/errors';
import {
  consultationDetailSchema,
  queueItemSchema,
  queueSnapshotSchema,
  userSchema,
  type ConsultationDetail,
  type QueueItem,
  type QueueSnapshot,
  type User,
} from '../../../shared/schemas/api';
import { ApiError } from './errors';

const userReply = z.object({ user: userSchema });
const commandReply = z.object({ seq: z.number().int(), item: queueItemSchema });
export type CommandReply = { seq: number; item: QueueItem };

export interface HubApi {
  login(username: string, password: string): Promise<User>;
  logout(): Promise<void>;
  me(): Promise<User>;
  queue(): Promise<QueueSnapshot>;
  consultation(id: number): Promise<ConsultationDetail>;
  claim(id: number): Promise<CommandReply>;
  release(id: number): Promise<CommandReply>;
}

export interface ApiOptions {
  fetch?: typeof fetch;
  baseUrl?: string;
  /** Called when the session has ended under us, so the app can go back to sign-in. */
  onSignedOut?: () => void;
}

export function createApi(options: ApiOptions = {}): HubApi {
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const base = options.baseUrl ?? '';

  async function call<T>(method: 'GET' | 'POST', path: string, schema: z.ZodType<T>, body?: unknown): Promise<T> {
    let res: Response;
    try {
      res = await doFetch(`${base}/api${path}`, {
        method,
        credentials: 'same-origin',
        headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new ApiError('NETWORK', 'The hub could not be reached. Check the connection and try again.', 0);
    }
    const json: unknown = await res.json().catch(() => undefined);
    if (!res.ok) {
      const parsed = errorBodySchema.safeParse(json);
      const error = parsed.success
        ? new ApiError(parsed.data.error.code, parsed.data.error.message, res.status)
        : new ApiError('BAD_RESPONSE', `The hub answered ${res.status}.`, res.status);
      if (error.code === 'NOT_SIGNED_IN') options.onSignedOut?.();
      throw error;
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new ApiError('BAD_RESPONSE', 'The hub sent a reply this page cannot read. Reload the page.', res.status);
    return parsed.data;
  }

  return {
    login: async (username, password) => (await call('POST', '/auth/login', userReply, { username, password })).user,
    logout: async () => {
      await call('POST', '/auth/logout', z.unknown(), {});
    },
    me: async () => (await call('GET', '/auth/me', userReply)).user,
    queue: () => call('GET', '/queue', queueSnapshotSchema),
    consultation: (id) => call('GET', `/consultations/${id}`, consultationDetailSchema),
    claim: (id) => call('POST', `/consultations/${id}/claim`, commandReply, {}),
    release: (id) => call('POST', `/consultations/${id}/release`, commandReply, {}),
  };
}
