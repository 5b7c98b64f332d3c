import type { ArticleResult } from '../article.js';
import type { TextSink } from './io.js';

/**
 * Writes a result's errors (and, unless `quiet`, its warnings) to stderr as
 * `sitrep: <input>: <what to do>`. Messages that already start with the input's name are not
 * prefixed twice.
 */
export function reportProblems(result: ArticleResult, input: string, stderr: TextSink, quiet: boolean): void {
  for (const error of result.errors) stderr.write(`sitrep: ${withInput(input, error.message)}\n`);
  if (quiet) return;
  for (const warning of result.warnings) stderr.write(`sitrep: warning: ${withInput(input, warning)}\n`);
}

function withInput(input: string, message: string): string {
  return message.startsWith(`${input}:`) || message.startsWith(`${input} `) ? message : `${input}: ${message}`;
}
