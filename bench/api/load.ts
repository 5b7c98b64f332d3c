/**
 * Concurrent load on one route with `autocannon`: a fixed number of connections, each sending its
 * next request as soon as the previous answer arrives, for a fixed time. Latency percentiles are
 * computed here from every response time (autocannon's own summary has no p95).
 */
import autocannon from 'autocannon';
import { percentile } from '../stats.js';

/** What one route did under load. */
export interface RouteLoad {
  path: string;
  requests: number;
  /** Responses that were not 2xx (a broken route must not look fast). */
  non2xx: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  requestsPerSecond: number;
  /** Mean response body, bytes. */
  meanBytes: number;
}

/** Runs `connections` concurrent clients against `base + path` for `seconds`. */
export async function loadRoute(base: string, path: string, connections: number, seconds: number): Promise<RouteLoad> {
  const times: number[] = [];
  let bytes = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: `${base}${path}`, connections, duration: seconds }, (error, r) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(r)));
    instance.on('response', (_client, _status, resBytes, responseTime) => {
      times.push(responseTime);
      bytes += resBytes;
    });
  });
  return {
    path,
    requests: times.length,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    requestsPerSecond: times.length / Math.max(0.001, result.duration),
    meanBytes: times.length > 0 ? bytes / times.length : 0,
  };
}
