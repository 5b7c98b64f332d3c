import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { InvalidArgumentError, Option } from 'commander';
import { ploverCodebook } from '../events/lexicon/plover.js';
import type { EventFilter, QuadOf, Store } from '../store/index.js';
import { isPostgresSpec, openStore, resolveDbSpec } from '../store/index.js';
import { parseDateOption } from './options.js';
import type { CliContext } from './io.js';

/** Options every knowledge-base command shares. */
export interface DbCommandOptions {
  db?: string;
}

/** Filter options of `sitrep events` and `sitrep export`: the store's own filter, as the CLI parses it. */
export interface EventFilterOptions
  extends DbCommandOptions,
    Pick<EventFilter, 'actor' | 'country' | 'type' | 'status' | 'since' | 'until' | 'near' | 'minSources' | 'limit'> {}

/** Adds `--db` (a SQLite path or a postgres:// URL). */
export function addDbOption(command: Command): Command {
  return command.option('--db <path|url>', 'knowledge base: a SQLite file or a postgres:// URL (default: $SITREP_DB, else ./sitrep.db)');
}

/** Parses `--near LAT,LON,KM`. */
export function parseNearOption(value: string): { lat: number; lon: number; km: number } {
  const parts = value.split(',').map((p) => Number(p.trim()));
  const [lat, lon, km] = parts;
  if (parts.length !== 3 || lat === undefined || lon === undefined || km === undefined || parts.some((p) => !Number.isFinite(p)) || Math.abs(lat) > 90 || Math.abs(lon) > 180 || km <= 0) {
    throw new InvalidArgumentError(`"${value}" is not LAT,LON,KM; e.g. --near 36.2,37.16,50`);
  }
  return { lat, lon, km };
}

/** Parses a comma-separated list (`--type ASSAULT,PROTEST`), accumulating repeated options. */
function listOption(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), ...value.split(',').map((v) => v.trim()).filter(Boolean)];
}

/** Parses a whole number of at least 1 (`--limit`, `--min-sources`). */
export function positiveInt(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < 1) throw new InvalidArgumentError(`"${value}" must be a whole number of at least 1`);
  return n;
}

/** Adds the event filters shared by `events` and `export`. */
export function addEventFilters(command: Command): Command {
  return addDbOption(command)
    .option('--actor <name>', "events with an actor or recipient whose name contains this (or whose country/sector code is it)")
    .option('--country <code>', 'events with an actor, recipient or place in this country (ISO alpha-3)')
    .option('--type <types>', 'PLOVER types, comma-separated (ASSAULT,PROTEST)', listOption)
    .addOption(new Option('--status <statuses>', 'event statuses, comma-separated (occurred, negated, hypothetical, planned, intended, claimed)').argParser(listOption))
    .option('--since <date>', 'events on or after this day (YYYY-MM-DD)', parseDateOption)
    .option('--until <date>', 'events on or before this day (YYYY-MM-DD)', parseDateOption)
    .option('--near <lat,lon,km>', 'events within KM kilometres of the point', parseNearOption)
    .option('--min-sources <n>', 'events reported by at least N independent documents', positiveInt)
    .option('--limit <n>', 'at most N events', positiveInt);
}

/** The store filter for parsed options. */
export function eventFilter(opts: EventFilterOptions): EventFilter {
  return {
    ...(opts.actor === undefined ? {} : { actor: opts.actor }),
    ...(opts.country === undefined ? {} : { country: opts.country }),
    ...(opts.type === undefined ? {} : { type: opts.type }),
    ...(opts.status === undefined ? {} : { status: opts.status }),
    ...(opts.since === undefined ? {} : { since: opts.since }),
    ...(opts.until === undefined ? {} : { until: opts.until }),
    ...(opts.near === undefined ? {} : { near: opts.near }),
    ...(opts.minSources === undefined ? {} : { minSources: opts.minSources }),
    ...(opts.limit === undefined ? {} : { limit: opts.limit }),
  };
}

/**
 * Opens the knowledge base for a read command, runs `fn` and closes it. A SQLite file that does
 * not exist is an error here (reading must not create an empty database by a typo).
 */
export async function withStore(opts: DbCommandOptions, ctx: CliContext, fn: (store: Store) => Promise<void>): Promise<void> {
  const spec = resolveDbSpec(opts.db);
  if (!isPostgresSpec(spec) && spec !== ':memory:' && !existsSync(resolve(spec))) {
    ctx.io.stderr.write(`sitrep: no knowledge base at ${spec}; run \`sitrep ingest\` first, or give --db / SITREP_DB\n`);
    ctx.exitCode = 1;
    return;
  }
  let store: Store;
  try {
    store = await openStore(spec);
  } catch (error) {
    ctx.io.stderr.write(`sitrep: cannot open the knowledge base ${spec}: ${error instanceof Error ? error.message : String(error)}\n`);
    ctx.exitCode = 1;
    return;
  }
  try {
    await fn(store);
  } finally {
    await store.close();
  }
}

/** PLOVER quad category of a type, from the codebook. */
export const ploverQuad: QuadOf = (() => {
  let quads: Map<string, string> | undefined;
  return (type: string) => {
    quads ??= new Map(ploverCodebook().types.map((t) => [t.type, t.quad]));
    return quads.get(type) ?? null;
  };
})();

/** Pads cells into aligned columns; the last column is not padded. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}

/** Shortens text to `n` characters with an ellipsis. */
export function clip(text: string, n: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= n ? flat : `${flat.slice(0, n - 1)}…`;
}
