// Assembles one hub: database, command path, HTTP routes, Socket.IO and the scheduler.
// Tests start it on a free port with a temporary database and their own clock.
import express from 'express';
import helmet from 'helmet';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, type HubDatabase } from '../db/open';
import { startCheckpoints } from '../db/checkpoints';
import { createSessions } from './auth/sessions';
import { createLoginThrottle, type LoginThrottle } from './auth/throttle';
import { systemClock, type Clock } from './clock';
import { admit } from './commands/admit';
import type { IntakeRequest } from '../shared/schemas/intake';
import type { Actor } from '../shared/lifecycle/events';
import { createExecutor } from './commands/execute';
import type { NoticeTopic } from '../shared/schemas/api';
import type { Committed } from './commands/lifecycleStep';
import { createDirectory } from './directory';
import { errorHandler, notFound } from './http/errors';
import { requestLog } from './http/requestLog';
import { normaliseOrigins, sameOrigin } from './http/sameOrigin';
import { createLogger, routineLevel, type Logger } from './logger';
import { createRealtime } from './realtime';
import { authRoutes } from './routes/auth';
import { consultationRoutes } from './routes/consultations';
import { adminRoutes } from './routes/admin';
import { adminOrganisationRoutes } from './routes/adminOrganisations';
import { adminStaffRoutes } from './routes/adminStaff';
import { directoryRoutes } from './routes/directory';
import { healthRoutes } from './routes/health';
import { intakeRoutes } from './routes/intake';
import { integrationRoutes } from './routes/integrations';
import { liabilityRoutes } from './routes/liability';
import { rotaRoutes } from './routes/rota';
import { reviewRoutes } from './routes/reviews';
import { messageRoutes } from './routes/messages';
import { searchRoutes } from './routes/search';
import { inboxRoutes } from './routes/inbox';
import type { StatsPacing } from './stats/pacing';
import { statsRoutes } from './routes/stats';
import { inlineStatsReader, type StatsReader } from './stats/reader';
import { workerStatsReader } from './stats/workerReader';
import { rebuildStats } from './commands/rebuildStats';
import { createScheduler } from './scheduler';
import { createDispatcher, type DispatcherOptions } from './messaging/dispatcher';
import { createEmbeddedTransport } from './messaging/embeddedTransport';
import type { NotifyConfig } from './messaging/notifyTransport';
import type { MessageTransport } from './messaging/transport';
import { createWorkerTransport } from './messaging/workerTransport';
import { notifyCallbackRoutes } from './routes/notifyCallback';
import { establishProtocol } from './commands/establishProtocol';
import { SYSTEM_ACTOR } from '../shared/lifecycle/events';
import { DEFAULT_PROTOCOL_CONTENT } from '../shared/schemas/protocol';
import { protocolRoutes } from './routes/protocol';
import { protocolInForce, settingsToRunOn, type HubSettings, type ProtocolInForce, type StoredSettings } from './settings';
import { createItemCache } from './views/itemCache';
import { createQueueView } from './views/queue';

export interface HubOptions {
  dbPath: string;
  port?: number;
  host?: string;
  clock?: Clock;
  settings?: StoredSettings;
  log?: Logger;
  /** Folder of the built client to serve; omitted in API-only tests. */
  clientDir?: string;
  secureCookies?: boolean;
  /** Run the scheduler on a timer (tests call tick() themselves). */
  autoSchedule?: boolean;
  /** Other origins whose pages may call the API and open the socket (EHUB_ALLOWED_ORIGINS). */
  allowedOrigins?: string[];
  /**
   * Overrides the admin's idle lock for sessions (idleLockMinutes, docs/admin.md): test hubs whose clock jumps
   * hours between one user's requests pass the session's own 12 hours; left out, the setting holds.
   */
  sessionIdleMinutes?: number;
  /** Login throttle counters; a test may pass one with short windows or its own slowdown. */
  loginThrottle?: LoginThrottle;
  /** Each person's turn for figures (server/stats/pacing.ts); a test may pass one that never makes them wait. */
  statsPacing?: StatsPacing;
  /** Patient messages (docs/notify.md): Notify when configured, else the embedded transport; a test may pass its own. */
  messaging?: { notify?: NotifyConfig; transport?: MessageTransport; dispatcher?: DispatcherOptions; callbackToken?: string };
}

export async function startHub(options: HubOptions) {
  const clock = options.clock ?? systemClock;
  const log = options.log ?? createLogger('silent');
  const db: HubDatabase = openDatabase(options.dbPath);
  // The log is copied back into the file on a thread of its own, not inside a person's commit (db/checkpoints.ts).
  const checkpoints = options.dbPath === ':memory:' ? undefined : startCheckpoints(options.dbPath, (message) => log.warn({ err: message }, 'WAL checkpoint failed; the writer checkpoints on its own meanwhile'));
  // The figures on a worker thread's read-only connection; a database in memory is this connection's alone.
  const stats: StatsReader = options.dbPath === ':memory:' ? inlineStatsReader(db) : workerStatsReader(options.dbPath, { log });
  // Stored settings win over defaults, unless they could stall the SLA clock; a test may pin its own.
  const stored = settingsToRunOn(db.q.settings.load(), new Date(clock.now()));
  if (stored.refused) log.error({ refused: stored.refused }, 'stored hub settings refused; running on the defaults until an admin saves new ones');
  // The protocol in force is read (or, at a first start, carried over from settings) once the command path exists, below.
  const untilEstablished = protocolInForce({ id: 0, label: 'CN v3', content: DEFAULT_PROTOCOL_CONTENT, signOffs: [] });
  let settings: HubSettings = { ...(options.settings ?? stored.settings), protocol: untilEstablished };
  const directory = createDirectory(db);
  const sessions = createSessions(db, clock, directory, () => (options.sessionIdleMinutes ?? settings.idleLockMinutes) * 60_000);
  const loginThrottle = options.loginThrottle ?? createLoginThrottle();
  const items = createItemCache(directory);
  const queue = createQueueView(db, directory, items);

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  const httpServer = createServer(app);
  const allowedOrigins = normaliseOrigins(options.allowedOrigins);
  const realtime = createRealtime(httpServer, { db, sessions, queue, items, directory, clock, allowedOrigins });

  const routine = routineLevel(log);
  const executorDeps = {
    db,
    clock,
    directory,
    settings: () => settings,
    services: {
      setSettings: (next: StoredSettings) => {
        settings = { ...next, protocol: settings.protocol };
      },
      setProtocol: (next: ProtocolInForce) => {
        settings = { ...settings, protocol: next };
      },
      forgetSession: (tokenHash: string) => sessions.forget(tokenHash),
      sessionsEnded: () => realtime.disconnectEndedSessions(),
      unlockSignIn: (username: string) => loginThrottle.unlock(username),
    },
    onCommitted: (change: Committed) => {
      log[routine]({ change: change.type, consultationId: change.row.id, status: change.row.status, seq: change.seq }, 'committed');
      realtime.publish(change);
      // A decision may have queued a patient message in its transaction: the dispatcher looks at once.
      dispatcher.wake();
    },
    onNotice: (topic: NoticeTopic) => {
      realtime.notice(topic);
      if (topic === 'messages') dispatcher.wake();
    },
  };
  const execute = createExecutor(executorDeps);
  const scheduler = createScheduler({ db, clock, execute, log, sessionUse: { activity: () => sessions.takeActivity(), idleMinutes: options.sessionIdleMinutes } });
  const messaging = options.messaging ?? {};
  // Notify's calls run on a worker thread (docs/notify.md); the embedded transport costs nothing worth moving.
  const transport = messaging.transport ?? (messaging.notify ? createWorkerTransport(messaging.notify, { log }) : createEmbeddedTransport(clock));
  const dispatcher = createDispatcher({ db, clock, execute, transport, log, options: messaging.dispatcher });
  await execute(establishProtocol, { actor: SYSTEM_ACTOR, body: {} });
  // Requests the figures' rollup has no row for (an older database, a bulk load) are rolled up now.
  await execute(rebuildStats, { actor: SYSTEM_ACTOR, body: {} });

  app.use(requestLog(log));
  app.use(helmet());
  // API answers carry patient data and are always fresh: no browser keeps a copy on a shared
  // workstation's disk, and none is revalidated, so no ETag is worth hashing for them.
  app.set('etag', false);
  app.use('/api', (_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.use('/api', sameOrigin(allowedOrigins));
  app.use('/api', express.json({ limit: '100kb' }));
  // The queue and the commands first: every coordinator's and clinician's action is one of these,
  // and Express walks the routers in turn, entering each one mounted on a matching prefix.
  app.use('/api', consultationRoutes({ db, sessions, execute, queue, directory, clock }));
  app.use('/api/health', healthRoutes(db));
  app.use('/api/auth', authRoutes({ db, sessions, throttle: loginThrottle, secureCookies: options.secureCookies ?? false, execute }));
  app.use('/api/intake', intakeRoutes({ db, execute, clock }));
  app.use('/api', integrationRoutes({ db, execute, directory }));
  app.use('/api', notifyCallbackRoutes({ db, execute, log, token: messaging.callbackToken }));
  app.use('/api', liabilityRoutes({ db, sessions, directory, settings: () => settings }));
  app.use('/api', directoryRoutes({ db, sessions, settings: () => settings }));
  app.use('/api', rotaRoutes({ db, sessions, execute, directory, clock, settings: () => settings }));
  app.use('/api', adminRoutes({ sessions, execute, settings: () => settings }));
  app.use('/api', adminStaffRoutes({ db, sessions, execute, throttle: loginThrottle }));
  app.use('/api', protocolRoutes({ db, sessions, execute, settings: () => settings }));
  app.use('/api', reviewRoutes({ db, sessions, execute, directory, settings: () => settings }));
  app.use('/api', messageRoutes({ db, sessions, execute }));
  app.use('/api', searchRoutes({ sessions, execute }));
  app.use('/api', inboxRoutes({ sessions, execute }));
  app.use('/api', statsRoutes({ db, sessions, execute, clock, settings: () => settings, stats, pacing: options.statsPacing }));
  app.use('/api', adminOrganisationRoutes({ db, sessions, execute }));
  app.use('/api', notFound);
  if (options.clientDir && existsSync(options.clientDir)) {
    app.use(express.static(options.clientDir, { index: false, maxAge: '1h' }));
    // The SPA's own routes (/queue, /sign-in…) all load index.html.
    app.get(/^\/(?!api\/|socket\.io\/).*/, (_req, res) => res.sendFile(join(options.clientDir!, 'index.html')));
  }
  app.use(notFound);
  app.use(errorHandler(log));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  if (options.autoSchedule) {
    scheduler.start();
    dispatcher.start();
  }
  const { port } = httpServer.address() as AddressInfo;

  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    port,
    db,
    clock,
    log,
    execute,
    /** Admits a request as a practice system would (the demo, tests and benchmarks). */
    admit: (request: IntakeRequest, actor: Actor, idempotencyKey?: string) => execute(admit, { actor, body: { request, idempotencyKey } }),
    scheduler,
    dispatcher,
    directory,
    io: realtime.io,
    settings: () => settings,
    async close() {
      await scheduler.stop();
      await dispatcher.stop();
      await transport.close?.();
      await realtime.close();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await stats.close();
      // Changes already submitted finish committing (and are answered) before the file closes.
      await db.drain();
      await checkpoints?.stop();
      db.close();
    },
  };
}

export type Hub = Awaited<ReturnType<typeof startHub>>;
