// Generates a history into a database file: the hub opened in-process on a manual clock (no request
// reaches its HTTP side), its organisations set up, the simulation run through the bulk path or the
// command path, the figures' rollups rebuilt (timed apart), then the checks, and the figures (rate,
// size on disk) the run ends with. Used by `npm run seed:history`, its tests and the bench.
import { existsSync, statSync } from 'node:fs';
import { requestCount, setGenerationDurability } from '../../../db/seed/history/queries';
import { startHub } from '../../app';
import { rebuildStats } from '../../commands/rebuildStats';
import { SYSTEM_ACTOR } from '../../../shared/lifecycle/events';
import { bulkBackend, commandBackend, type HistoryPath } from './backends';
import { manualClock } from '../../clock';
import { createLogger } from '../../logger';
import type { HistoryOptions } from './options';
import { historyPractices, historyStaff } from './organisation';
import { workingDays } from './patterns';
import { setUpOrganisation } from './setup';
import { simulate, type Progress } from './simulator';
import { checkAudit, checkLiability, type LiabilityVerdict } from './verify';
import { DEFAULT_HUB_CALENDAR } from '../../../shared/time/hubCalendar';

export interface HistorySummary extends Progress {
  path: HistoryPath;
  days: number;
  workingDays: number;
  /** Generating the requests, the rate's denominator. */
  seconds: number;
  /** Rebuilding the figures' rollups from the generated rows, after generating. */
  statsSeconds: number;
  requestsPerSecond: number;
  commandsPerSecond: number;
  /** The database file with its WAL, after the final checkpoint. */
  bytesOnDisk: number;
  liability: LiabilityVerdict;
  audit: { ok: boolean; rows: number; problems: string[] };
  ok: boolean;
}

export class HistoryRefused extends Error {}

export const bytesOnDisk = (path: string) => ['', '-wal', '-shm'].reduce((sum, suffix) => sum + (existsSync(path + suffix) ? statSync(path + suffix).size : 0), 0);

export async function generateHistory(options: HistoryOptions, onProgress?: (p: Progress, final?: boolean) => void): Promise<HistorySummary> {
  // The range's working days on the default calendar, to find where the clock starts; the hub's own calendar decides the rest.
  const firstDays = workingDays(options.end, options.days, DEFAULT_HUB_CALENDAR);
  const clock = manualClock(firstDays[0]?.open ?? Date.parse(`${options.end}T08:00:00Z`));
  const hub = await startHub({ dbPath: options.db, clock, log: createLogger('silent') });
  const started = Date.now();
  let progress: Progress;
  let seconds = 0;
  let statsSeconds = 0;
  try {
    if (requestCount(hub.db) > 0 && !options.append) {
      throw new HistoryRefused(`${options.db} already holds requests; pass --append to add a history to it, or name a new file with --db`);
    }
    const days = workingDays(options.end, options.days, hub.settings().calendar);
    // An appended history keeps the membership and list size each practice already has in the file,
    // so a stopped run continued with --append sends requests as the first run would have.
    const practices = historyPractices(options.practices, days[0]?.date ?? options.end, options.seed).map((p) => {
      const row = hub.db.q.practices.byOds(p.ods);
      return row ? { ...p, memberSince: row.memberSince, memberUntil: row.memberUntil, listSize: row.listSize ?? p.listSize } : p;
    });
    const staff = setUpOrganisation(hub.db, practices, historyStaff(practices));
    hub.directory.refresh();
    if (options.durability === 'off') setGenerationDurability(hub.db, 'off');
    const until = Math.min(days.at(-1)?.close ?? 0, Date.now());
    const backend = options.path === 'bulk' ? bulkBackend(hub) : commandBackend(hub);
    progress = await simulate({ hub: Object.assign(hub, { clock }), backend, days, practices, staff, seed: options.seed, until, onProgress });
    await hub.db.drain();
    onProgress?.(progress, true);
    seconds = (Date.now() - started) / 1000;
    // Both paths end the same way: every facts row rebuilt from the rows written (the bulk path deferred them).
    await hub.execute(rebuildStats, { actor: SYSTEM_ACTOR, body: { force: true } });
    statsSeconds = (Date.now() - started) / 1000 - seconds;
    setGenerationDurability(hub.db, 'full');
  } catch (err) {
    await hub.close();
    throw err;
  }
  const liability = checkLiability(hub.db);
  await hub.close();
  const audit = checkAudit(options.db);
  return {
    ...progress,
    path: options.path,
    days: options.days,
    workingDays: progress.daysTotal,
    seconds,
    statsSeconds,
    requestsPerSecond: progress.requests / seconds,
    commandsPerSecond: progress.commands / seconds,
    bytesOnDisk: bytesOnDisk(options.db),
    liability,
    audit,
    ok: liability.problemCount === 0 && audit.ok,
  };
}
