import { describe, expect, test } from 'vitest';
import type { MachineInfo } from '../machine.js';
import type { PipelineReport } from './protocol.js';
import { pipelineRates, renderPipelineSection, stageGroup } from './render.js';

const machine: MachineInfo = { cpuModel: 'Test CPU', cores: 2, memoryGiB: 4, node: 'v20.0.0', platform: 'linux-x64', date: '2025-01-01T00:00:00.000Z', load1: 0 };

/** One pass over 10 pages, 400 sentences, 20 events, 8,000 tokens in `wallMs`. */
function report(wallMs: number, cpuMs = wallMs): PipelineReport {
  return {
    pages: 10, errors: [], sentences: 400, tokens: 8000, events: 20, emptyPages: 0, warmupPages: 10, warmupSeconds: 1, passes: 1, wallMs, cpuMs,
    stages: [{ stage: 'extract@v1', ms: wallMs / 2 }, { stage: 'tokens@v1', ms: wallMs / 4 }, { stage: 'events@v1', ms: wallMs / 4 }],
    p50Ms: 1, p95Ms: 2, cpuP50Ms: 1, cpuP95Ms: 2, rssBaseline: 2 ** 20, rssPeak: 2 ** 21, maxRssKiB: 2048,
  };
}

const render = (r: PipelineReport) =>
  renderPipelineSection({
    machine, quick: false, pinning: 'taskset', warmupSeconds: 15, targetSeconds: 10,
    outcome: { report: r, failure: null, cpu: 0, loadBefore: 0.2, loadAfter: 0.3 },
    references: [{ system: 'TABARI', sentencesPerSecond: '1,000–2,000', note: 'pre-split sentences' }],
  });

describe('pipelineRates', () => {
  test('counts of one pass × passes ÷ wall and CPU time', () => {
    const x = pipelineRates(report(100, 200));
    expect([x.pages, x.sentences, x.events, x.tokens]).toEqual([100, 4000, 200, 80_000]);
    expect([x.pagesCpu, x.sentencesCpu]).toEqual([50, 2000]);
  });
});

describe('stageGroup', () => {
  test.each([
    ['extract@v1', 'extract'],
    ['entities@v3', 'language'],
    ['places@v1', 'events'],
    ['events@v2', 'events'],
  ])('%s belongs to %s', (stage, group) => {
    expect(stageGroup(stage)).toBe(group);
  });
});

describe('renderPipelineSection', () => {
  test.each([
    ['fast', 100, 100, '| 4,000 sentences/s (4,000 sentences/CPU-s) | met |'],
    ['slow', 400, 400, '| 1,000 sentences/s (1,000 sentences/CPU-s) | not met |'],
  ])('target verdict: %s', (_label, wallMs, cpuMs, row) => {
    expect(render(report(wallMs, cpuMs))).toContain(row);
  });

  test('external figures are labelled as not measured here', () => {
    expect(render(report(100))).toContain('| TABARI (**external reference, not measured in this run**) | 1,000–2,000 |');
  });

  test('stage shares add up per layer', () => {
    expect(render(report(100))).toContain('| **extract (all its stages)** | extract | 50 | 50% | 8,000 |');
  });
});
