import type { ActorCode, CodedEvent, DateMention, Document, Quantity, Quote } from './core/index.js';
import { articleResult, runOnInput } from './article.js';
import type { ArticleResult, ExtractInput, ExtractOptions } from './article.js';
import { defaultPipeline } from './default-pipeline.js';

/** One mention of an {@link AnalysisEntity}. */
export interface AnalysisMention {
  start: number;
  end: number;
  text: string;
  /** `name`, `demonym` ("the Russians") or `metonym` ("Moscow said"). */
  kind: string;
}

/** A resolved entity of the article with all its mentions. */
export interface AnalysisEntity {
  id: string;
  type: string;
  canonical: string;
  country?: string;
  role?: string;
  affiliation?: string;
  mentions: AnalysisMention[];
}

/** One entity mention, as the schema names it: offsets into `text`, with its entity's canonical name. */
export interface AnalysisEntityMention {
  text: string;
  type: string;
  start: number;
  end: number;
  canonical: string;
  /** `id` of the entry in `referents` this mention resolves to. */
  referent: string;
  kind: string;
}

/** What `sitrep analyze` prints: the extraction result plus the language layer. */
export interface AnalysisResult extends ArticleResult {
  /** Every entity mention in text order. */
  entities: AnalysisEntityMention[];
  /** The article's entities with their mentions merged ("Mr Kerry" = "John Kerry"). */
  referents: AnalysisEntity[];
  dates: DateMention[];
  quantities: Quantity[];
  quotes: Quote[];
  /** The article's actors (PLOVER country and sector), each with its mentions. */
  actors: AnalysisActor[];
  /** Coded events (PLOVER), with evidence in the text and in the source page. */
  events: CodedEvent[];
}

/** One actor of the article and where the text names it. */
export interface AnalysisActor extends Omit<ActorCode, 'text'> {
  id: string;
  mentions: { start: number; end: number; text: string }[];
}

/** Options for {@link analyze}: those of `extract` (`date` anchors relative dates when the page has none). */
export interface AnalyzeOptions extends ExtractOptions {
  /** Plain-text inputs are already the clean article: keep every paragraph (`--no-extract`). */
  preExtracted?: boolean;
}

/**
 * Extracts one page and runs the language layer over it: entities (resolved within the article),
 * dates anchored to the publication date, quantities and quotes. Offsets index `result.text`.
 *
 * @example
 * const r = await analyze('page.html', { date: '2014-01-13' });
 * for (const q of r.quotes) console.log(q.speaker?.text, q.text);
 */
export async function analyze(input: ExtractInput, options: AnalyzeOptions = {}): Promise<AnalysisResult> {
  return runOnInput(input, options, {
    what: 'analysis',
    prepare: (source) => (options.preExtracted === true && source.mediaType === 'text/plain' ? { ...source, preExtracted: true } : source),
    run: async (doc) => analysisResult(await defaultPipeline().run(doc)),
    fail: emptyAnalysis,
  });
}

/** Builds the public analysis result from a Document the default pipeline has run over. */
export function analysisResult(doc: Document): AnalysisResult {
  const mentions = doc.layer('mentions') ?? [];
  const byReferent = new Map<string, AnalysisMention[]>();
  for (const m of mentions) {
    let list = byReferent.get(m.referent);
    if (!list) byReferent.set(m.referent, (list = []));
    list.push({ start: m.start, end: m.end, text: m.text, kind: m.kind });
  }
  const referents = (doc.layer('referents') ?? []).map((r) => ({
    id: r.id,
    type: r.type,
    canonical: r.canonical,
    ...(r.country === undefined ? {} : { country: r.country }),
    ...(r.role === undefined ? {} : { role: r.role }),
    ...(r.affiliation === undefined ? {} : { affiliation: r.affiliation }),
    mentions: byReferent.get(r.id) ?? [],
  }));
  const canonical = new Map(referents.map((r) => [r.id, r.canonical]));
  const entities = mentions.map((m) => ({
    text: m.text,
    type: m.type,
    start: m.start,
    end: m.end,
    canonical: canonical.get(m.referent) ?? m.text,
    referent: m.referent,
    kind: m.kind,
  }));
  return {
    ...articleResult(doc),
    entities,
    referents,
    dates: doc.layer('dates') ?? [],
    quantities: doc.layer('quantities') ?? [],
    quotes: doc.layer('quotes') ?? [],
    actors: analysisActors(doc),
    events: doc.layer('events') ?? [],
  };
}

function analysisActors(doc: Document): AnalysisActor[] {
  const byId = new Map<string, AnalysisActor>();
  for (const m of doc.layer('actors') ?? []) {
    let a = byId.get(m.actor);
    if (!a) {
      a = { id: m.actor, name: m.name, mentions: [] };
      if (m.country !== undefined) a.country = m.country;
      if (m.sector !== undefined) a.sector = m.sector;
      byId.set(m.actor, a);
    }
    a.mentions.push({ start: m.start, end: m.end, text: m.text });
  }
  return [...byId.values()];
}

function emptyAnalysis(result: ArticleResult): AnalysisResult {
  return { ...result, entities: [], referents: [], dates: [], quantities: [], quotes: [], actors: [], events: [] };
}

