/**
 * Process entry point: runs the CLI on this process's arguments and sets its exit code.
 * `bin/sitrep.js` loads the compiled copy; during development `npx tsx src/cli/entry.ts extract page.html`.
 *
 * @module
 */
import { main } from './main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`sitrep: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
