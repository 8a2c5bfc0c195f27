// `npm start`: reads the environment, starts the hub (startup.ts) and prints how to sign in as
// plain lines on stdout, apart from the log records.
import { INSTALL_ROOT } from '../db/installRoot';
import { readEnv } from './config';
import { chooseLogFormat, createLogger } from './logger';
import { startFromEnv } from './startup';

const env = readEnv();
const log = createLogger(env.EHUB_LOG_LEVEL, { format: chooseLogFormat(env, process.stdout.isTTY === true) });
const started = await startFromEnv(env, { installRoot: INSTALL_ROOT, log });
process.stdout.write(`\n${started.banner.map((l) => `  ${l}`).join('\n')}\n\n`);

const shutdown = async () => {
  await started.stop();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
