import type { Command } from 'commander';
import { Option } from 'commander';
import type { ActorSummary } from '../../store/index.js';
import { csvLine } from '../../store/index.js';
import type { CliContext } from '../io.js';
import type { DbCommandOptions } from '../store-io.js';
import { addDbOption, positiveInt, table, withStore } from '../store-io.js';

/** Parsed options of `sitrep actors`. */
export interface ActorsCommandOptions extends DbCommandOptions {
  format: 'table' | 'json' | 'csv';
  limit?: number;
}

/** Registers `sitrep actors`: actors with event counts and their cooperation/conflict balance. */
export function registerActors(program: Command, ctx: CliContext): void {
  addDbOption(program.command('actors').description('List actors with their event counts and cooperation/conflict balance, most active first'))
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .option('--limit <n>', 'at most N actors', positiveInt)
    .action(async (opts: ActorsCommandOptions) => {
      await withStore(opts, ctx, async (store) => {
        const actors = (await store.actors()).slice(0, opts.limit ?? Infinity);
        ctx.io.stdout.write(formatActors(actors, opts.format));
      });
    });
}

const COLUMNS = ['name', 'country', 'sector', 'events', 'asActor', 'asRecipient', 'cooperation', 'conflict', 'goldstein'] as const;

/** Renders actors in one of the `actors` formats. */
export function formatActors(actors: readonly ActorSummary[], format: ActorsCommandOptions['format']): string {
  if (format === 'json') return JSON.stringify(actors, null, 2) + '\n';
  if (format === 'csv') return [csvLine(COLUMNS), ...actors.map((a) => csvLine(COLUMNS.map((c) => a[c])))].join('\n') + '\n';
  return table(
    ['ACTOR', 'COUNTRY', 'SECTOR', 'EVENTS', 'AS ACTOR', 'AS RECIPIENT', 'COOP', 'CONFLICT', 'GOLDSTEIN'],
    actors.map((a) => [a.name, a.country ?? '', a.sector ?? '', String(a.events), String(a.asActor), String(a.asRecipient), String(a.cooperation), String(a.conflict), a.goldstein.toFixed(1)]),
  );
}
