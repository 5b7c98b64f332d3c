/**
 * The extractors the extraction benchmark compares, in table order. Each is loaded lazily, inside
 * its own worker process, so one extractor's modules never weigh on another's memory numbers.
 */
import type { ExtractText } from '../peers/extractor.js';

/** One benchmarked extractor. */
export interface ExtractorEntry {
  /** Id used on the command line and by the worker. */
  name: string;
  /** Name in the table. */
  label: string;
  /** How its text output is taken (for the notes under the table). */
  output: string;
  /** Run when no `--extractors=` is given. Off for setups too slow to run on every bench. */
  byDefault: boolean;
  /** Why an entry is off by default (shown in the document). */
  offReason?: string;
  load(): Promise<ExtractText>;
}

/** The id of sitrep's own entry, the numerator of the speed ratios. */
export const SITREP = 'sitrep';

/** Every extractor, sitrep first. */
export const EXTRACTORS: readonly ExtractorEntry[] = [
  {
    name: SITREP,
    label: 'sitrep (extraction)',
    output: '`doc.text` after ingesting the string as `extract()` does and running the extract stage alone (`bench/peers/sitrep.ts`)',
    byDefault: true,
    load: async () => (await import('../peers/sitrep.js')).sitrepExtractText,
  },
  {
    name: 'sitrep-extract-api',
    label: 'sitrep `extract()` (public API)',
    output: '`extract({ html }, { url }).text`: the same extraction plus the public result object (paragraphs with source offsets, metadata); its imports also load the rest of the pipeline (NLP, events). Shown for what a library caller pays; not used in the ratios',
    byDefault: true,
    load: async () => (await import('../peers/sitrep-api.js')).sitrepApiText,
  },
  {
    name: 'readability-jsdom',
    label: 'Readability.js + jsdom',
    output: '`new Readability(new JSDOM(html, { url }).window.document).parse().content` → text by block elements (scores above its `textContent`, which fuses words across blocks)',
    byDefault: true,
    load: async () => (await import('../peers/readability-jsdom.js')).readabilityJsdomText,
  },
  {
    name: 'readability-linkedom',
    label: 'Readability.js + linkedom',
    output: '`new Readability(parseHTML(html).document).parse().content` → text by block elements',
    byDefault: true,
    load: async () => (await import('../peers/readability-linkedom.js')).readabilityLinkedomText,
  },
  {
    name: 'defuddle-linkedom',
    label: 'Defuddle + linkedom',
    output: '`Defuddle(parseHTML(html).document, url, { useAsync: false }).content` → text by block elements',
    byDefault: true,
    load: async () => (await import('../peers/defuddle.js')).defuddleLinkedomText,
  },
  {
    name: 'defuddle-jsdom',
    label: 'Defuddle + jsdom',
    output: '`Defuddle(new JSDOM(html, { url }).window.document, url, { useAsync: false }).content` → text by block elements',
    byDefault: false,
    offReason: 'too slow to run by default: a first try, under load, did not finish one pass over the corpus in 500 s on the 2-core dev machine',
    load: async () => (await import('../peers/defuddle.js')).defuddleJsdomText,
  },
  {
    name: 'article-extractor',
    label: '@extractus/article-extractor',
    output: '`extractFromHtml(html, url).content` → text by block elements (`null` = empty)',
    byDefault: true,
    load: async () => (await import('../peers/article-extractor.js')).articleExtractorText,
  },
];

/** The entry called `name`, or `undefined`. */
export function extractorByName(name: string): ExtractorEntry | undefined {
  return EXTRACTORS.find((e) => e.name === name);
}
