import { apiSection } from './api/section.js';
import { extractionSection } from './extraction/section.js';
import { ingestSection } from './ingest/section.js';
import { nlpSection } from './nlp/section.js';
import { pipelineSection } from './pipeline/section.js';
import type { BenchSection } from './section.js';

/**
 * Every benchmark section, in document order. Later sections (language layer tokens/s, whole
 * pipeline sentences/s, ingest pages/s, API latency) are added here.
 */
export const SECTIONS: readonly BenchSection[] = [extractionSection, nlpSection, pipelineSection, ingestSection, apiSection];
