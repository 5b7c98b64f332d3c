import type { ArticleMeta, LayerMap, LayerName, Source, Span } from './model.js';
import type { DocMessage, Severity } from './message.js';
import { OffsetMap } from './offsets.js';

/** One stage run recorded on the Document (what produced it, and how long it took). */
export interface StageRun {
  /** `name@vN`. */
  stage: string;
  ms: number;
}

/** The plain JSON form of a Document (see {@link Document.toJSON}). */
export interface DocumentJSON {
  id: string;
  source: Source;
  text: string | null;
  offsets: number[][] | null;
  meta: ArticleMeta;
  layers: Partial<LayerMap>;
  messages: DocMessage[];
  history: StageRun[];
}

/**
 * The carrier that flows through the pipeline (spaCy's Doc × unified's VFile): the immutable
 * source, the clean text once extraction set it, a text→source offset map, stand-off
 * annotation layers, diagnostics and the stage history.
 *
 * @example
 * const doc = new Document(source);
 * doc.setText('Clean text', OffsetMap.identity(10));
 * doc.setLayer('paragraphs', [{ start: 0, end: 10, kind: 'p' }]);
 */
export class Document {
  /** sha256 of the source bytes: a stable key for stores and dedup. */
  readonly id: string;
  readonly source: Readonly<Source>;
  meta: ArticleMeta = {};
  readonly messages: DocMessage[] = [];
  readonly history: StageRun[] = [];
  #text: string | undefined;
  #offsets: OffsetMap | undefined;
  readonly #layers: Partial<LayerMap> = {};

  constructor(source: Source) {
    this.source = Object.freeze({ ...source });
    this.id = source.sha256;
  }

  /** The clean article text. Throws when read before extraction set it. */
  get text(): string {
    if (this.#text === undefined) {
      throw new Error(`Document ${this.source.uri}: text is not set yet; run the extract stage first`);
    }
    return this.#text;
  }

  /** Whether the clean text has been set. */
  get hasText(): boolean {
    return this.#text !== undefined;
  }

  /** The text→source offset map. Throws when read before extraction set it. */
  get offsets(): OffsetMap {
    if (this.#offsets === undefined) {
      throw new Error(`Document ${this.source.uri}: offsets are not set yet; run the extract stage first`);
    }
    return this.#offsets;
  }

  /** Sets the clean text once; the text is immutable afterwards so every span stays valid. */
  setText(text: string, offsets: OffsetMap): void {
    if (this.#text !== undefined) {
      throw new Error(`Document ${this.source.uri}: text is already set; spans would no longer line up`);
    }
    this.#text = text;
    this.#offsets = offsets;
  }

  /** Reads a layer, or `undefined` when no stage wrote it. */
  layer<K extends keyof LayerMap>(name: K): LayerMap[K] | undefined {
    return this.#layers[name];
  }

  /** Writes a layer. Every span must lie inside the text. */
  setLayer<K extends keyof LayerMap>(name: K, spans: LayerMap[K]): void {
    const length = this.text.length;
    for (const span of spans as Span[]) {
      if (!(span.start >= 0 && span.start <= span.end && span.end <= length)) {
        throw new Error(
          `Document ${this.source.uri}: layer ${name} span [${span.start}, ${span.end}) lies outside the text (length ${length})`,
        );
      }
    }
    this.#layers[name] = spans;
  }

  /** Whether a layer or slot has been produced. */
  has(name: LayerName): boolean {
    if (name === 'source') return true;
    if (name === 'text') return this.#text !== undefined;
    if (name === 'meta') return true;
    return this.#layers[name] !== undefined;
  }

  /** The text covered by a span. */
  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  /** Maps a text span to its range in `source.raw` (the provenance of every annotation). */
  toSource(span: Span): Span | undefined {
    return this.offsets.toSource(span);
  }

  /** Records a diagnostic and returns it. */
  message(
    reason: string,
    origin: { source: string; ruleId: string; severity?: Severity; place?: Span; inSource?: boolean },
  ): DocMessage {
    const msg: DocMessage = {
      reason,
      severity: origin.severity ?? 'warning',
      source: origin.source,
      ruleId: origin.ruleId,
      ...(origin.place ? { place: origin.place } : {}),
      ...(origin.inSource ? { inSource: true } : {}),
    };
    this.messages.push(msg);
    return msg;
  }

  /** Plain stand-off JSON: round-trips through {@link Document.fromJSON}. */
  toJSON(): DocumentJSON {
    return {
      id: this.id,
      source: { ...this.source },
      text: this.#text ?? null,
      offsets: this.#offsets?.toJSON() ?? null,
      meta: structuredClone(this.meta),
      layers: structuredClone(this.#layers),
      messages: structuredClone(this.messages),
      history: structuredClone(this.history),
    };
  }

  /** Rebuilds a Document from {@link Document.toJSON} output. */
  static fromJSON(json: DocumentJSON): Document {
    const doc = new Document(json.source);
    if (json.text !== null) doc.setText(json.text, OffsetMap.fromJSON(json.offsets ?? []));
    doc.meta = structuredClone(json.meta);
    for (const [name, spans] of Object.entries(json.layers)) {
      doc.setLayer(name as keyof LayerMap, structuredClone(spans) as never);
    }
    doc.messages.push(...structuredClone(json.messages));
    doc.history.push(...structuredClone(json.history));
    return doc;
  }
}
