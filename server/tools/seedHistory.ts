// `npm run seed:history -- --days 730 --practices 40`: years of realistic requests, written by the
// bulk path (or `--path commands`, through the executor), then checked (liability contiguous, audit chain verifying).
// docs/history.md. Exit code 0 when the checks pass, 1 when they do not, 2 for refused options.
import { formatSeconds, progressBar } from './history/progressBar';
import { HistoryRefused, generateHistory } from './history/generate';
import { USAGE, UsageError, parseHistoryOptions } from './history/options';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main(): Promise<number> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const options = parseHistoryOptions(process.argv.slice(2));
  console.error(`seed:history: ${options.days} days to ${options.end}, ${options.practices} practices, seed ${options.seed}, ${options.path} path, into ${options.db}`);
  const bar = options.quiet ? undefined : progressBar();
  const summary = await generateHistory(options, bar);
  const { liability, audit } = summary;
  console.log(
    liability.problemCount === 0
      ? `liability: ${liability.requests} requests, ${liability.intervals} intervals, all contiguous from arrival`
      : `liability: ${liability.problemCount} problems, e.g.\n  ${liability.problems.join('\n  ')}`,
  );
  console.log(audit.ok ? `audit chain: ${audit.rows} rows, verifies` : `audit chain: does NOT verify\n  ${audit.problems.join('\n  ')}`);
  console.log(
    `${summary.requests} requests over ${summary.days} days (${summary.workingDays} working), ${summary.commands} commands (${summary.refused} refused and re-planned) ` +
      `in ${formatSeconds(summary.seconds)} (${summary.path} path): ${Math.round(summary.requestsPerSecond)} requests/s, ${Math.round(summary.commandsPerSecond)} commands/s; ` +
      `figures rebuilt in ${formatSeconds(summary.statsSeconds)}; database ${mb(summary.bytesOnDisk)} on disk`,
  );
  return summary.ok ? 0 : 1;
}

main().then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    if (err instanceof UsageError || err instanceof HistoryRefused) {
      console.error(err.message);
      process.exitCode = 2;
      return;
    }
    throw err;
  },
);
