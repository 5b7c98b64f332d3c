/**
 * Errors about a user's input. The message names the input and says what to do; the CLI
 * prints it as is, the batch mode puts it in the line's `errors`.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  /** Stable code for scripts, e.g. `binary-input`, `empty-input`, `too-large`. */
  readonly code: string;
  /** The input the error is about (path, URL, `-`, or batch id). */
  readonly input: string;

  constructor(options: { code: string; input: string; message: string; cause?: unknown }) {
    super(`${options.input}: ${options.message}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = options.code;
    this.input = options.input;
  }
}

/** A pipeline that cannot work as configured (a stage requirement not met, an unknown stage). */
export class PipelineError extends Error {
  override readonly name = 'PipelineError';
}
