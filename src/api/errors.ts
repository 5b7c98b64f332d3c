import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';

/** The body of every error response: a stable code and a message a person can act on. */
export interface ApiErrorBody {
  error: { code: string; message: string };
}

/** Sends an error response. */
export function apiError(c: Context, status: ContentfulStatusCode, code: string, message: string): Response {
  return c.json<ApiErrorBody>({ error: { code, message } }, status);
}

/** One line per zod issue, naming the parameter: `since: must be a date, …; limit: must be from 1 to 200`. */
export function describeIssues(error: { issues: readonly z.core.$ZodIssue[] }): string {
  return error.issues
    .map((i) => {
      if (i.code === 'unrecognized_keys') return `unknown parameter${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `"${k}"`).join(', ')}`;
      const where = i.path.map(String).join('.');
      return where ? `${where}: ${i.message}` : i.message;
    })
    .join('; ');
}
