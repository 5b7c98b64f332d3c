import type { Command } from 'commander';
import { Option } from 'commander';
import { defaultWorkers } from '../../batch/pool.js';
import { ingestAll } from '../../batch/run.js';
import { formatSummary } from '../../batch/summary.js';
import { DEFAULT_EXTENSIONS } from '../../ingest/sources/index.js';
import { openStore, resolveDbSpec } from '../../store/index.js';
import type { CliContext } from '../io.js';
import { intOption, parseDateOption, parseSecondsOption, parseSizeOption } from '../options.js';

/** Parsed options of `sitrep ingest`. */
export interface IngestCommandOptions {
  db?: string;
  workers: number;
  quiet?: boolean;
  json?: boolean;
  date?: string;
  maxBytes?: number;
  encoding?: string;
  timeout?: number;
  connectTimeout?: number;
  maxRedirects?: number;
  ext?: string[];
  feedContent: 'fetch' | 'inline';
}

/** Registers `sitrep ingest` on the program. */
export function registerIngest(program: Command, ctx: CliContext): void {
  program
    .command('ingest')
    .description('Analyse pages and store their events in the knowledge base: files, folders, globs, URLs, feeds, sitemaps, WARC archives, batch JSONL')
    .argument(
      '<inputs...>',
      'files (.gz too), folders (recursive), quoted globs, http(s) URLs of pages, RSS/Atom feeds or sitemaps, .xml feeds/sitemaps, .warc(.gz), .jsonl batches, - for JSONL on stdin',
    )
    .option('--db <path-or-url>', 'SQLite file or postgres:// URL (default $SITREP_DB, else ./sitrep.db)')
    .option('--workers <n>', 'worker threads analysing pages (default: the number of cores)', intOption(1, 256), defaultWorkers())
    .option('-q, --quiet', 'print nothing but fatal errors (no progress bar, no failures, no summary)')
    .option('--json', 'print the summary as one JSON object on stdout')
    .option('--date <date>', 'publication date to assume when neither the page nor its feed gives one (YYYY-MM-DD)', parseDateOption)
    .option('--max-bytes <size>', 'largest page accepted, e.g. 20MB (default 10MB)', parseSizeOption)
    .option('--encoding <label>', 'decode pages with this encoding instead of detecting it')
    .option('--timeout <seconds>', 'URL fetches: time allowed for a whole fetch (default 30)', parseSecondsOption)
    .option('--connect-timeout <seconds>', 'URL fetches: time allowed until the server answers (default 10)', parseSecondsOption)
    .option('--max-redirects <n>', 'URL fetches: redirects to follow (default 5)', intOption(0, 50))
    .option('--ext <list>', `extensions a folder walk picks up, comma-separated (default ${DEFAULT_EXTENSIONS.join(',')})`, parseExtensions)
    .addOption(
      new Option('--feed-content <mode>', 'fetch: fetch every feed item\'s link; inline: use the full text a feed carries (content:encoded, Atom content), fetch the rest')
        .choices(['fetch', 'inline'])
        .default('fetch'),
    )
    .action(async (inputs: string[], opts: IngestCommandOptions, command: Command) => {
      if (inputs.filter((i) => i === '-').length > 1) command.error('error: "-" (stdin) can be given only once', { exitCode: 2, code: 'sitrep.usage' });
      await runIngest(inputs, opts, ctx);
    });
}

/** Runs `sitrep ingest`: exit code 0 when every page was stored (or already was), 1 when any failed. */
export async function runIngest(inputs: readonly string[], opts: IngestCommandOptions, ctx: CliContext): Promise<void> {
  const quiet = opts.quiet === true;
  const fetch = {
    ...(opts.maxBytes === undefined ? {} : { maxBytes: opts.maxBytes }),
    ...(opts.timeout === undefined ? {} : { timeoutMs: opts.timeout }),
    ...(opts.connectTimeout === undefined ? {} : { connectTimeoutMs: opts.connectTimeout }),
    ...(opts.maxRedirects === undefined ? {} : { maxRedirects: opts.maxRedirects }),
  };
  let store;
  try {
    store = await openStore(opts.db);
  } catch (error) {
    ctx.io.stderr.write(`sitrep: cannot open the database ${resolveDbSpec(opts.db)} (${error instanceof Error ? error.message : String(error)})\n`);
    ctx.exitCode = 1;
    return;
  }
  const tty = (ctx.io.stderr as { isTTY?: boolean }).isTTY === true;
  try {
    const summary = await ingestAll(inputs, store, {
      workers: opts.workers,
      page: { ...fetch, ...(opts.date === undefined ? {} : { date: opts.date }), ...(opts.encoding === undefined ? {} : { encoding: opts.encoding }) },
      expand: { ...fetch, feedContent: opts.feedContent, stdin: ctx.io.stdin, ...(opts.ext === undefined ? {} : { extensions: opts.ext }) },
      ...(tty && !quiet ? { progress: ctx.io.stderr } : {}),
      ...(quiet ? {} : { onFailure: (f) => ctx.io.stderr.write(`${tty ? '\r\x1b[K' : ''}sitrep: ${f.uri}: [${f.code}] ${f.message}\n`) }),
    });
    if (summary.failed > 0) ctx.exitCode = 1;
    if (opts.json === true) ctx.io.stdout.write(`${JSON.stringify(summary)}\n`);
    else if (!quiet) ctx.io.stdout.write(formatSummary(summary));
  } catch (error) {
    ctx.io.stderr.write(`sitrep: ingest stopped: ${error instanceof Error ? error.message : String(error)}\n`);
    ctx.exitCode = 1;
  } finally {
    await store.close();
  }
}

function parseExtensions(value: string): string[] {
  return value
    .split(',')
    .map((e) => e.trim().replace(/^\./, '').toLowerCase())
    .filter((e) => e.length > 0);
}
