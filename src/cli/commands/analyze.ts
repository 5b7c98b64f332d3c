import type { Command } from 'commander';
import { analyze } from '../../analysis.js';
import type { AnalysisResult } from '../../analysis.js';
import { formatAnalysis } from '../format-analysis.js';
import type { CliContext } from '../io.js';
import { addPageOptions, runExtract } from './extract.js';
import type { ExtractCommandOptions, PageRunner } from './extract.js';

/** Parsed options of `sitrep analyze`. */
export interface AnalyzeCommandOptions extends ExtractCommandOptions {
  /** commander's negated `--no-extract`: false when the flag is given. */
  extract: boolean;
}

/** Registers `sitrep analyze` on the program. */
export function registerAnalyze(program: Command, ctx: CliContext): void {
  addPageOptions(
    program
      .command('analyze')
      .description('Extract the article and analyse it: entities, dates, quantities, quotes'),
  )
    .option('--no-extract', 'plain-text inputs are already the clean article text: skip extraction')
    .action(async (inputs: string[], opts: AnalyzeCommandOptions, command: Command) => {
      const runner: PageRunner<AnalysisResult> = {
        run: (input, options) => analyze(input, { ...options, preExtracted: !opts.extract }),
        format: formatAnalysis,
      };
      await runExtract(inputs, opts, ctx, (message) => command.error(`error: ${message}`, { exitCode: 2, code: 'sitrep.usage' }), runner);
    });
}
