import { describe, expect, test } from 'vitest';
import type { MachineInfo } from '../machine.js';
import type { NlpReport } from './protocol.js';
import { layerRates, renderNlpSection } from './render.js';

const machine: MachineInfo = { cpuModel: 'Test CPU', cores: 2, memoryGiB: 4, node: 'v20.0.0', platform: 'linux-x64', date: '2025-01-01T00:00:00.000Z', load1: 0 };

/** A report of 2 passes over 1,000 tokens / 50 sentences, the layer taking `wallMs` (CPU: `cpuMs`). */
function report(wallMs: number, cpuMs = wallMs): NlpReport {
  return {
    pages: 3, emptyPages: 0, errors: [], tokens: 1000, sentences: 50, chars: 5000, warmupPages: 3, warmupSeconds: 1, passes: 2, wallMs, cpuMs,
    stages: [{ stage: 'tokens', wallMs: wallMs / 4, cpuMs: cpuMs / 4 }, { stage: 'entities', wallMs: (3 * wallMs) / 4, cpuMs: (3 * cpuMs) / 4 }],
    p50Ms: 1, p95Ms: 2, rssBaseline: 2 ** 20, rssPeak: 2 ** 21, maxRssKiB: 2048,
  };
}

const render = (r: NlpReport | null) =>
  renderNlpSection({ machine, quick: false, pinning: 'taskset', warmupSeconds: 10, targetSeconds: 5, outcome: { report: r, failure: r ? null : 'exit code 1', cpu: 0, loadBefore: 0.2, loadAfter: 0.3 } });

describe('layerRates', () => {
  test('counts of one pass × passes ÷ the time given', () => {
    expect(layerRates(report(20), 20, 40)).toEqual({ tokens: 100_000, sentences: 5_000, tokensCpu: 50_000, sentencesCpu: 2_500 });
  });
});

describe('renderNlpSection', () => {
  test.each([
    ['fast on both clocks', 20, 20, '| 100,000 tokens/s (100,000 tokens/CPU-s) | met |'],
    ['slow on the wall clock only', 80, 20, '| 25,000 tokens/s (100,000 tokens/CPU-s) | met on CPU time only |'],
    ['slow', 80, 80, '| 25,000 tokens/s (25,000 tokens/CPU-s) | not met |'],
  ])('target verdict: %s', (_label, wallMs, cpuMs, row) => {
    expect(render(report(wallMs, cpuMs))).toContain(row);
  });

  test('a stage row divides the same counts by its own time', () => {
    expect(render(report(20))).toContain('| `tokens` | 3 | 400,000 | 20,000 | 400,000 | 20,000 | 25% |');
  });

  test('a failed worker is reported, not measured', () => {
    const md = render(null);
    expect(md).toContain('**The worker failed**: exit code 1');
    expect(md).toContain('| not measured |');
  });
});
