// The one browser hub an e2e file shares: a hub serving the built client and a Chromium, started
// before the file's tests and stopped after them (tests/helpers/browser.ts startBrowserHub).
import { afterAll, beforeAll } from 'vitest';
import { startBrowserHub } from '../helpers/browser';

export type BrowserHub = Awaited<ReturnType<typeof startBrowserHub>>;

/**
 * Registers the file's start and stop, and returns the session they fill in: read `session.hub`,
 * `session.browser` and sign in from inside tests and later hooks, never at the top of the file.
 */
export function useBrowserHub(): BrowserHub {
  const session = {} as BrowserHub;
  beforeAll(async () => {
    Object.assign(session, await startBrowserHub());
  });
  // A start that failed left nothing to stop.
  afterAll(() => session.stop?.());
  return session;
}
