/**
 * What machine the numbers were taken on, for the header of each benchmark section.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';

/** Facts about the machine and moment of a run. */
export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  node: string;
  platform: string;
  /** ISO date-time of the run. */
  date: string;
  /** 1-minute load average at the moment asked. */
  load1: number;
}

/** The CPU model: /proc/cpuinfo's "model name" where there is one (more precise on Linux), else os.cpus(). */
function cpuModel(): string {
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m?.[1]) return m[1].trim();
  } catch {
    // Not Linux: fall through to os.cpus().
  }
  return cpus()[0]?.model.trim() ?? 'unknown CPU';
}

/** Reads the machine's facts now. */
export function machineInfo(): MachineInfo {
  return {
    cpuModel: cpuModel(),
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    date: new Date().toISOString(),
    load1: loadavg()[0] ?? 0,
  };
}

/** One-line description of the machine, for the Markdown. */
export function describeMachine(m: MachineInfo): string {
  return `${m.cpuModel}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node} (${m.platform}), ${m.date.slice(0, 16).replace('T', ' ')} UTC`;
}

/** Current 1-minute load average. */
export function currentLoad(): number {
  return loadavg()[0] ?? 0;
}
