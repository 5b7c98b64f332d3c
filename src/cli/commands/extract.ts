import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { Option } from 'commander';
import { errorResult, extract } from '../../article.js';
import type { ArticleResult, ExtractInput, ExtractOptions } from '../../article.js';
import { inputErrors, isUrl, readBatch, unknownFieldsNote } from '../../ingest/index.js';
import type { BatchLineResult } from '../../ingest/index.js';
import { formatArticle } from '../format.js';
import type { OutputFormat } from '../format.js';
import type { CliContext } from '../io.js';
import { mapOrdered } from '../ordered.js';
import { intOption, parseDateOption, parseSecondsOption, parseSizeOption } from '../options.js';
import { reportProblems } from '../report.js';

/** Parsed options of `sitrep extract`. */
export interface ExtractCommandOptions {
  format: OutputFormat;
  date?: string;
  url?: string;
  inputFormat: 'auto' | 'jsonl';
  encoding?: string;
  maxBytes?: number;
  timeout?: number;
  connectTimeout?: number;
  maxRedirects?: number;
  concurrency: number;
  quiet?: boolean;
}

/** Inputs read in flight at once by default: enough to overlap URL fetches, few enough to be polite. */
const DEFAULT_CONCURRENCY = 4;

/** What a page command does with each input and how it prints the result. */
export interface PageRunner<R extends ArticleResult = ArticleResult> {
  run(input: ExtractInput, options: ExtractOptions): Promise<R>;
  /** Renders one successful result (`json` output is always `JSON.stringify(result)`). */
  format(result: R, format: OutputFormat): string;
}

/** `sitrep extract`: the clean article. */
export const extractRunner: PageRunner = { run: extract, format: formatArticle };

/** Registers `sitrep extract` on the program. */
export function registerExtract(program: Command, ctx: CliContext): void {
  addPageOptions(
    program.command('extract').description('Extract the clean article (title, standfirst, byline, date, body) from pages'),
  ).action(async (inputs: string[], opts: ExtractCommandOptions, command: Command) => {
    await runExtract(inputs, opts, ctx, (message) => command.error(`error: ${message}`, { exitCode: 2, code: 'sitrep.usage' }));
  });
}

/** Adds the inputs argument and the options every page command shares (extract, analyze). */
export function addPageOptions(command: Command): Command {
  return command
    .argument('<inputs...>', 'HTML or text files (.gz too), http(s) URLs, or - for stdin; batch JSONL files with --input-format jsonl')
    .addOption(new Option('--format <format>', 'output format (batch mode always writes JSON lines)').choices(['text', 'json', 'markdown']).default('text'))
    .option('--date <date>', 'publication date to assume when the page gives none (YYYY-MM-DD)', parseDateOption)
    .option('--url <url>', 'the URL the page was fetched from (one input only)')
    .addOption(
      new Option('--input-format <kind>', 'auto: pages (files named *.jsonl are batches); jsonl: every input is batch JSONL').choices(['auto', 'jsonl']).default('auto'),
    )
    .option('--encoding <label>', 'decode inputs with this encoding instead of detecting it (e.g. windows-1252)')
    .option('--max-bytes <size>', 'largest input accepted, e.g. 20MB (default 10MB)', parseSizeOption)
    .option('--timeout <seconds>', 'URL fetches: time allowed for a whole fetch (default 30)', parseSecondsOption)
    .option('--connect-timeout <seconds>', 'URL fetches: time allowed until the server answers (default 10)', parseSecondsOption)
    .option('--max-redirects <n>', 'URL fetches: redirects to follow (default 5)', intOption(0, 50))
    .option('--concurrency <n>', 'inputs processed at once; output keeps input order', intOption(1, 64), DEFAULT_CONCURRENCY)
    .option('-q, --quiet', 'do not print warnings on stderr (they stay in JSON output)');
}

/**
 * Runs `extract` over the inputs: pages, or batch JSONL files. Sets `ctx.exitCode` to 1 when
 * any input failed; calls `usage` (which throws) for contradictory arguments.
 */
export async function runExtract<R extends ArticleResult>(
  inputs: readonly string[],
  opts: ExtractCommandOptions,
  ctx: CliContext,
  usage: (message: string) => never,
  runner: PageRunner<R> = extractRunner as unknown as PageRunner<R>,
): Promise<void> {
  if (inputs.filter((i) => i === '-').length > 1) usage('"-" (stdin) can be given only once');
  const batch = opts.inputFormat === 'jsonl' || (inputs.length > 0 && inputs.every((i) => /\.(jsonl|ndjson)(\.gz)?$/i.test(i)));
  if (opts.inputFormat === 'auto' && !batch && inputs.some((i) => /\.(jsonl|ndjson)(\.gz)?$/i.test(i))) {
    usage('some inputs are batch JSONL files and some are pages; run them separately, or pass --input-format jsonl');
  }
  const shared: ExtractOptions = {
    ...(opts.date === undefined ? {} : { date: opts.date }),
    ...(opts.encoding === undefined ? {} : { encoding: opts.encoding }),
    ...(opts.maxBytes === undefined ? {} : { maxBytes: opts.maxBytes }),
    ...(opts.timeout === undefined ? {} : { timeoutMs: opts.timeout }),
    ...(opts.connectTimeout === undefined ? {} : { connectTimeoutMs: opts.connectTimeout }),
    ...(opts.maxRedirects === undefined ? {} : { maxRedirects: opts.maxRedirects }),
    stdin: ctx.io.stdin,
  };
  if (batch) {
    if (opts.url !== undefined) usage('--url names one page; in batch mode give each line its own "url"');
    if (opts.format !== 'json' && opts.format !== 'text') usage('batch mode writes JSON lines; drop --format or use --format json');
    await runBatch(inputs, shared, opts, ctx, runner);
    return;
  }
  if (opts.url !== undefined && inputs.length > 1) usage('--url names the page\'s URL, so it takes exactly one input');
  const options: ExtractOptions = { ...shared, ...(opts.url === undefined ? {} : { url: opts.url }) };
  await mapOrdered(
    inputs,
    opts.concurrency,
    (input) => runner.run(input, options),
    (result) => {
      reportProblems(result, result.source, ctx.io.stderr, opts.quiet === true);
      if (result.errors.length > 0) ctx.exitCode = 1;
      if (opts.format === 'json') ctx.io.stdout.write(`${JSON.stringify(result)}\n`);
      else if (result.errors.length === 0 || result.text) ctx.io.stdout.write(runner.format(result, opts.format));
    },
  );
}

/** Batch mode: every line of every input becomes one JSON result line, in order. */
async function runBatch<R extends ArticleResult>(inputs: readonly string[], shared: ExtractOptions, opts: ExtractCommandOptions, ctx: CliContext, runner: PageRunner<R>): Promise<void> {
  const entries = batchEntries(inputs, ctx);
  await mapOrdered(
    entries,
    opts.concurrency,
    (entry) => runBatchEntry(entry, shared, runner),
    ({ result, where }) => {
      reportProblems(result, where, ctx.io.stderr, opts.quiet === true);
      if (result.errors.length > 0) ctx.exitCode = 1;
      ctx.io.stdout.write(`${JSON.stringify(result)}\n`);
    },
  );
}

/** One unit of batch work: a parsed line, or a whole batch file that could not be opened. */
type BatchEntry = { file: string; parsed: BatchLineResult } | { file: string; failure: Error };

async function* batchEntries(inputs: readonly string[], ctx: CliContext): AsyncGenerator<BatchEntry> {
  for (const file of inputs) {
    let stream: AsyncIterable<Uint8Array | string>;
    if (file === '-') {
      if (ctx.io.stdin.isTTY === true) {
        yield { file, failure: inputErrors.stdinIsTerminal() };
        continue;
      }
      stream = ctx.io.stdin;
    } else {
      const problem = isUrl(file) ? inputErrors.badUrl(file, 'batch JSONL is read from files or stdin') : await fileProblem(file);
      if (problem) {
        yield { file, failure: problem };
        continue;
      }
      stream = createReadStream(file);
    }
    try {
      for await (const parsed of readBatch(stream, file)) yield { file, parsed };
    } catch (error) {
      const isInputError = error instanceof Error && error.name === 'InputError';
      yield { file, failure: isInputError ? error : inputErrors.unreadable(file, error instanceof Error ? error.message : String(error), error) };
    }
  }
}

async function fileProblem(file: string): Promise<Error | undefined> {
  try {
    const info = await stat(file);
    return info.isDirectory() ? inputErrors.isDirectory(file) : undefined;
  } catch (error) {
    const code = (error as { code?: string }).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? inputErrors.notFound(file) : inputErrors.unreadable(file, code ?? String(error), error);
  }
}

async function runBatchEntry<R extends ArticleResult>(entry: BatchEntry, shared: ExtractOptions, runner: PageRunner<R>): Promise<{ result: ArticleResult; where: string }> {
  if ('failure' in entry) return { result: errorResult(entry.file, entry.failure), where: entry.file };
  const { file, parsed } = entry;
  const where = `${file}:${parsed.line}`;
  if (!parsed.ok) {
    return { result: { ...errorResult(parsed.id ?? where, parsed.error, where), line: parsed.line }, where };
  }
  const item = parsed.item;
  const note = unknownFieldsNote(item, file);
  const options: ExtractOptions = {
    ...shared,
    id: item.id,
    uri: `jsonl:${file}#${item.id}`,
    ...(item.date === undefined ? {} : { date: item.date }),
    ...(note === undefined ? {} : { notes: [note] }),
  };
  let result: ArticleResult;
  if (item.html !== undefined) result = await runner.run({ html: item.html }, { ...options, ...(item.url === undefined ? {} : { url: item.url }) });
  else if (item.text !== undefined) result = await runner.run({ text: item.text }, { ...options, ...(item.url === undefined ? {} : { url: item.url }) });
  else result = await runner.run(item.url ?? '', options);
  return { result: { ...result, line: item.line }, where };
}
