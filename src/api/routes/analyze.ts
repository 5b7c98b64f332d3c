import { Hono } from 'hono';
import type { AnalyzeOptions } from '../../analysis.js';
import type { ExtractInput } from '../../article.js';
import { InputError } from '../../core/index.js';
import { ingestInput } from '../../ingest/index.js';
import { ingestResult } from '../../knowledge-base.js';
import type { ApiDeps } from '../deps.js';
import { apiError } from '../errors.js';
import { analyzeBody } from '../schemas.js';
import { validate } from '../validate.js';

/**
 * `POST /api/analyze`: a URL, HTML or text in, the full analysis (article, entities, quotes,
 * events with evidence offsets into `text` and the source page) out; `store: true` also adds it
 * to the knowledge base. A URL is fetched here (not by `analyze`) so the exact decoded page is
 * what gets stored, and so only http(s) is ever read: a path would read the server's files.
 */
export function analyzeRoutes({ store, analyze, maxPageBytes, fetchTimeoutMs }: ApiDeps): Hono {
  return new Hono().post('/', validate('json', analyzeBody), async (c) => {
    const body = c.req.valid('json');
    const options: AnalyzeOptions = { maxBytes: maxPageBytes, ...(body.date ? { date: body.date } : {}) };
    let input: ExtractInput;
    let raw: string;
    let uri: string;
    if (body.url !== undefined) {
      try {
        const fetched = await ingestInput(body.url, { maxBytes: maxPageBytes, timeoutMs: fetchTimeoutMs });
        raw = fetched.source.raw;
        uri = body.url;
        options.url = fetched.source.url ?? body.url;
        options.mediaType = fetched.source.mediaType;
        input = fetched.source.mediaType === 'text/plain' ? { text: raw } : { html: raw };
      } catch (error) {
        if (error instanceof InputError) return apiError(c, 422, error.code, error.message);
        throw error;
      }
    } else {
      raw = body.html ?? body.text ?? '';
      uri = body.pageUrl ?? (body.html !== undefined ? 'api:html' : 'api:text');
      if (body.pageUrl) options.url = body.pageUrl;
      options.uri = uri;
      input = body.html !== undefined ? { html: raw } : { text: raw };
      // Text is extracted like a text file given to `sitrep analyze` (a pasted page dump keeps its
      // clutter out); `extract: false` takes the text as the article itself, every paragraph kept.
      if (body.text !== undefined && body.extract === false) options.preExtracted = true;
    }
    const result = await analyze(input, options);
    const failure = result.errors[0];
    if (failure) return apiError(c, 422, failure.code, failure.message);
    if (body.store !== true) return c.json({ result });
    const stored = await ingestResult(store, result, { raw, uri });
    return c.json({ result, stored });
  });
}
