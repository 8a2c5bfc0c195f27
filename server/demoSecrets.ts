// The demo hub's sign-in password and practice intake key. The first start makes them and keeps
// them in a file beside the database, so the password printed yesterday still works today; the
// environment (EHUB_DEMO_PASSWORD, EHUB_DEMO_INTAKE_KEY) wins over the file.
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

const storedSchema = z.object({ password: z.string().min(8), intakeKey: z.string().min(16) });

export type DemoSecrets = z.infer<typeof storedSchema>;

/** Where each secret came from: the environment, the kept file, or made by this start (and kept). */
export type SecretSource = 'env' | 'file' | 'new';

export interface LoadedDemoSecrets extends DemoSecrets {
  file: string;
  source: { password: SecretSource; intakeKey: SecretSource };
}

/** The file beside the database that keeps the demo secrets between starts. */
export const demoSecretsFile = (dbPath: string) => `${dbPath}.demo-secrets.json`;

const generate = (): DemoSecrets => ({
  password: randomBytes(9).toString('base64url'),
  intakeKey: `ehub_demo_${randomBytes(18).toString('base64url')}`,
});

function readKept(file: string): DemoSecrets | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  const parsed = storedSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`e-hub: ${file} does not hold the demo secrets; delete it and start again for new ones`);
  return parsed.data;
}

/**
 * The kept secrets, or new ones written with 'wx' (never over a file another start has just made)
 * and mode 0600 (only the hub's own user may read a password). A file is made only when the
 * environment leaves something to keep.
 */
function keptOrNew(file: string): { secrets: DemoSecrets; made: boolean } {
  const kept = readKept(file);
  if (kept) return { secrets: kept, made: false };
  const secrets = generate();
  try {
    writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { flag: 'wx', mode: 0o600 });
    return { secrets, made: true };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    return { secrets: readKept(file)!, made: false };
  }
}

export function loadDemoSecrets(env: { EHUB_DEMO_PASSWORD?: string; EHUB_DEMO_INTAKE_KEY?: string }, dbPath: string): LoadedDemoSecrets {
  const file = demoSecretsFile(dbPath);
  const fromEnv = { password: env.EHUB_DEMO_PASSWORD, intakeKey: env.EHUB_DEMO_INTAKE_KEY };
  const kept = fromEnv.password !== undefined && fromEnv.intakeKey !== undefined ? undefined : keptOrNew(file);
  const pick = (name: keyof DemoSecrets) => {
    const value = fromEnv[name];
    if (value !== undefined) return { value, source: 'env' as const };
    return { value: kept!.secrets[name], source: kept!.made ? ('new' as const) : ('file' as const) };
  };
  const password = pick('password');
  const intakeKey = pick('intakeKey');
  return { password: password.value, intakeKey: intakeKey.value, file, source: { password: password.source, intakeKey: intakeKey.source } };
}
