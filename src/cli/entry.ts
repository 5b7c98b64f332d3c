/**
 * Process entry point: runs the CLI on this process's arguments and sets its exit code.
 * `bin/sitrep.js` loads the compiled copy; during development `npx tsx src/cli/entry.ts extract page.html`.
 *
 * @module
 */
import { main } from './main.js';

// `sitrep extract … | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`sitrep: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
