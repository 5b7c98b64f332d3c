/**
 * The data model shared by every stage. Stages never import each other; whatever one stage
 * writes and another reads is typed here.
 *
 * Offsets: every span is half-open `{start, end}` over a string, counted in UTF-16 code units
 * (JavaScript string indices). Python tools such as spaCy count code points instead.
 *
 * @module
 */

/** A half-open character range `[start, end)` in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

/** How a source was obtained and decoded. `raw` is the decoded source text, never modified. */
export interface Source {
  /** Where the input came from: a path, `-` for stdin, a URL, or `jsonl:<file>#<id>`. */
  uri: string;
  /** Caller-supplied identifier (batch JSONL `id`), else derived from `uri`. */
  id: string;
  /** `text/html` or `text/plain`. */
  mediaType: 'text/html' | 'text/plain';
  /** The decoded source text. Every `sourceStart`/`sourceEnd` indexes into this string. */
  raw: string;
  /** The character encoding the bytes were decoded from (`utf-8`, `windows-1252`, …). */
  encoding: string;
  /** How the encoding was decided: `bom`, `header`, `meta`, `sniff`, `default` or `given`. */
  encodingSource: string;
  /** The final URL (after redirects) or the URL the caller gave with `--url`. */
  url?: string;
  /** A publication date the caller knows (`--date`), ISO 8601. */
  date?: string;
  /** When the bytes were read, ISO 8601. */
  fetchedAt: string;
  /** sha256 of the raw bytes, hex. */
  sha256: string;
  /**
   * The text is already the clean article (`sitrep analyze --no-extract`): extraction keeps every
   * paragraph as it is instead of looking for the article among clutter.
   */
  preExtracted?: boolean;
}

/** The kinds of body block extraction keeps as structure. */
export type BlockKind = 'p' | 'h' | 'li' | 'blockquote' | 'pre';

/** One body block (paragraph, heading, list item…) as a span of `doc.text`. */
export interface Paragraph extends Span {
  kind: BlockKind;
  /** Heading level 1–6 for `h`; list depth for `li`. */
  level?: number;
}

/** A metadata value together with where it was found. */
export interface MetaField<T = string> {
  value: T;
  /** Which rule produced it, e.g. `json-ld`, `og:title`, `meta[name=author]`, `time`, `url`, `text`. */
  from: string;
  /** Where the value lies in `source.raw`, when it comes from one contiguous place. */
  source?: Span;
}

/** Article-level metadata. Absent fields are unknown, never guessed. */
export interface ArticleMeta {
  title?: MetaField;
  standfirst?: MetaField;
  byline?: MetaField;
  /** ISO 8601 date or date-time. */
  published?: MetaField;
  siteName?: MetaField;
  /** BCP 47 primary language tag, e.g. `en`. */
  lang?: MetaField;
  /** Canonical URL of the article. */
  url?: MetaField;
}

/**
 * The typed annotation layers of a Document. Each layer has one writer (a stage); later
 * issues add layers here.
 */
export interface LayerMap {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  entities: EntitySpan[];
  mentions: Mention[];
  referents: Referent[];
  dates: DateMention[];
  quantities: Quantity[];
  quotes: Quote[];
  actors: ActorMention[];
  places: PlaceMentionRef[];
  events: CodedEvent[];
}

// ---- Language layer (src/nlp) ----------------------------------------------------------------

/** One sentence; never crosses a paragraph boundary. */
export interface Sentence extends Span {
  /** Index of the paragraph (in the `paragraphs` layer) that holds the sentence. */
  paragraph: number;
}

/** One token: `doc.text.slice(start, end)` is the token text. */
export interface Token extends Span {
  /** Universal POS tag (UD v2: `NOUN`, `PROPN`, `VERB`, `NUM`, `PUNCT`…). */
  pos: string;
  /** Index of the sentence (in the `sentences` layer) that holds the token. */
  sentence: number;
}

/** Named-entity types (CoNLL-style, plus OntoNotes' NORP for nationalities and groups). */
export type EntityType = 'PERSON' | 'ORG' | 'LOC' | 'NORP';

/** A named-entity span found by the tagger or by a rule. */
export interface EntitySpan extends Span {
  text: string;
  type: EntityType;
  /** Canonical name when the rule that found it knows one (e.g. a country's common name). */
  canonical?: string;
  /** `tagger` (the trained model) or `rule:<name>` (the gazetteer and title rules). */
  by: string;
  score?: number;
}

/** How a mention refers to its referent. */
export type MentionKind = 'name' | 'demonym' | 'metonym';

/** One mention of a referent (a person, organisation, place or country) in the text. */
export interface Mention extends Span {
  text: string;
  /** `id` of the {@link Referent} this mention resolves to. */
  referent: string;
  type: EntityType;
  kind: MentionKind;
}

/**
 * One real-world entity of the document, with every mention merged ("Mr Kerry", "Kerry",
 * "US Secretary of State John Kerry"). The span is its first mention.
 */
export interface Referent extends Span {
  /** Stable within the document: `e1`, `e2`… in order of first mention. */
  id: string;
  type: EntityType;
  /** The fullest name the document gives (for countries, the common English name). */
  canonical: string;
  /** ISO 3166-1 alpha-2 code when the referent is (or stands for) a country. */
  country?: string;
  /** Title or office given in apposition, e.g. `Foreign Minister`. */
  role?: string;
  /** Country of the role, ISO alpha-2 (from "Russian Foreign Minister"). */
  affiliation?: string;
  /** Number of mentions. */
  mentions: number;
}

/** Granularity of a date mention. */
export type DatePrecision = 'day' | 'week' | 'month' | 'year' | 'range';

/** A date expression, resolved against the publication date where it needs one. */
export interface DateMention extends Span {
  text: string;
  /** ISO date (`2014-01-22`, `2013-12`, `2011`) or an inclusive day range; `null` when unresolved. */
  value: string | { start: string; end: string } | null;
  precision: DatePrecision;
  /** `stated`: the text gives the date in full; `inferred`: it needed the publication date. */
  certainty: 'stated' | 'inferred';
  /** Why `value` is null, or how an inferred value was reached. */
  reason?: string;
  /** `chrono` or `rule:<name>`. */
  by: string;
}

/** What a number in the text is. Only `count` and `duration` count things. */
export type QuantityKind = 'count' | 'duration' | 'year' | 'date' | 'time' | 'money' | 'percent' | 'ordinal' | 'age' | 'identifier';

/** How a quantity's qualifier bounds the true number. */
export type QuantityQualifier = 'exact' | 'approx' | 'upper' | 'lower' | 'vague' | 'range';

/** A number in the text, with its qualifier and the noun it counts. */
export interface Quantity extends Span {
  text: string;
  kind: QuantityKind;
  /** The number (for vague plurals, the least the word implies: "hundreds" → 200). */
  value: number;
  qualifier: QuantityQualifier;
  /** For `lower`/`upper` bounds: whether the bound itself is excluded ("more than 100"). */
  exclusive?: boolean;
  /** For ranges ("between 50 and 60"). */
  max?: number;
  /** The head noun counted ("people" in "700 people"), when there is one. */
  noun?: Span & { text: string };
}

/** A direct or reported quotation with its speaker. */
export interface Quote extends Span {
  /** The quoted or reported words (without quote marks). */
  text: string;
  kind: 'direct' | 'reported';
  /** The speech verb or attribution cue ("said", "told"). */
  cue?: Span & { text: string };
  speaker?: Span & { text: string; referent?: string };
}

// ---- Event layer (src/events) ---------------------------------------------------------------

/** Who an actor is, as the event coder codes it (PLOVER fields). */
export interface ActorCode {
  /** The text that names the actor ("Mr Assad's forces"). */
  text: string;
  /** Canonical name ("Bashar al-Assad", "Syria"); the text itself when nothing better is known. */
  name: string;
  /** PLOVER country: ISO 3166 alpha-3, or a non-state code (`IGO`, `UNO`, `EUR`, `NGO`, `IMG`); absent when unknown. */
  country?: string;
  /** PLOVER sector (`GOV`, `MIL`, `REB`, `OPP`, `CVL`, `COP`, `JUD`, …); absent when unknown. */
  sector?: string;
  /** `place`: an event recipient that is the country of the event's place, because the text names no recipient. */
  from?: 'place';
}

/** One actor phrase in the text, resolved to an {@link ActorCode}. */
export interface ActorMention extends Span, ActorCode {
  /** Index of the sentence that holds it. */
  sentence: number;
  /** Stable within the document: mentions with the same name, country and sector share it (`a1`, `a2`…). */
  actor: string;
  /** Where the country and sector came from: `text` (title, noun, demonym in the phrase), `lexicon`, `referent`. */
  by: string;
  /** `referent` id of the language layer's entity, when a mention covers the phrase. */
  referent?: string;
  /** Index of the coordination group ("The US and Russia"): members share it. */
  group?: number;
}

/** A geocoded place mention. */
export interface PlaceMentionRef extends Span {
  text: string;
  sentence: number;
  name: string;
  lat: number;
  lon: number;
  /** ISO alpha-3. */
  country: string;
  admin1?: string;
  precision: 'city' | 'region' | 'country' | 'feature';
  /** Gazetteer id (`geonames:…`, `country:SYR`). */
  id: string;
}

/** How sure the text is that an event took place. */
export type EventStatus = 'occurred' | 'negated' | 'hypothetical' | 'planned' | 'intended' | 'claimed';

/** A span of the evidence, in the article text and in the source page. */
export interface EvidenceSpan extends Span {
  text: string;
  sourceStart?: number;
  sourceEnd?: number;
}

/** One telling of an event: the sentence and the spans that coded it. */
export interface EventEvidence extends EvidenceSpan {
  /**
   * Set when the telling is in the article's title or standfirst, which lie outside `doc.text`: then
   * `start`/`end` (and those of the inner spans) index that `meta` field's value and `sentence` its
   * sentences; `sourceStart`/`sourceEnd` still index the source page.
   */
  field?: 'title' | 'standfirst';
  sentence: number;
  trigger: EvidenceSpan;
  actor?: EvidenceSpan;
  recipient?: EvidenceSpan;
  place?: EvidenceSpan;
  date?: EvidenceSpan;
}

/** A count attached to an event (dead, injured, size), with the quantity's qualifier. */
export interface EventCount {
  value: number;
  qualifier: string;
  max?: number;
  text: string;
  start: number;
  end: number;
}

/** Where an event happened. */
export interface EventLocation {
  text: string;
  name: string;
  lat: number;
  lon: number;
  country: string;
  admin1?: string;
  precision: string;
  /** The preposition that ties event and place ("in", "near", "east of"). */
  relation?: string;
}

/** One coded event (PLOVER type/mode/context, CAMEO code) with its evidence; the span is its first evidence's trigger. */
export interface CodedEvent extends Span {
  id: string;
  type: string;
  mode?: string;
  context?: string[];
  cameo: string;
  goldstein: number;
  status: EventStatus;
  /** Who said so, for reported events ("Mr Lavrov"). */
  claimedBy?: string;
  actors: ActorCode[];
  recipients: ActorCode[];
  location?: EventLocation;
  /** ISO date, month, year or `{start,end}` range. */
  date?: string | { start: string; end: string };
  datePrecision?: string;
  /** `sentence` (a date in the sentence) or `article` (the publication date). */
  dateFrom?: 'sentence' | 'article';
  dead?: EventCount;
  injured?: EventCount;
  size?: EventCount;
  /** Events split from one compound-actor clause share it. */
  group?: string;
  /**
   * The event of its sentence's main clause (or of a report's content, "X said it would …"),
   * as a one-event-per-sentence coding reads the sentence; complements ("threatened to ban")
   * and subordinate clauses are not primary.
   */
  primary?: boolean;
  /** The type the trigger names when PLOVER's future/refusal shift recoded it ("will provide aid": AID → AGREE). */
  shiftedFrom?: string;
  evidence: EventEvidence[];
}

/** Name of a Document layer, or one of the Document's own slots. */
export type LayerName = keyof LayerMap | 'source' | 'text' | 'meta';
