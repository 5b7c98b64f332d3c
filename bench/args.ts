/**
 * Command-line options of `npm run bench`.
 */

/** Parsed options. */
export interface BenchOptions {
  /** Fewer and shorter passes: a smoke run, labelled as such in the document. */
  quick: boolean;
  /** Section names to run (`--only=a,b`); `undefined` runs all. */
  only: string[] | undefined;
  /** Extractor names to run in the extraction section (`--extractors=a,b`); `undefined` runs all. */
  extractors: string[] | undefined;
  /** Pin each worker process to one CPU with `taskset` (default on; `--no-pin` turns it off). */
  pin: boolean;
  /** Print the sections but leave docs/BENCHMARKS.md as it is (`--no-write`). */
  write: boolean;
  /** Print usage and exit. */
  help: boolean;
}

/** Usage text for `--help`. */
export const USAGE = `usage: npm run bench -- [--quick] [--only=<section>[,<section>]] [--extractors=<name>[,<name>]] [--no-pin] [--no-write]

  --quick        fewer, shorter passes (a smoke run; labelled "quick" in docs/BENCHMARKS.md)
  --only=S       run only these sections (others in docs/BENCHMARKS.md are kept as they were)
  --extractors=E run only these extractors in the extraction section (the document is updated only when
                 every default extractor is among them)
  --no-pin       do not pin worker processes to one CPU with taskset
  --no-write     print results, leave docs/BENCHMARKS.md unchanged`;

function list(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Parses `argv` (without the node and script entries). Throws on an unknown option. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { quick: false, only: undefined, extractors: undefined, pin: true, write: true, help: false };
  for (const arg of argv) {
    if (arg === '--quick') options.quick = true;
    else if (arg === '--no-pin') options.pin = false;
    else if (arg === '--no-write') options.write = false;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg.startsWith('--only=')) options.only = list(arg.slice('--only='.length));
    else if (arg.startsWith('--extractors=')) options.extractors = list(arg.slice('--extractors='.length));
    else throw new Error(`bench: unknown option ${arg}\n${USAGE}`);
  }
  return options;
}
