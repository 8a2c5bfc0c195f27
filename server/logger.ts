// Structured logs, one line per event. Patient fields are redacted by configuration here,
// never by hand at each call site.
import pino, { type Logger } from 'pino';

const PATIENT_FIELDS = ['nhsNumber', 'givenName', 'familyName', 'birthDate', 'phone', 'email', 'text', 'patient', 'answers'];

export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: {
      paths: [...PATIENT_FIELDS, ...PATIENT_FIELDS.map((f) => `*.${f}`), 'req.headers.cookie', 'req.headers.authorization', 'password'],
      censor: '[redacted]',
    },
  });
}

export type { Logger };
