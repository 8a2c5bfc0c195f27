// Structured logs, one line per event. Patient fields are redacted by configuration here,
// never by hand at each call site. On a person's terminal the records are pretty-printed and the
// routine ones (a 2xx request, a committed change) drop to debug, so `npm start`'s banner stays in
// view; piped or in production they are JSON lines, every one as before.
import pino, { type DestinationStream, type Level, type Logger } from 'pino';
import pretty from 'pino-pretty';

const PATIENT_FIELDS = ['nhsNumber', 'givenName', 'familyName', 'birthDate', 'phone', 'email', 'text', 'patient', 'answers'];

export type LogFormat = 'json' | 'pretty';

/** JSON unless a person is watching: stdout a terminal and not production. EHUB_LOG_FORMAT forces either. */
export function chooseLogFormat(env: { EHUB_LOG_FORMAT?: LogFormat; NODE_ENV?: string }, stdoutIsTTY: boolean): LogFormat {
  if (env.EHUB_LOG_FORMAT) return env.EHUB_LOG_FORMAT;
  return stdoutIsTTY && env.NODE_ENV !== 'production' ? 'pretty' : 'json';
}

export interface LoggerOptions {
  format?: LogFormat;
  /** Where records go; stdout unless a test catches them. */
  destination?: DestinationStream | NodeJS.WritableStream;
}

// The level of routine lines, per logger: info in JSON (every request stays in the record), debug
// on a terminal. A logger made elsewhere (a test's own pino) logs them at info.
const routineLevels = new WeakMap<Logger, Level>();

/** The level for lines that say all is well: a 2xx request, a committed change. */
export const routineLevel = (log: Logger): Level => routineLevels.get(log) ?? 'info';

export function createLogger(level: string, options: LoggerOptions = {}): Logger {
  const format = options.format ?? 'json';
  const config = {
    level,
    redact: {
      paths: [...PATIENT_FIELDS, ...PATIENT_FIELDS.map((f) => `*.${f}`), 'req.headers.cookie', 'req.headers.authorization', 'password'],
      censor: '[redacted]',
    },
  };
  if (format === 'json') return options.destination ? pino(config, options.destination) : pino(config);
  // A stream in this process, not a transport's worker thread: the bundled server needs no file
  // to resolve at run time, and a line is written before the next one is formatted. Redaction
  // happens in pino before the line reaches it, so it holds here too.
  const stream = pretty({ sync: true, destination: options.destination ?? 1, ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss' });
  const log = pino(config, stream);
  routineLevels.set(log, 'debug');
  return log;
}

export type { Logger };
