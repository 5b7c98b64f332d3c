/**
 * sitrep through its public API, `extract({ html }, { url })`, exactly as a library caller uses it:
 * the string is encoded and sniffed like any input, the default pipeline runs (parse → metadata →
 * body), and the result object is built with its paragraph offsets. Going through the pipeline
 * directly would skip the result building; the public call is what users pay for.
 */
import { extract } from '../../src/article.js';
import type { ExtractText } from './extractor.js';

/** sitrep's article text. */
export const sitrepText: ExtractText = async (html, url) => (await extract({ html }, { url })).text;
