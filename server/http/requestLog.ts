// One structured log line per HTTP request: method, route pattern, status, duration. The route
// pattern (/api/consultations/:id) rather than the URL, and never a body, so no patient data.
// A 2xx or 3xx is routine (debug on a terminal); 4xx and 5xx always show.
import type { RequestHandler } from 'express';
import { routineLevel, type Logger } from '../logger';

export function requestLog(log: Logger): RequestHandler {
  const routine = routineLevel(log);
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const route = req.route?.path ? `${req.baseUrl}${req.route.path}` : 'unmatched';
      const level = res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : routine;
      log[level]({ method: req.method, route, status: res.statusCode, ms: Math.round(ms * 10) / 10 }, 'request');
    });
    next();
  };
}
