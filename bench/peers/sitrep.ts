/**
 * sitrep doing the extraction job the peers do: the HTML string ingested exactly as the public
 * `extract({ html }, { url })` ingests it (`ingestString`: encoded, sniffed, decoded), then the
 * extract stage alone (parse → metadata → body → text), and `doc.text` — the same text `extract()`
 * returns. The speed ratios and targets use this: it is the extraction job and nothing else, and
 * only the extraction modules are imported, so the NLP and event models (which `src/article.ts`
 * pulls in through the default pipeline) do not weigh on this worker's memory. `sitrep-api.ts`
 * measures the public call, result object included, separately.
 */
import { Document, createPipeline } from '../../src/core/index.js';
import { extractStage } from '../../src/extract/index.js';
import { ingestString } from '../../src/ingest/index.js';
import type { ExtractText } from './extractor.js';

const extractOnly = createPipeline([extractStage]);

/** sitrep's article text: ingest + extract stage (the same text `extract()` returns). */
export const sitrepExtractText: ExtractText = async (html, url) => {
  const { source } = ingestString(html, { uri: 'html', url, mediaType: 'text/html' });
  return (await extractOnly.run(new Document(source))).text;
};
