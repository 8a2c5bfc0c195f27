// Environment settings (README.md, Settings), parsed once at start with clear messages for bad values.
// A message names the variable and the rule, never the value: NOTIFY_API_KEY is a secret.
import { z } from 'zod';
import { NOTIFY_PRODUCTION_URL, type NotifyConfig } from './messaging/notifyTransport';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** Notify's key form: the key's name, the service id and the secret, joined by hyphens. */
const NOTIFY_KEY = new RegExp(`^\\S+-${UUID}-${UUID}$`, 'i');
const templateId = (variable: string) => z.string().regex(new RegExp(`^${UUID}$`, 'i'), `${variable} must be a Notify template id (a UUID)`).optional();

const envSchema = z
  .object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  EHUB_DB: z.string().min(1).default('data/e-hub.sqlite'),
  EHUB_DEMO: z.enum(['0', '1']).default('1'),
  EHUB_DEMO_PASSWORD: z.string().min(8).optional(),
  EHUB_DEMO_INTAKE_KEY: z.string().min(16).optional(),
  EHUB_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Unset: pretty on a terminal outside production, JSON otherwise (server/logger.ts). */
  EHUB_LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  NODE_ENV: z.string().optional(),
  /** Set when the hub sits behind TLS, so the session cookie is marked Secure. */
  EHUB_SECURE_COOKIES: z.enum(['0', '1']).default('0'),
  /**
   * Origins besides the hub's own whose pages may call the API and open the socket, comma-separated
   * (e.g. the Vite dev server, http://localhost:5173). Empty: the hub's own pages only.
   */
  EHUB_ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((list) => list.split(',').map((o) => o.trim()).filter(Boolean))
    .refine((origins) => origins.every((o) => URL.canParse(o) && new URL(o).origin === o), {
      message: 'a comma-separated list of origins like https://hub.example.nhs.uk (scheme and host, no path or trailing slash)',
    }),
  /** Set: patient messages go through GOV.UK Notify; unset: the embedded transport (docs/notify.md). */
  NOTIFY_API_KEY: z
    .string()
    .regex(NOTIFY_KEY, 'not a GOV.UK Notify API key (expected the form name-<service id>-<secret id>, as Notify shows it; the value is not printed)')
    .optional(),
  NOTIFY_BASE_URL: z
    .string()
    .default(NOTIFY_PRODUCTION_URL)
    .refine((url) => URL.canParse(url) && /^https?:$/.test(new URL(url).protocol), { message: 'an http(s) URL, e.g. https://api.notifications.service.gov.uk' }),
  NOTIFY_SMS_TEMPLATE_ID: templateId('NOTIFY_SMS_TEMPLATE_ID'),
  NOTIFY_EMAIL_TEMPLATE_ID: templateId('NOTIFY_EMAIL_TEMPLATE_ID'),
  /** The bearer token Notify sends with delivery receipts; unset, every callback is refused. */
  NOTIFY_CALLBACK_TOKEN: z.string().min(16, 'at least 16 characters (the bearer token given to Notify for its callbacks; the value is not printed)').optional(),
  })
  .superRefine((env, ctx) => {
    if (!env.NOTIFY_API_KEY) return;
    for (const variable of ['NOTIFY_SMS_TEMPLATE_ID', 'NOTIFY_EMAIL_TEMPLATE_ID'] as const) {
      if (!env[variable]) ctx.addIssue({ code: 'custom', path: [variable], message: 'required when NOTIFY_API_KEY is set: the Notify template whose content is ((body))' });
    }
  });

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Bad environment: ${problems}`);
  }
  return parsed.data;
}

/** How the hub sends patient messages: GOV.UK Notify when a key is set, else the embedded transport. */
export function messagingFromEnv(env: Env): { notify?: NotifyConfig; callbackToken?: string } {
  const notify = env.NOTIFY_API_KEY
    ? { apiKey: env.NOTIFY_API_KEY, baseUrl: env.NOTIFY_BASE_URL, smsTemplateId: env.NOTIFY_SMS_TEMPLATE_ID!, emailTemplateId: env.NOTIFY_EMAIL_TEMPLATE_ID! }
    : undefined;
  return { ...(notify ? { notify } : {}), ...(env.NOTIFY_CALLBACK_TOKEN ? { callbackToken: env.NOTIFY_CALLBACK_TOKEN } : {}) };
}
