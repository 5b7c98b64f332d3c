import type { Command } from 'commander';
import type { StoreStats } from '../../store/index.js';
import type { CliContext } from '../io.js';
import type { DbCommandOptions } from '../store-io.js';
import { addDbOption, table, withStore } from '../store-io.js';

/** Parsed options of `sitrep stats`. */
export interface StatsCommandOptions extends DbCommandOptions {
  json?: boolean;
}

/** Registers `sitrep stats`: what the knowledge base holds. */
export function registerStats(program: Command, ctx: CliContext): void {
  addDbOption(program.command('stats').description('Summarise the knowledge base: documents, events by type and status, top actors and places'))
    .option('--json', 'print JSON (documents, events, actors, errors… as numbers)')
    .action(async (opts: StatsCommandOptions) => {
      await withStore(opts, ctx, async (store) => {
        const stats = await store.stats();
        ctx.io.stdout.write(opts.json ? JSON.stringify(stats, null, 2) + '\n' : formatStats(stats));
      });
    });
}

/** The human-readable summary. */
export function formatStats(s: StoreStats): string {
  const out = [
    `documents       ${s.documents} (${s.nearDuplicates} near-duplicates)`,
    `events          ${s.events} (from ${s.reports} reports)`,
    `actors          ${s.actors}`,
    `places          ${s.places}`,
    `failed inputs   ${s.errors}`,
    '',
    table(['TYPE', 'EVENTS'], Object.entries(s.eventsByType).map(([k, n]) => [k, String(n)])),
    table(['STATUS', 'EVENTS'], Object.entries(s.eventsByStatus).map(([k, n]) => [k, String(n)])),
    table(['TOP ACTOR', 'COUNTRY', 'EVENTS'], s.topActors.map((a) => [a.name, a.country ?? '', String(a.events)])),
    table(['TOP PLACE', 'COUNTRY', 'EVENTS'], s.topPlaces.map((p) => [p.name, p.country, String(p.events)])),
  ];
  return out.join('\n');
}
