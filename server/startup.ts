// What `npm start` does once the environment is read: opens the hub on its database, seeds and
// animates the demo hub when asked, and returns the banner that tells a person how to sign in.
// main.ts prints it; tests call this with their own environment and install folder.
import { join, resolve } from 'node:path';
import { bankHolidayTableCovers } from '../shared/time/bankHolidays';
import { startHub, type Hub } from './app';
import { messagingFromEnv, type Env } from './config';
import { seedDemo, startDemoPharmacies, startDemoTrickle } from './demo';
import { loadDemoSecrets, type LoadedDemoSecrets, type SecretSource } from './demoSecrets';
import type { Logger } from './logger';

export interface Started {
  hub: Hub;
  /** Plain lines for a person at the terminal, not log records. */
  banner: string[];
  stop(): Promise<void>;
}

export async function startFromEnv(env: Env, options: { installRoot: string; log: Logger }): Promise<Started> {
  const { log, installRoot } = options;
  const dbPath = resolve(installRoot, env.EHUB_DB);
  const hub = await startHub({
    dbPath,
    port: env.PORT,
    host: '0.0.0.0',
    log,
    clientDir: join(installRoot, 'dist', 'client'),
    secureCookies: env.EHUB_SECURE_COOKIES === '1',
    allowedOrigins: env.EHUB_ALLOWED_ORIGINS,
    autoSchedule: true,
    messaging: messagingFromEnv(env),
  });

  const year = new Date().getFullYear();
  if (!bankHolidayTableCovers(year) || !bankHolidayTableCovers(year + 1)) {
    log.warn({ year }, 'the bank holiday table does not cover this year and next: update shared/time/bankHolidays.ts');
  }

  const banner = [`e-hub is running at http://localhost:${hub.port}`, `database: ${dbPath}`];
  const stoppers: (() => void)[] = [];
  if (env.EHUB_DEMO === '1') {
    // After startHub: the database's folder exists by now, and the secrets file sits beside it.
    const secrets = loadDemoSecrets(env, dbPath);
    const { seeded } = await seedDemo(hub, secrets);
    stoppers.push(startDemoTrickle(hub), startDemoPharmacies(hub));
    banner.push(
      seeded ? 'demo hub seeded: 10 practices, about 60 requests, a new one every minute or so' : 'demo hub: existing data kept, new requests trickling in',
      'sign in as coordinator1…coordinator6, anp1, anp2, pharmacist1, physio1, lead1, manager1, practice1 or admin1',
      ...secretLines(secrets),
    );
  }
  return {
    hub,
    banner,
    async stop() {
      for (const stopTimer of stoppers) stopTimer();
      await hub.close();
    },
  };
}

const WHERE: Record<SecretSource, (file: string, variable: string) => string> = {
  env: (_file, variable) => `from ${variable}`,
  new: (file) => `made on this first start and kept in ${file}`,
  file: (file) => `kept in ${file} since the first start`,
};

function secretLines(secrets: LoadedDemoSecrets): string[] {
  const lines = [
    `password: ${secrets.password} (${WHERE[secrets.source.password](secrets.file, 'EHUB_DEMO_PASSWORD')})`,
    `practice intake key: ${secrets.intakeKey} (${WHERE[secrets.source.intakeKey](secrets.file, 'EHUB_DEMO_INTAKE_KEY')})`,
  ];
  if (secrets.source.password !== 'env' || secrets.source.intakeKey !== 'env') {
    lines.push(`the same ones work after a restart; delete that file for new ones, or set EHUB_DEMO_PASSWORD / EHUB_DEMO_INTAKE_KEY`);
  }
  return lines;
}
