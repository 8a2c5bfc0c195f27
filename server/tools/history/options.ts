// The options of `npm run seed:history`, parsed once with messages that name the option.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { z } from 'zod';
import { INSTALL_ROOT } from '../../../db/installRoot';
import { readEnv } from '../../config';

const londonToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());

const optionsSchema = z.object({
  days: z.coerce.number().int().min(1, 'at least 1 day').max(3660, 'at most ten years'),
  practices: z.coerce.number().int().min(1, 'at least 1 practice').max(500, 'at most 500 practices'),
  db: z.string().min(1),
  seed: z.coerce.number().int().min(0).max(2 ** 31 - 1),
  end: z.iso.date('a calendar date written YYYY-MM-DD'),
  append: z.boolean(),
  /** off: no fsync while generating (docs/history.md, "Faster"); full: every commit durable, as the hub runs. */
  durability: z.enum(['off', 'full']),
  quiet: z.boolean(),
  /** bulk: the operations performed in long transactions (the default); commands: through the executor, for comparison (docs/history.md). */
  path: z.enum(['bulk', 'commands'], 'bulk or commands'),
});
export type HistoryOptions = z.infer<typeof optionsSchema>;

export const USAGE = `usage: npm run seed:history -- [--days 730] [--practices 40] [--db <file>] [--seed 1] [--end YYYY-MM-DD] [--append] [--durability off|full] [--path bulk|commands] [--quiet]
  --days         calendar days of history, ending on --end (default 730)
  --practices    member practices: the demo's first, then invented ones (default 40)
  --db           the database file (default the hub's, EHUB_DB: data/e-hub.sqlite)
  --seed         the random seed: the same seed and options make the same history (default 1)
  --end          the last day of history (default today, London; nothing is generated after now)
  --append       add to a file that already holds requests (refused otherwise)
  --durability   off (default): no fsync while generating, one checkpoint at the end; full: every commit durable
  --path         bulk (default): the same operations in long transactions, figures rebuilt at the end;
                 commands: every step through the hub's executor, as live (slower; for comparison)
  --quiet        no progress bar`;

export function parseHistoryOptions(argv: string[]): HistoryOptions {
  try {
    return parseValid(argv);
  } catch (err) {
    // parseArgs refuses an unknown option or a missing value with a TypeError: the same answer as a bad value.
    if (err instanceof TypeError) throw new UsageError(`${err.message}\n${USAGE}`);
    throw err;
  }
}

function parseValid(argv: string[]): HistoryOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      days: { type: 'string', default: '730' },
      practices: { type: 'string', default: '40' },
      db: { type: 'string' },
      seed: { type: 'string', default: '1' },
      end: { type: 'string' },
      append: { type: 'boolean', default: false },
      durability: { type: 'string', default: 'off' },
      quiet: { type: 'boolean', default: false },
      path: { type: 'string', default: 'bulk' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) throw new UsageError(USAGE);
  const parsed = optionsSchema.safeParse({
    ...values,
    db: values.db ? resolve(values.db) : resolve(INSTALL_ROOT, readEnv().EHUB_DB),
    end: values.end ?? londonToday(),
  });
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n') + `\n${USAGE}`);
  return parsed.data;
}

export class UsageError extends Error {}
