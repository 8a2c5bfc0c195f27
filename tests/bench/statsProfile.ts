// Where a manager's dashboard reload goes on the hub's main thread (docs/benchmarks.md, S3): a hub on a
// copy of a generated history, five managers (statsManagers.ts, another process) reloading the 30-day
// dashboard for PROFILE_SECONDS, and this process run under `node --cpu-prof`. Prints reloads per
// second and the hub's CPU per reload; the profile says where it went.
//   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx tests/bench/statsProfile.ts <history.sqlite> [figures]
// (`figures`: the nine per-figure GETs the page asked before GET /api/stats/dashboard.)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHub } from '../../server/app';
import { copyHistory, dashboardPaths, figurePaths, managerSession, startManagers } from './statsPhase';

const [file, mode] = process.argv.slice(2);
const seconds = Number(process.env.PROFILE_SECONDS ?? 10);
const work = mkdtempSync(join(tmpdir(), 'statsprof-'));
const hub = await startHub({ dbPath: copyHistory(file!, work), port: 0 });
// Five people, each paced by the hub as any person is (server/stats/pacing.ts).
const cookies: string[] = [];
for (let n = 1; n <= 5; n++) cookies.push(await managerSession(hub, n));
const last = (hub.db.orm.$client.prepare('select max(received_day) as d from request_facts').get() as { d: string }).d;
const from = new Date(Date.parse(`${last}T00:00:00Z`) - 29 * 86_400_000).toISOString().slice(0, 10);
const paths = mode === 'figures' ? figurePaths(from, last) : dashboardPaths(from, last);
const managers = await startManagers(hub.url, cookies, paths, 0);
await managers.reload();
const before = process.cpuUsage();
await new Promise((r) => setTimeout(r, seconds * 1000));
const used = process.cpuUsage(before);
const reloads = await managers.pause();
managers.close();
const ms = (used.user + used.system) / 1000;
console.log(`${paths.length} GETs a reload; ${reloads} reloads in ${seconds} s (${(reloads / seconds).toFixed(0)}/s); hub CPU ${(ms / seconds).toFixed(0)} ms/s, ${(ms / reloads).toFixed(2)} ms per reload`);
await hub.close();
// The copy is the size of the history (gigabytes over two years): never left behind.
rmSync(work, { recursive: true, force: true });
process.exit(0);
