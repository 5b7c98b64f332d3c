import type { Command } from 'commander';
import { Option } from 'commander';
import type { EventRow } from '../../store/index.js';
import { eventsCsv, eventsGeoJson } from '../../store/index.js';
import type { CliContext } from '../io.js';
import type { EventFilterOptions } from '../store-io.js';
import { addEventFilters, clip, eventFilter, ploverQuad, table, withStore } from '../store-io.js';

/** Parsed options of `sitrep events`. */
export interface EventsCommandOptions extends EventFilterOptions {
  format: 'table' | 'json' | 'csv' | 'geojson';
}

/** Registers `sitrep events`: query the knowledge base's events (clusters of merged reports). */
export function registerEvents(program: Command, ctx: CliContext): void {
  addEventFilters(program.command('events').description('List events in the knowledge base (reports of the same event merged), newest first'))
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv', 'geojson']).default('table'))
    .action(async (opts: EventsCommandOptions) => {
      await withStore(opts, ctx, async (store) => {
        const events = await store.events(eventFilter(opts));
        ctx.io.stdout.write(formatEvents(events, opts.format));
      });
    });
}

/** Renders events in one of the `events` formats. */
export function formatEvents(events: readonly EventRow[], format: EventsCommandOptions['format']): string {
  if (format === 'json') return JSON.stringify(events, null, 2) + '\n';
  if (format === 'csv') return eventsCsv(events, ploverQuad);
  if (format === 'geojson') return JSON.stringify(eventsGeoJson(events)) + '\n';
  const names = (list: EventRow['actors']): string => list.map((a) => a.name + (a.country ? ` (${a.country})` : '')).join(', ');
  const date = (e: EventRow): string => (e.dateStart === e.dateEnd ? (e.dateStart ?? '') : `${e.dateStart ?? '?'}…${e.dateEnd ?? '?'}`);
  return table(
    ['DATE', 'TYPE', 'STATUS', 'ACTORS', 'RECIPIENTS', 'PLACE', 'SOURCES', 'EVIDENCE'],
    events.map((e) => [
      date(e),
      e.mode ? `${e.type}/${e.mode}` : e.type,
      e.status,
      clip(names(e.actors), 40),
      clip(names(e.recipients), 40),
      e.place ? `${e.place.name} (${e.place.country})` : '',
      String(e.sources),
      clip(e.evidence[0]?.text ?? '', 80),
    ]),
  );
}
