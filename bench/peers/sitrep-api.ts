/**
 * sitrep through its public API, `extract({ html }, { url })`, as a library caller uses it: ingest,
 * the default pipeline up to the extract stage, and the result object (paragraphs with their
 * text and source offsets, metadata, messages). Importing `src/article.ts` also loads the rest of
 * the pipeline's modules (NLP, events), which shows in this worker's memory. The extraction-only
 * comparison with the peers is `sitrep.ts`.
 */
import { extract } from '../../src/article.js';
import type { ExtractText } from './extractor.js';

/** sitrep's article text through the public `extract()`. */
export const sitrepApiText: ExtractText = async (html, url) => (await extract({ html }, { url })).text;
