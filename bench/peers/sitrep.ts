/**
 * sitrep doing the extraction job the peers do: the HTML string ingested exactly as the public
 * `extract({ html }, { url })` ingests it (`ingestString`: encoded, sniffed, decoded), then the
 * extract stage alone (parse → metadata → body → text), and `doc.text` — the same text `extract()`
 * returns. The speed ratios and targets use this: the default pipeline behind `extract()` also
 * runs the NLP layers (tokens, entities, dates, quotes…), work no peer does; `sitrep-api.ts`
 * measures that public call separately. Only extraction modules are imported here, so the NLP
 * models do not weigh on this worker's memory.
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
