import { Command, CommanderError } from 'commander';
import { registerActors } from './commands/actors.js';
import { registerAnalyze } from './commands/analyze.js';
import { registerEvents } from './commands/events.js';
import { registerExport } from './commands/export.js';
import { registerExtract } from './commands/extract.js';
import { registerStats } from './commands/stats.js';
import { registerIngest } from './commands/ingest.js';
import { registerServe } from './commands/serve.js';
import type { CliContext, CliIo } from './io.js';
import { processIo } from './io.js';
import { packageVersion } from './version.js';

/** Exit code for a wrong command line (unknown option, bad value, contradictory arguments). */
export const EXIT_USAGE = 2;

/**
 * Runs the CLI on the given arguments (without `node` and the script name) and returns the exit
 * code: 0 when every input succeeded, 1 when any input failed, 2 for usage errors. Only wires
 * the commands; each lives in `commands/<name>.ts`.
 *
 * @example
 * process.exitCode = await main(process.argv.slice(2));
 */
export async function main(argv: readonly string[], io: Partial<CliIo> = {}): Promise<number> {
  const ctx: CliContext = { io: { ...processIo(), ...io }, exitCode: 0 };
  const program = new Command();
  program
    .name('sitrep')
    .description('Turn raw news pages into sourced, structured event data.')
    .version(packageVersion(), '-V, --version', 'print the version')
    // Settings made here are inherited by every command registered below.
    .exitOverride()
    .configureOutput({
      writeOut: (text) => ctx.io.stdout.write(text),
      writeErr: (text) => ctx.io.stderr.write(text),
      outputError: (text, write) => write(`sitrep: ${text.replace(/^error: /, '')}`),
    })
    .showHelpAfterError('(add --help for usage)');

  registerExtract(program, ctx);
  registerAnalyze(program, ctx);
  registerEvents(program, ctx);
  registerActors(program, ctx);
  registerExport(program, ctx);
  registerStats(program, ctx);
  registerIngest(program, ctx);
  registerServe(program, ctx);

  if (argv.length === 0) {
    ctx.io.stderr.write(program.helpInformation());
    return EXIT_USAGE;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here too, with exit code 0.
      return error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    const reason = error instanceof Error ? error.message : String(error);
    ctx.io.stderr.write(`sitrep: internal error: ${reason}; please report this with the command line\n`);
    return 1;
  }
  return ctx.exitCode;
}
