// Generates a history into a database file: the hub opened in-process on a manual clock, its
// organisations set up, the simulation run through the command path, then the checks, and the
// figures (rate, size on disk) the run ends with. Used by `npm run seed:history`, its tests and the bench.
import { existsSync, statSync } from 'node:fs';
import { requestCount, setGenerationDurability } from '../../../db/seed/history/queries';
import { startHub } from '../../app';
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
  days: number;
  workingDays: number;
  seconds: number;
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
  try {
    if (requestCount(hub.db) > 0 && !options.append) {
      throw new HistoryRefused(`${options.db} already holds requests; pass --append to add a history to it, or name a new file with --db`);
    }
    const days = workingDays(options.end, options.days, hub.settings().calendar);
    const practices = historyPractices(options.practices, days[0]?.date ?? options.end, options.seed);
    const staff = setUpOrganisation(hub.db, practices, historyStaff(practices));
    hub.directory.refresh();
    if (options.durability === 'off') setGenerationDurability(hub.db, 'off');
    const until = Math.min(days.at(-1)?.close ?? 0, Date.now());
    progress = await simulate({ hub: Object.assign(hub, { clock }), days, practices, staff, seed: options.seed, until, onProgress });
    await hub.db.drain();
    onProgress?.(progress, true);
    setGenerationDurability(hub.db, 'full');
  } catch (err) {
    await hub.close();
    throw err;
  }
  const seconds = (Date.now() - started) / 1000;
  const liability = checkLiability(hub.db);
  await hub.close();
  const audit = checkAudit(options.db);
  return {
    ...progress,
    days: options.days,
    workingDays: progress.daysTotal,
    seconds,
    requestsPerSecond: progress.requests / seconds,
    commandsPerSecond: progress.commands / seconds,
    bytesOnDisk: bytesOnDisk(options.db),
    liability,
    audit,
    ok: liability.problemCount === 0 && audit.ok,
  };
}
