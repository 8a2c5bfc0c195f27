// A one-line progress bar on stderr: redrawn in place on a terminal, a line every 5% otherwise.
import type { Progress } from './simulator';

export function progressBar(stream: NodeJS.WriteStream = process.stderr) {
  const started = Date.now();
  let drawnAt = 0;
  let lastStep = -1;
  return (p: Progress, final = false) => {
    const now = Date.now();
    const fraction = p.daysTotal === 0 ? 1 : p.daysDone / p.daysTotal;
    const seconds = (now - started) / 1000;
    const rate = seconds > 0 ? p.requests / seconds : 0;
    const eta = fraction > 0 && fraction < 1 ? Math.round((seconds / fraction) * (1 - fraction)) : 0;
    const width = 30;
    const bar = '#'.repeat(Math.round(fraction * width)).padEnd(width, '.');
    const line = `[${bar}] ${Math.floor(fraction * 100)}% day ${p.daysDone}/${p.daysTotal} ${new Date(p.simulatedAt).toISOString().slice(0, 10)} | ${p.requests} requests, ${p.commands} commands | ${Math.round(rate)} req/s | eta ${formatSeconds(eta)}`;
    if (stream.isTTY) {
      if (!final && now - drawnAt < 250) return;
      drawnAt = now;
      stream.write(`\r${line}\x1b[K${final ? '\n' : ''}`);
    } else {
      const step = Math.floor(fraction * 20);
      if (!final && step === lastStep) return;
      lastStep = step;
      stream.write(`${line}\n`);
    }
  };
}

export const formatSeconds = (s: number) => (s >= 3600 ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m` : s >= 60 ? `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s` : `${Math.round(s)}s`);
