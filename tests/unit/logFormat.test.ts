// Which log format `npm start` writes: JSON lines wherever a program reads them, pretty lines only
// for a person at a terminal.
import { expect, it } from 'vitest';
import { chooseLogFormat } from '../../server/logger';

it('writes JSON lines when stdout is piped or redirected', () => {
  expect(chooseLogFormat({}, false)).toBe('json');
  expect(chooseLogFormat({ NODE_ENV: 'development' }, false)).toBe('json');
});

it('pretty-prints for a person at a terminal, outside production', () => {
  expect(chooseLogFormat({}, true)).toBe('pretty');
});

it('writes JSON lines in production, even on a terminal', () => {
  expect(chooseLogFormat({ NODE_ENV: 'production' }, true)).toBe('json');
});

it('lets EHUB_LOG_FORMAT force either', () => {
  expect(chooseLogFormat({ EHUB_LOG_FORMAT: 'json' }, true)).toBe('json');
  expect(chooseLogFormat({ EHUB_LOG_FORMAT: 'pretty' }, false)).toBe('pretty');
  expect(chooseLogFormat({ EHUB_LOG_FORMAT: 'pretty', NODE_ENV: 'production' }, false)).toBe('pretty');
});
