// G1: the history generator's rate and the database's size on disk (issue #15; docs/benchmarks.md,
// "History generator"), on both paths: the bulk path (the default) and the command path it must
// match (docs/history.md, "Two paths"). A shorter run than two years × 40 practices, measured, then
// extrapolated linearly to 1.5 million requests, and labelled so: the rate falls as the file and its
// indexes grow, so the extrapolated time is a floor, not an estimate.
import { join } from 'node:path';
import { generateHistory } from '../../server/tools/history/generate';
import type { HistoryPath } from '../../server/tools/history/backends';
import { detail, fmt, section, type Figure } from './report';
import { startStealMeter } from './machine';

/** The issue's history: two years × 40 practices, about 1.5 million requests. */
const FULL_REQUESTS = 1_500_000;
/** The issue's wish for the full history: under 30 minutes. */
const FULL_TARGET_SECONDS = 30 * 60;

async function onePath(figures: Figure[], path: HistoryPath, options: { dir: string; days: number; practices: number }): Promise<void> {
  section(`History generator, ${path} path: ${options.days} days × ${options.practices} practices (seed:history --path ${path})`);
  const steal = startStealMeter();
  const cpu = process.cpuUsage();
  const summary = await generateHistory({
    days: options.days,
    practices: options.practices,
    db: join(options.dir, `history-${path}.sqlite`),
    seed: 1,
    // Fixed, so every run generates the same requests: the weeks before it are the winter's start.
    end: '2026-11-30',
    append: false,
    durability: 'off',
    quiet: true,
    path,
  });
  const used = process.cpuUsage(cpu);
  // The CPU of generating alone: the figures' rebuild and the checks are after it.
  const cpuSeconds = (used.user + used.system) / 1e6;
  const bytesPerRequest = summary.bytesOnDisk / Math.max(1, summary.requests);
  const projectedSeconds = FULL_REQUESTS / summary.requestsPerSecond;
  detail(`${summary.requests} requests over ${summary.workingDays} working days, ${summary.commands} commands (${summary.refused} refused and re-planned)`);
  detail(`wall ${summary.seconds.toFixed(0)} s generating + ${summary.statsSeconds.toFixed(1)} s rebuilding the figures; process CPU ${cpuSeconds.toFixed(0)} s in all (generation, rebuild, checks)`);
  detail(`${summary.commandsPerSecond.toFixed(0)} commands/s; ${(bytesPerRequest / 1024).toFixed(1)} KiB on disk per request`);
  detail(`checks: liability ${summary.liability.problemCount === 0 ? 'contiguous' : `${summary.liability.problemCount} problems`}, audit chain ${summary.audit.ok ? 'verifies' : 'BROKEN'}`);
  const measuredSteal = steal.read();
  figures.push({
    name: `G1. history rate, ${path} path (${options.days} d × ${options.practices} practices)`,
    target: '(info)',
    // Per CPU-second too: on a shared machine the wall rate says as much about the neighbours.
    measured: `${summary.requestsPerSecond.toFixed(0)} requests/s wall, ${(summary.requests / cpuSeconds).toFixed(0)} per CPU-second`,
    steal: measuredSteal,
  });
  figures.push({ name: `G1. database on disk, ${path} path`, target: '(info)', measured: `${fmt.mb(summary.bytesOnDisk)} for ${summary.requests} requests` });
  figures.push({
    name: `G1. 1.5 M requests, ${path} path, EXTRAPOLATED linearly`,
    target: `< ${FULL_TARGET_SECONDS / 60} min`,
    measured: `≥ ${(projectedSeconds / 60).toFixed(0)} min, ≈ ${fmt.mb(bytesPerRequest * FULL_REQUESTS)}`,
    pass: projectedSeconds < FULL_TARGET_SECONDS && summary.ok,
    steal: measuredSteal,
  });
}

export async function historyPhase(figures: Figure[], options: { dir: string; days: number; practices: number }): Promise<void> {
  await onePath(figures, 'bulk', options);
  await onePath(figures, 'commands', options);
}
