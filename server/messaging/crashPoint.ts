// A hook for the crash tests only (tests/integration/messageCrash.test.ts): with EHUB_CRASH_POINT set
// to a point's name, the process kills itself with SIGKILL there, as a power cut would, so the test can
// show that a restart sends the message exactly once. Unset (always, outside those tests) it does nothing.
export type CrashPoint = 'after-send-started' | 'after-notify-accepted';

const armed = process.env.EHUB_CRASH_POINT;

export function crashPoint(point: CrashPoint): void {
  if (armed === point) process.kill(process.pid, 'SIGKILL');
}
