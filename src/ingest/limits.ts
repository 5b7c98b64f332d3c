/**
 * Default limits and identity used when reading inputs. Every limit can be raised per call
 * (see {@link ReadOptions}); the defaults protect batch runs from one runaway input.
 *
 * @module
 */

/** Largest input read by default: 10 MiB of decoded bytes (after gunzip). */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** Time allowed until a server's response headers arrive (DNS + connect + TLS + first byte). */
export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;

/** Time allowed for a whole URL fetch, redirects and body included. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** Redirects followed before giving up; browsers allow 20, news pages rarely need more than 2. */
export const DEFAULT_MAX_REDIRECTS = 5;

/** The User-Agent sent with every request, so site owners can tell who is fetching. */
export const USER_AGENT = 'sitrep/0.1 (+https://github.com/sitrep/sitrep)';

/**
 * Formats a byte count for messages, e.g. `10 MB`, `512 KB`, `17 bytes` (binary units, shown
 * with the short names people type into `--max-bytes`).
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = value >= 10 || Number.isInteger(value) ? Math.round(value * 10) / 10 : Math.round(value * 100) / 100;
  return `${rounded} ${units[unit] ?? 'GB'}`;
}

/**
 * Parses a size like `10MB`, `512k`, `2 GiB` or `1048576` into bytes; `undefined` when it is
 * not a size.
 */
export function parseByteSize(value: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|bytes?|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$/i.exec(value);
  if (!match) return undefined;
  const amount = Number(match[1]);
  const unit = (match[2] ?? 'b').toLowerCase()[0];
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  const bytes = Math.round(amount * factor);
  return bytes > 0 ? bytes : undefined;
}
