/**
 * Events told in the article's title and standfirst. Text dumps and many pages keep both in
 * `doc.meta`, outside `doc.text`, so the body stages never see them. This shell stage codes each
 * field as a small Document of its own (the same extract, language and event stages), maps the
 * evidence to the source page through the field's source span, and merges the events with the
 * body's: the same event told in headline and body is one event with two evidences.
 *
 * @module
 */
import { createPipeline, Document } from './core/index.js';
import type { CodedEvent, EventEvidence, EvidenceSpan, Pipeline, Span, Stage } from './core/index.js';
import { EVENT_STAGES, mergeTold } from './events/index.js';
import { extractStage } from './extract/index.js';
import { NLP_STAGES } from './nlp/index.js';

const FIELDS = ['title', 'standfirst'] as const;

let fieldPipeline: Pipeline | undefined;

/** The stages that code one field (no headline stage: a field has no title of its own to code). */
function pipeline(): Pipeline {
  fieldPipeline ??= createPipeline([extractStage, ...NLP_STAGES, ...EVENT_STAGES]);
  return fieldPipeline;
}

/** Re-bases a span of the field's Document: offsets into the value, and into the page via the field's source span. */
function rebase(sub: Document, span: EvidenceSpan, pageStart: number | undefined): EvidenceSpan {
  const out: EvidenceSpan = { start: span.start, end: span.end, text: span.text };
  const inValue: Span | undefined = sub.toSource(span);
  if (inValue) {
    out.start = inValue.start;
    out.end = inValue.end;
    if (pageStart !== undefined) {
      out.sourceStart = pageStart + inValue.start;
      out.sourceEnd = pageStart + inValue.end;
    }
  }
  return out;
}

function rebaseEvidence(sub: Document, ev: EventEvidence, field: 'title' | 'standfirst', pageStart: number | undefined): EventEvidence {
  const out: EventEvidence = { ...rebase(sub, ev, pageStart), field, sentence: ev.sentence, trigger: rebase(sub, ev.trigger, pageStart) };
  for (const k of ['actor', 'recipient', 'place', 'date'] as const) {
    const s = ev[k];
    if (s) out[k] = rebase(sub, s, pageStart);
  }
  return out;
}

/** Codes one metadata field's text; its evidence indexes the value and the page. */
async function fieldEvents(doc: Document, field: 'title' | 'standfirst'): Promise<CodedEvent[]> {
  const meta = doc.meta[field];
  const value = meta?.value.trim();
  // A field the body already holds as a paragraph of its own (an HTML page's h1) is coded there.
  if (!meta || !value || (doc.layer('paragraphs') ?? []).some((p) => doc.text.slice(p.start, p.end).trim() === value)) return [];
  // Page offsets only where the field's span holds exactly the value.
  const span = meta.source;
  const pageStart = span && doc.source.raw.slice(span.start, span.end) === meta.value ? span.start : undefined;
  const date = doc.meta.published?.value ?? doc.source.date;
  const sub = new Document({
    uri: `${doc.source.uri}#${field}`,
    id: `${doc.source.id}#${field}`,
    mediaType: 'text/plain',
    raw: meta.value,
    encoding: 'utf-8',
    encodingSource: 'given',
    fetchedAt: doc.source.fetchedAt,
    sha256: `${doc.source.sha256}#${field}`,
    preExtracted: true,
    ...(date === undefined ? {} : { date }),
  });
  await pipeline().run(sub);
  return (sub.layer('events') ?? []).map((e) => ({ ...e, evidence: e.evidence.map((ev) => rebaseEvidence(sub, ev, field, pageStart)) }));
}

/** Adds the title's and standfirst's events to the `events` layer, merged with the body's. */
export const headlineEventsStage: Stage = {
  name: 'headline-events',
  version: 1,
  requires: ['text', 'meta', 'paragraphs', 'events'],
  assigns: ['events'],
  async run(doc: Document) {
    const told: CodedEvent[] = [];
    for (const field of FIELDS) told.push(...(await fieldEvents(doc, field)));
    if (told.length > 0) doc.setLayer('events', mergeTold(doc.layer('events') ?? [], told));
    return doc;
  },
};
