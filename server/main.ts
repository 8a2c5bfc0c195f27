// `npm start`: opens (and migrates) the database, seeds the demo hub when asked, serves the
// built client, the API and Socket.IO on PORT, and prints how to sign in.
import { join, resolve } from 'node:path';
import { INSTALL_ROOT } from '../db/installRoot';
import { bankHolidayTableCovers } from '../shared/time/bankHolidays';
import { startHub } from './app';
import { readEnv } from './config';
import { demoSecrets, seedDemo, startDemoPharmacies, startDemoTrickle } from './demo';
import { createLogger } from './logger';

const env = readEnv();
const log = createLogger(env.EHUB_LOG_LEVEL);

const hub = await startHub({
  dbPath: resolve(INSTALL_ROOT, env.EHUB_DB),
  port: env.PORT,
  host: '0.0.0.0',
  log,
  clientDir: join(INSTALL_ROOT, 'dist', 'client'),
  secureCookies: env.EHUB_SECURE_COOKIES === '1',
  allowedOrigins: env.EHUB_ALLOWED_ORIGINS,
  autoSchedule: true,
});

const year = new Date().getFullYear();
if (!bankHolidayTableCovers(year) || !bankHolidayTableCovers(year + 1)) {
  log.warn({ year }, 'the bank holiday table does not cover this year and next: update shared/time/bankHolidays.ts');
}

const lines = [`e-hub is running at http://localhost:${hub.port}`, `database: ${resolve(INSTALL_ROOT, env.EHUB_DB)}`];
if (env.EHUB_DEMO === '1') {
  const secrets = demoSecrets(env);
  const { seeded } = await seedDemo(hub, secrets);
  startDemoTrickle(hub);
  startDemoPharmacies(hub);
  lines.push(
    seeded ? 'demo hub seeded: 10 practices, about 60 requests, a new one every minute or so' : 'demo hub: existing data kept, new requests trickling in',
    'sign in as coordinator1…coordinator6, anp1, anp2, pharmacist1, physio1, lead1, manager1, practice1 or admin1',
    `password: ${secrets.password}${env.EHUB_DEMO_PASSWORD ? ' (from EHUB_DEMO_PASSWORD)' : ' (random; set EHUB_DEMO_PASSWORD to choose one)'}`,
    `practice intake key: ${secrets.intakeKey}${env.EHUB_DEMO_INTAKE_KEY ? ' (from EHUB_DEMO_INTAKE_KEY)' : ''}`,
  );
}
console.log(`\n${lines.map((l) => `  ${l}`).join('\n')}\n`);

const shutdown = async () => {
  await hub.close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
