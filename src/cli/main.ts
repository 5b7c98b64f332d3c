import { Command, InvalidArgumentError, Option } from 'commander';
import { extract } from '../article.js';
import type { ExtractOptions } from '../article.js';
import { formatArticle } from './format.js';
import type { OutputFormat } from './format.js';

/** Checks a `--date` value: a calendar date or date-time. */
function parseDateOption(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new InvalidArgumentError(`"${value}" is not a date; use YYYY-MM-DD, e.g. --date 2014-01-13`);
  }
  return value;
}

/**
 * Runs the CLI. Returns the exit code: 0 when every input succeeded, 1 when any input failed.
 */
export async function main(argv: readonly string[]): Promise<number> {
  let exitCode = 0;
  const program = new Command();
  program
    .name('sitrep')
    .description('Turn raw news pages into sourced, structured event data.')
    .showHelpAfterError();

  program
    .command('extract')
    .description('Extract the clean article (title, standfirst, byline, date, body) from pages')
    .argument('<inputs...>', 'HTML or text files (.gz too), http(s) URLs, or - for stdin')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .option('--date <date>', 'publication date to assume when the page gives none (YYYY-MM-DD)', parseDateOption)
    .option('--url <url>', 'the URL the page was fetched from')
    .action(async (inputs: string[], opts: { format: OutputFormat; date?: string; url?: string }) => {
      for (const input of inputs) {
        const options: ExtractOptions = {
          ...(opts.url === undefined ? {} : { url: opts.url }),
          ...(opts.date === undefined ? {} : { date: opts.date }),
        };
        const result = await extract(input, options);
        for (const error of result.errors) process.stderr.write(`sitrep: ${error.message}\n`);
        if (result.errors.length > 0) exitCode = 1;
        process.stdout.write(formatArticle(result, opts.format) + (opts.format === 'json' ? '\n' : ''));
      }
    });

  await program.parseAsync([...argv]);
  return exitCode;
}
