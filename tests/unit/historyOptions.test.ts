// `npm run seed:history` options: the bulk path unless told otherwise, the command path on request,
// anything else refused naming the option (docs/history.md).
import { describe, expect, it } from 'vitest';
import { UsageError, parseHistoryOptions } from '../../server/tools/history/options';

describe('seed:history --path', () => {
  it('writes through the bulk path unless told otherwise', () => {
    expect(parseHistoryOptions(['--days', '5', '--db', '/tmp/x.sqlite']).path).toBe('bulk');
  });

  it('goes through the executor when asked for the command path', () => {
    expect(parseHistoryOptions(['--path', 'commands', '--db', '/tmp/x.sqlite']).path).toBe('commands');
  });

  it('refuses another path, naming the option', () => {
    expect(() => parseHistoryOptions(['--path', 'fast', '--db', '/tmp/x.sqlite'])).toThrow(UsageError);
    expect(() => parseHistoryOptions(['--path', 'fast', '--db', '/tmp/x.sqlite'])).toThrow(/--path: bulk or commands/);
  });
});
