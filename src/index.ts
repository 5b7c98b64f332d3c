/**
 * sitrep's public library API.
 * @module
 */
export * from './core/index.js';
export { defaultPipeline, DEFAULT_STAGES } from './default-pipeline.js';
export { extract, articleResult, errorResult } from './article.js';
export type { ArticleResult, ArticleParagraph, ExtractInput, ExtractOptions, ResultError } from './article.js';
export { analyze, analysisResult } from './analysis.js';
export type { AnalysisResult, AnalysisEntity, AnalysisEntityMention, AnalysisMention, AnalyzeOptions } from './analysis.js';
export { readInput, sourceFromBytes } from './ingest/index.js';
