// What the bench ran on: printed first, because every figure depends on it.
import { readFileSync } from 'node:fs';
import os from 'node:os';

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  platform: string;
  loadAverage: number[];
}

export function describeMachine(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

/**
 * The share of the machine's CPU time the hypervisor gave to other guests ("steal", from
 * /proc/stat) between start and read(). On the shared 2-core machines it has ranged from 0 to a
 * third within one run, and a CPU-bound figure such as H2 falls with it, so it is printed beside
 * those figures. Undefined where /proc/stat does not exist (not Linux).
 */
export function startStealMeter(): { read(): number | undefined } {
  const sample = () => {
    try {
      // cpu user nice system idle iowait irq softirq steal ... (jiffies, all cores)
      const fields = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/).slice(1, 9).map(Number);
      return { steal: fields[7]!, total: fields.reduce((a, b) => a + b, 0) };
    } catch {
      return undefined;
    }
  };
  const start = sample();
  return {
    read() {
      const end = sample();
      if (!start || !end || end.total === start.total) return undefined;
      return (end.steal - start.steal) / (end.total - start.total);
    },
  };
}
