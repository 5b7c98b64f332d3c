import { Document } from './document.js';
import { PipelineError } from './errors.js';
import type { LayerName } from './model.js';

/** Per-run context handed to every stage. */
export interface StageContext {
  /** Debug log; the message is built only when debugging is on. */
  debug(message: () => string): void;
}

/**
 * A pipeline stage (spaCy component): reads the layers it `requires`, writes the layers it
 * `assigns`. Stages import only `core/`, never each other.
 */
export interface Stage {
  name: string;
  version: number;
  requires: readonly LayerName[];
  assigns: readonly LayerName[];
  run(doc: Document, ctx: StageContext): Document | Promise<Document>;
}

/** A checked, frozen sequence of stages. */
export interface Pipeline {
  /** `name@vN` of each stage, in run order. */
  readonly names: readonly string[];
  /** Runs the stages in order over one Document, recording each in `doc.history`. */
  run(doc: Document, options?: { until?: string; debug?: (line: string) => void }): Promise<Document>;
}

/** Layers every Document has from the start. */
const INITIAL_LAYERS: readonly LayerName[] = ['source', 'meta'];

/**
 * Builds a pipeline, refusing (with a {@link PipelineError}) when a stage requires a layer that
 * no earlier stage assigns. This is spaCy's `analyze_pipes` made a gate: a misconfigured
 * pipeline fails before any input runs.
 */
export function createPipeline(stages: readonly Stage[]): Pipeline {
  const available = new Set<LayerName>(INITIAL_LAYERS);
  const seen = new Set<string>();
  for (const stage of stages) {
    if (seen.has(stage.name)) {
      throw new PipelineError(`stage "${stage.name}" appears twice; list each stage once`);
    }
    seen.add(stage.name);
    const missing = stage.requires.filter((layer) => !available.has(layer));
    if (missing.length > 0) {
      throw new PipelineError(
        `stage "${stage.name}" requires ${missing.map((m) => `"${m}"`).join(', ')}, which no earlier stage assigns; ` +
          `add a stage that assigns it before "${stage.name}"`,
      );
    }
    for (const layer of stage.assigns) available.add(layer);
  }
  const frozen = Object.freeze([...stages]);
  const names = Object.freeze(frozen.map((s) => `${s.name}@v${s.version}`));

  return {
    names,
    async run(doc, options = {}) {
      const log = options.debug;
      const ctx: StageContext = {
        debug: log ? (message) => log(message()) : () => {},
      };
      for (const stage of frozen) {
        const t0 = performance.now();
        try {
          doc = await stage.run(doc, ctx);
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          throw new PipelineError(`stage "${stage.name}" failed on ${doc.source.uri}: ${reason}`, { cause: error });
        }
        if (!(doc instanceof Document)) {
          throw new PipelineError(`stage "${stage.name}" returned something other than a Document`);
        }
        doc.history.push({ stage: `${stage.name}@v${stage.version}`, ms: performance.now() - t0 });
        if (options.until === stage.name) break;
      }
      return doc;
    },
  };
}
