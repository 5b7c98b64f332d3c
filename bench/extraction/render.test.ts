import { describe, expect, test } from 'vitest';
import type { MachineInfo } from '../machine.js';
import type { WorkerReport } from './protocol.js';
import { ratioCell, renderExtractionSection, underLoad } from './render.js';
import type { ExtractionRun, ExtractorOutcome } from './render.js';

const machine: MachineInfo = { cpuModel: 'Test CPU', cores: 2, memoryGiB: 4, node: 'v20.0.0', platform: 'linux-x64', date: '2025-01-01T00:00:00.000Z', load1: 0 };

/** A worker report for `pagesPerSecond` pages/s on 10 pages, with the CPU fully used. */
function report(name: string, pagesPerSecond: number, cpuShare = 1): WorkerReport {
  const wall = (10 * 1000) / pagesPerSecond;
  return {
    extractor: name, pages: 10, warmupPages: 10, warmupSeconds: 1, passes: 1, timedPages: 10, timedWallMs: wall, timedCpuMs: wall * cpuShare,
    p50Ms: 1, p95Ms: 2, maxMs: 3, cpuP50Ms: 1, cpuP95Ms: 2, rssBaseline: 2 ** 20, rssPeak: 2 ** 21, maxRssKiB: 2048, texts: [], errors: [],
  };
}

function outcome(name: string, r: WorkerReport | null, extra: Partial<ExtractorOutcome> = {}): ExtractorOutcome {
  return { name, label: name, output: 'text', report: r, failure: r ? null : 'exit code 1', score: null, empty: 0, logLines: 0, loadBefore: 0.1, loadAfter: 0.1, ...extra };
}

function run(outcomes: ExtractorOutcome[]): ExtractionRun {
  return { machine, quick: false, pinning: 'taskset', sitrep: 'sitrep', readabilityJsdom: 'jsdom', outcomes, notRun: [], trafilaturaFast: 88 };
}

describe('ratioCell', () => {
  test.each([
    [300, 10, '30×'],
    [30, 20, '1.5×'],
    [undefined, 10, '—'],
    [10, 0, '—'],
  ])('%s ÷ %s = %s', (a, b, expected) => {
    expect(ratioCell(a, b)).toBe(expected);
  });
});

describe('renderExtractionSection', () => {
  test('the target verdicts follow the measured ratios', () => {
    const md = renderExtractionSection(run([outcome('sitrep', report('sitrep', 300)), outcome('jsdom', report('jsdom', 5))]));
    expect(md).toContain('| sitrep ≥ 200 pages/s on one core | 300 pages/s (300 pages/CPU-s) | met |');
    expect(md).toContain('| sitrep ≥ 30× Readability.js + jsdom | 60× (60× on CPU time) | met |');
  });

  test('a slow sitrep misses the targets', () => {
    const md = renderExtractionSection(run([outcome('sitrep', report('sitrep', 100)), outcome('jsdom', report('jsdom', 5))]));
    expect(md).toContain('| sitrep ≥ 200 pages/s on one core | 100 pages/s (100 pages/CPU-s) | not met |');
    expect(md).toContain('external reference, not measured in this run');
  });

  test('a failed worker is shown as failed and explained', () => {
    const md = renderExtractionSection(run([outcome('sitrep', report('sitrep', 300)), outcome('jsdom', null)]));
    expect(md).toContain('| jsdom | failed |');
    expect(md).toContain('**jsdom** failed: exit code 1');
  });
});

describe('underLoad', () => {
  test.each([
    ['quiet machine, full core', 0.5, 1, false],
    ['busy second core', 1.8, 1, true],
    ['worker lost part of its core', 0.5, 0.7, true],
  ])('%s', (_label, load, share, expected) => {
    expect(underLoad(run([outcome('sitrep', report('sitrep', 300, share), { loadBefore: load, loadAfter: load })]))).toBe(expected);
  });
});
