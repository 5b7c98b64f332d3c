import type { ByteStream } from '../ingest/index.js';

/** Something text can be written to (process.stdout, or a string collector in tests). */
export interface TextSink {
  write(text: string): unknown;
}

/**
 * The streams a CLI run uses. `main()` takes them as a parameter so tests run commands
 * in-process and read what they printed.
 */
export interface CliIo {
  stdout: TextSink;
  stderr: TextSink;
  /** What the input `-` reads. */
  stdin: ByteStream & { isTTY?: boolean };
}

/** The real process streams. */
export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
}

/** State shared by the commands of one run: the streams and the exit code so far. */
export interface CliContext {
  io: CliIo;
  /** 0 = every input succeeded, 1 = some input failed. Usage errors (2) are thrown instead. */
  exitCode: number;
}
