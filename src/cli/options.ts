import { InvalidArgumentError } from 'commander';
import { isIsoDate, parseByteSize } from '../ingest/index.js';

/** Checks a `--date` value: a calendar date or date-time. */
export function parseDateOption(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError(`"${value}" is not a date; use YYYY-MM-DD, e.g. --date 2014-01-13`);
  return value;
}

/** Parses a `--max-bytes` value such as `10MB`, `512k` or `1048576`. */
export function parseSizeOption(value: string): number {
  const bytes = parseByteSize(value);
  if (bytes === undefined) throw new InvalidArgumentError(`"${value}" is not a size; use e.g. 20MB, 512KB or 1048576`);
  return bytes;
}

/** Parses a duration in seconds (`--timeout 30`, `--timeout 2.5`) into milliseconds. */
export function parseSecondsOption(value: string): number {
  const seconds = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || !(seconds > 0)) throw new InvalidArgumentError(`"${value}" is not a number of seconds; use e.g. 30`);
  return Math.round(seconds * 1000);
}

/** Parses a whole number within bounds (`--concurrency`, `--max-redirects`). */
export function intOption(min: number, max: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || n < min || n > max) throw new InvalidArgumentError(`"${value}" must be a whole number from ${min} to ${max}`);
    return n;
  };
}
