/**
 * sitrep through its public API, `extract({ html }, { url })`, as a library caller uses it: ingest,
 * the whole default pipeline (extraction and the NLP layers), and the result object with
 * paragraph offsets. Shown beside the peers for what the public call costs; the extraction-only
 * comparison is `sitrep.ts`.
 */
import { extract } from '../../src/article.js';
import type { ExtractText } from './extractor.js';

/** sitrep's article text through the public `extract()`. */
export const sitrepApiText: ExtractText = async (html, url) => (await extract({ html }, { url })).text;
