import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { Option } from 'commander';
import type { DocumentRow, EventRow } from '../../store/index.js';
import { eventPlover, eventsCsv, eventsGeoJson } from '../../store/index.js';
import type { CliContext } from '../io.js';
import type { EventFilterOptions } from '../store-io.js';
import { addEventFilters, eventFilter, ploverQuad, withStore } from '../store-io.js';

/** Parsed options of `sitrep export`. */
export interface ExportCommandOptions extends EventFilterOptions {
  format: 'jsonl' | 'csv' | 'geojson' | 'plover';
  output?: string;
}

/** Registers `sitrep export`: the knowledge base's events as JSONL, CSV (GDELT columns), GeoJSON or PLOVER JSON. */
export function registerExport(program: Command, ctx: CliContext): void {
  addEventFilters(program.command('export').description('Export events: jsonl (full rows with evidence), csv (GDELT-style with CAMEO and Goldstein), geojson, plover (POLECAT layout)'))
    .addOption(new Option('--format <format>', 'export format').choices(['jsonl', 'csv', 'geojson', 'plover']).makeOptionMandatory())
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .action(async (opts: ExportCommandOptions) => {
      await withStore(opts, ctx, async (store) => {
        const events = await store.events(eventFilter(opts));
        const docs = new Map((await store.documents()).map((d) => [d.id, d]));
        const text = exportEvents(events, opts.format, docs);
        if (opts.output) await writeFile(opts.output, text);
        else ctx.io.stdout.write(text);
      });
    });
}

/** Renders events in one of the export formats (JSONL and PLOVER: one JSON object per line). */
export function exportEvents(events: readonly EventRow[], format: ExportCommandOptions['format'], docs: ReadonlyMap<string, DocumentRow>): string {
  if (format === 'csv') return eventsCsv(events, ploverQuad, docs);
  if (format === 'geojson') return JSON.stringify(eventsGeoJson(events)) + '\n';
  const lines = format === 'plover' ? events.map((e) => eventPlover(e, ploverQuad, docs)) : events;
  return lines.map((l) => JSON.stringify(l) + '\n').join('');
}
