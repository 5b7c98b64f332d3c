/**
 * Runs one timed worker (language layer or whole pipeline) as a fresh process pinned to the
 * idlest CPU, and reads its JSON report back, with the load average around it. Used by the nlp
 * and pipeline sections, which each run exactly one worker.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasTaskset, idlestCpu, runWorker } from '../extraction/spawn-worker.js';
import { currentLoad } from '../machine.js';
import type { BenchContext } from '../section.js';
import { settingsToArgs } from './protocol.js';

/** How one worker run went. */
export interface WorkerOutcome<R> {
  /** `null` when the worker failed. */
  report: R | null;
  /** Why it failed, when it did. */
  failure: string | null;
  /** The CPU it was pinned to, or `null` when not pinned. */
  cpu: number | null;
  /** 1-minute load average before and after the worker. */
  loadBefore: number;
  loadAfter: number;
}

/** Spawns `script` with the corpus and the warm-up/timing settings, `--quick` making them short. */
export async function runTimedWorker<R>(
  context: BenchContext,
  label: string,
  script: string,
  corpusDir: string,
  timing: { warmupSeconds: number; targetSeconds: number },
): Promise<WorkerOutcome<R>> {
  const { options, root } = context;
  const pin = options.pin && process.platform === 'linux' && hasTaskset();
  const tmp = mkdtempSync(join(tmpdir(), `sitrep-bench-${label}-`));
  try {
    const out = join(tmp, 'report.json');
    const cpu = pin ? await idlestCpu() : null;
    const loadBefore = currentLoad();
    process.stdout.write(`bench: ${label}${cpu === null ? '' : ` (CPU ${cpu})`} … `);
    const exit = await runWorker(
      join(root, script),
      settingsToArgs({
        corpusDir,
        out,
        warmupSeconds: options.quick ? 2 : timing.warmupSeconds,
        targetSeconds: options.quick ? 1 : timing.targetSeconds,
        maxPasses: options.quick ? 1 : 50,
      }),
      { cwd: root, cpu, timeoutMs: (options.quick ? 5 : 15) * 60_000 },
    );
    const loadAfter = currentLoad();
    if (exit.code !== 0 || !existsSync(out)) {
      const why = exit.timedOut ? 'timed out' : `exit code ${exit.code}`;
      console.log(`failed (${why})\n${exit.tail}`);
      return { report: null, failure: `${why}; last output: ${exit.tail.split('\n').slice(-3).join(' / ')}`, cpu, loadBefore, loadAfter };
    }
    console.log('done');
    return { report: JSON.parse(readFileSync(out, 'utf8')) as R, failure: null, cpu, loadBefore, loadAfter };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
