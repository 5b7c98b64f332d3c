import { describe, expect, test } from 'vitest';
import type { ApiRun, MeasuredRoute } from './render.js';
import { machineInfo } from '../machine.js';
import { overTarget, renderApiSection, TARGET_P95_MS } from './render.js';

const route = (path: string, kind: MeasuredRoute['kind'], p95: number, more: Partial<MeasuredRoute> = {}): MeasuredRoute => ({
  path,
  kind,
  requests: 100,
  non2xx: 0,
  errors: 0,
  p50: p95 / 2,
  p95,
  p99: p95,
  requestsPerSecond: 20,
  meanBytes: 1000,
  serverCpuMs: 1,
  ...more,
});

const run = (routes: MeasuredRoute[]): ApiRun => ({ store: 'sqlite', events: 1, reports: 1, upgradeMs: null, loadBefore: 0, loadAfter: 0, processes: 2, routes });

describe('overTarget', () => {
  test.each([
    ['a fast list', route('/a', 'list', TARGET_P95_MS - 1), []],
    ['a list at the target', route('/a', 'list', TARGET_P95_MS), ['/a']],
    ['a slow single event (not covered by the target)', route('/a', 'one', 500), []],
    ['a fast aggregation that failed', route('/a', 'aggregation', 1, { non2xx: 3 }), ['/a']],
    ['a route that never answered', route('/a', 'list', Number.NaN, { requests: 0 }), ['/a']],
  ])('%s', (_label, r, expected) => {
    expect(overTarget(run([r])).map((x) => x.path)).toEqual(expected);
  });
});

describe('renderApiSection', () => {
  test.each([
    ['SQLite: no database CPU', undefined, '| `/a` | list | 5.0 | 10.0 | 10.0 | 20 | 1.0 | – | 0 | 1.0 |'],
    ['PostgreSQL: the backends\' CPU per request', 2.5, '| `/a` | list | 5.0 | 10.0 | 10.0 | 20 | 1.0 | 2.5 | 0 | 1.0 |'],
  ])('%s', (_label, dbCpuMs, line) => {
    const report = { machine: machineInfo(), connections: 4, seconds: 5, quick: false, runs: [run([route('/a', 'list', 10, dbCpuMs === undefined ? {} : { dbCpuMs })])], postgresSkipped: null };
    expect(renderApiSection(report).split('\n')).toContain(line);
  });
});
