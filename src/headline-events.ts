/**
 * Events told in the article's title and standfirst. Text dumps and many pages keep both in
 * `doc.meta`, outside `doc.text`, so the body stages never see them. This shell stage codes each
 * field as a paragraph of one small Document (the same extract, language and event stages), maps the
 * evidence to the source page through the field's source span, and merges the events with the
 * body's: the same event told in headline and body is one event with two evidences.
 *
 * @module
 */
import { createPipeline, Document } from './core/index.js';
import type { ActorCode, ActorMention, CodedEvent, EventEvidence, EvidenceSpan, Pipeline, Span, Stage } from './core/index.js';
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

/** One field inside the combined Document: where its value starts in the combined raw text. */
interface Part {
  field: 'title' | 'standfirst';
  /** Offset of the value in the combined raw text. */
  at: number;
  length: number;
  /** The value's offset in the page, where the field's source span holds exactly the value. */
  pageStart?: number;
}

/** Re-bases a span of the combined Document: offsets into its field's value, and into the page via the field's source span. */
function rebase(sub: Document, span: EvidenceSpan, part: Part): EvidenceSpan {
  const out: EvidenceSpan = { start: span.start, end: span.end, text: span.text };
  const inRaw: Span | undefined = sub.toSource(span);
  if (inRaw) {
    out.start = inRaw.start - part.at;
    out.end = inRaw.end - part.at;
    if (part.pageStart !== undefined) {
      out.sourceStart = part.pageStart + out.start;
      out.sourceEnd = part.pageStart + out.end;
    }
  }
  return out;
}

function rebaseEvidence(sub: Document, ev: EventEvidence, parts: readonly Part[]): EventEvidence {
  const at = sub.toSource(ev.trigger)?.start ?? 0;
  const part = [...parts].reverse().find((p) => p.at <= at) ?? parts[0]!;
  const out: EventEvidence = { ...rebase(sub, ev, part), field: part.field, sentence: ev.sentence, trigger: rebase(sub, ev.trigger, part) };
  for (const k of ['actor', 'recipient', 'place', 'date'] as const) {
    const s = ev[k];
    if (s) out[k] = rebase(sub, s, part);
  }
  return out;
}

/**
 * Codes the title and standfirst together, as the two paragraphs of one small Document (one pass of
 * the stages instead of two: their fixed cost per Document outweighs a one-sentence field); each
 * evidence indexes its own field's value and the page.
 */
async function fieldEvents(doc: Document): Promise<CodedEvent[]> {
  const paragraphs = doc.layer('paragraphs') ?? [];
  const parts: Part[] = [];
  let raw = '';
  for (const field of FIELDS) {
    const meta = doc.meta[field];
    const value = meta?.value.trim();
    // A field the body already holds as a paragraph of its own (an HTML page's h1) is coded there.
    if (!meta || !value || paragraphs.some((p) => doc.text.slice(p.start, p.end).trim() === value)) continue;
    if (parts.some((p) => raw.slice(p.at, p.at + p.length) === meta.value)) continue;
    if (raw) raw += '\n\n';
    const span = meta.source;
    const part: Part = { field, at: raw.length, length: meta.value.length };
    // Page offsets only where the field's span holds exactly the value.
    if (span && doc.source.raw.slice(span.start, span.end) === meta.value) part.pageStart = span.start;
    parts.push(part);
    // Line breaks become spaces (same length, so offsets hold): each field stays one paragraph.
    raw += meta.value.replace(/[\r\n]/g, ' ');
  }
  if (parts.length === 0) return [];
  const date = doc.meta.published?.value ?? doc.source.date;
  const sub = new Document({
    uri: `${doc.source.uri}#fields`,
    id: `${doc.source.id}#fields`,
    mediaType: 'text/plain',
    raw,
    encoding: 'utf-8',
    encodingSource: 'given',
    fetchedAt: doc.source.fetchedAt,
    sha256: `${doc.source.sha256}#fields`,
    preExtracted: true,
    ...(date === undefined ? {} : { date }),
  });
  await pipeline().run(sub);
  return (sub.layer('events') ?? []).map((e) => ({ ...e, evidence: e.evidence.map((ev) => rebaseEvidence(sub, ev, parts)) }));
}

/**
 * The role the body gives each named actor: its most frequent code among the body's mentions of that
 * name. A headline names people bare ("Kerry and Lavrov meet"), so a title's actor is coded from the
 * dated lexicon alone, while the body says "US Secretary of State John Kerry".
 */
function bodyRoles(mentions: readonly ActorMention[]): Map<string, ActorCode> {
  const counts = new Map<string, Map<string, { code: ActorCode; n: number }>>();
  for (const m of mentions) {
    if (m.country === undefined && m.sector === undefined) continue;
    const byCode = counts.get(m.name) ?? new Map<string, { code: ActorCode; n: number }>();
    counts.set(m.name, byCode);
    const key = `${m.country ?? ''}/${m.sector ?? ''}`;
    const seen = byCode.get(key);
    if (seen) seen.n++;
    else byCode.set(key, { code: { text: m.text, name: m.name, ...(m.country === undefined ? {} : { country: m.country }), ...(m.sector === undefined ? {} : { sector: m.sector }) }, n: 1 });
  }
  const out = new Map<string, ActorCode>();
  for (const [name, byCode] of counts) out.set(name, [...byCode.values()].reduce((a, b) => (b.n > a.n ? b : a)).code);
  return out;
}

/** A title actor recoded with the body's role for the same name and country (a place-derived recipient stays). */
function recode(a: ActorCode, roles: ReadonlyMap<string, ActorCode>): ActorCode {
  const body = a.from === undefined ? roles.get(a.name) : undefined;
  if (!body || (a.country !== undefined && body.country !== a.country) || body.sector === undefined) return a;
  return { ...a, ...(body.country === undefined ? {} : { country: body.country }), sector: body.sector };
}

/** Adds the title's and standfirst's events to the `events` layer, merged with the body's. */
export const headlineEventsStage: Stage = {
  name: 'headline-events',
  version: 1,
  requires: ['text', 'meta', 'paragraphs', 'actors', 'events'],
  assigns: ['events'],
  async run(doc: Document) {
    const roles = bodyRoles(doc.layer('actors') ?? []);
    const told = (await fieldEvents(doc)).map((e) => ({ ...e, actors: e.actors.map((a) => recode(a, roles)), recipients: e.recipients.map((a) => recode(a, roles)) }));
    if (told.length > 0) doc.setLayer('events', mergeTold(doc.layer('events') ?? [], told));
    return doc;
  },
};
