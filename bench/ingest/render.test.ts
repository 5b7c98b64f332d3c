import { describe, expect, test } from 'vitest';
import { variant } from './corpus.js';
import type { IngestReport } from './protocol.js';
import { argsToIngestSettings, ingestSettingsToArgs } from './protocol.js';
import type { IngestRun } from './render.js';
import { ingestRates, memoryFlat } from './render.js';

function report(size: number, rssPeak: number, over: Partial<IngestReport> = {}): IngestReport {
  return {
    store: 'sqlite', size, workers: 2, processed: size, new: size, nearDuplicate: 0, duplicate: 0, failed: 0, events: size * 2,
    wallMs: size * 10, cpuMs: size * 20, rssPeak, rssEnd: rssPeak, rssByDecile: [], maxRssKiB: 0, ...over,
  };
}

function run(r: IngestReport): IngestRun {
  return { store: r.store, size: r.size, report: r, failure: null, loadBefore: 0, loadAfter: 0 };
}

describe('ingestRates', () => {
  test.each([
    [report(100, 1), { pages: 100, events: 200, pagesCpu: 50, cpuMsPerPage: 20 }],
    [report(0, 1, { wallMs: 0, cpuMs: 0 }), { pages: 0, events: 0, pagesCpu: 0, cpuMsPerPage: 0 }],
  ])('rates of %#', (r, expected) => {
    expect(ingestRates(r)).toEqual(expected);
  });
});

describe('memoryFlat', () => {
  test.each([
    ['two sizes: ratio of the peaks, largest over smallest', [run(report(10_000, 150)), run(report(2_000, 100))], 1.5],
    ['one size: not measured', [run(report(2_000, 100))], undefined],
    ['other store only: not measured', [run(report(2_000, 100, { store: 'postgres' })), run(report(10_000, 100, { store: 'postgres' }))], undefined],
  ])('%s', (_name, runs, ratio) => {
    expect(memoryFlat(runs, 'sqlite')?.ratio).toBe(ratio);
  });
});

describe('corpus variant', () => {
  test.each([
    ['copy 0 is the page itself', '<p>Hello</p>', 0, '<p>Hello</p>'],
    ['a copy opens the first paragraph with its note', '<div><p class="x">Hello</p></div>', 3, '<div><p class="x">Update 3: this report was revised. Hello</p></div>'],
    ['no paragraph: a comment makes the bytes differ', '<div>Hello</div>', 2, '<div>Hello</div>\n<!-- copy 2 -->'],
  ])('%s', (_name, html, n, expected) => {
    expect(variant(html, n)).toBe(expected);
  });
});

describe('runner flags', () => {
  test.each([
    [{ corpusDir: '/c', db: 'x.db', out: '/o.json', size: 10 }],
    [{ corpusDir: '/c', db: 'postgres://u@h/db', out: '/o.json', size: 5, workers: 3 }],
  ])('round-trip %#', (settings) => {
    expect(argsToIngestSettings(ingestSettingsToArgs(settings))).toEqual(settings);
  });
});
