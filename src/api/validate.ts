import { zValidator } from '@hono/zod-validator';
import type { z } from 'zod';
import { apiError, describeIssues } from './errors.js';

/**
 * zod validation of a request part, answering 400 with every problem named (instead of the
 * validator's default raw issue dump).
 */
export function validate<T extends z.ZodType, Target extends 'query' | 'json' | 'param'>(target: Target, schema: T) {
  return zValidator(target, schema, (result, c) => {
    if (!result.success) return apiError(c, 400, 'bad-request', `bad ${target === 'json' ? 'body' : target}: ${describeIssues(result.error)}`);
    return undefined;
  });
}
