// Environment settings (README.md, Settings), parsed once at start with clear messages for bad values.
import { z } from 'zod';

const envSchema = z.object({
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
