/**
 * Runs one extraction worker as a child process, optionally pinned to one CPU, with a time limit.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';

/** How a worker process ended. */
export interface WorkerExit {
  code: number | null;
  timedOut: boolean;
  /** Non-empty output lines (the worker itself prints nothing, so these are the extractor's logs). */
  logLines: number;
  /** The last lines of its output, for failure reports. */
  tail: string;
}

/** Whether `taskset` (util-linux) is there to pin a process to one CPU. */
export function hasTaskset(): boolean {
  return spawnSync('taskset', ['--version'], { stdio: 'ignore' }).status === 0;
}

function cpuTimes(): number[][] {
  // /proc/stat lines "cpuN user nice system idle iowait ...": idle + iowait, and the total.
  return readFileSync('/proc/stat', 'utf8')
    .split('\n')
    .filter((l) => /^cpu\d+ /.test(l))
    .map((l) => {
      const f = l.trim().split(/\s+/).slice(1).map(Number);
      return [(f[3] ?? 0) + (f[4] ?? 0), f.reduce((a, b) => a + b, 0)];
    });
}

/**
 * The CPU that was idlest over the last `ms` milliseconds, to pin the next worker on. Other
 * engineers share this machine; pinning onto a busy core would measure their work, not ours.
 */
export async function idlestCpu(ms = 500): Promise<number> {
  try {
    const a = cpuTimes();
    await new Promise((r) => setTimeout(r, ms));
    const b = cpuTimes();
    let best = 0;
    let bestIdle = -1;
    b.forEach(([idle = 0, total = 0], i) => {
      const [idle0 = 0, total0 = 0] = a[i] ?? [];
      const share = total - total0 > 0 ? (idle - idle0) / (total - total0) : 0;
      if (share > bestIdle) {
        bestIdle = share;
        best = i;
      }
    });
    return best;
  } catch {
    return Math.max(0, cpus().length - 1);
  }
}

/** Spawns `node --import tsx <script> ...args` in `cwd`, pinned to `cpu` when given, killed after `timeoutMs`. */
export function runWorker(script: string, args: readonly string[], options: { cwd: string; cpu: number | null; timeoutMs: number }): Promise<WorkerExit> {
  const nodeArgs = ['--import', 'tsx', script, ...args];
  const [cmd, argv] = options.cpu === null ? [process.execPath, nodeArgs] : ['taskset', ['-c', String(options.cpu), process.execPath, ...nodeArgs]];
  return new Promise((resolve) => {
    const child = spawn(cmd, argv, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let logLines = 0;
    let tail: string[] = [];
    const collect = (chunk: Buffer) => {
      const lines = chunk.toString('utf8').split('\n').filter((l) => l.trim().length > 0);
      // Stack-trace frames belong to the line before them: do not count each frame as a log line.
      logLines += lines.filter((l) => !/^\s+at /.test(l)).length;
      tail = [...tail, ...lines].slice(-15);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, timedOut, logLines, tail: tail.join('\n') });
    });
  });
}
