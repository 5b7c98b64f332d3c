import { createHash } from 'node:crypto';
import type { ActorCode, CodedEvent, EventLocation } from '../core/index.js';
import type { IngestBundle } from './types.js';

/** Places the store tests use (coordinates from public gazetteers). */
export const PLACES = {
  aleppo: { text: 'Aleppo', name: 'Aleppo', lat: 36.2, lon: 37.16, country: 'SYR', admin1: 'Aleppo', precision: 'city' },
  azaz: { text: 'Azaz', name: 'Azaz', lat: 36.59, lon: 37.05, country: 'SYR', admin1: 'Aleppo', precision: 'city' },
  damascus: { text: 'Damascus', name: 'Damascus', lat: 33.51, lon: 36.29, country: 'SYR', admin1: 'Damascus', precision: 'city' },
  geneva: { text: 'Geneva', name: 'Geneva', lat: 46.2, lon: 6.15, country: 'CHE', admin1: 'Geneva', precision: 'city' },
} satisfies Record<string, EventLocation>;

/** An actor code. */
export function actor(name: string, country?: string, sector?: string): ActorCode {
  return { text: name, name, ...(country ? { country } : {}), ...(sector ? { sector } : {}) };
}

/** Options for {@link testEvent}. */
export interface TestEventSpec {
  type?: string;
  status?: CodedEvent['status'];
  actors?: ActorCode[];
  recipients?: ActorCode[];
  location?: EventLocation;
  date?: string;
  goldstein?: number;
  dead?: number;
}

/**
 * A coded event whose evidence is `sentence` at `offset` in the text (and at `offset + sourceShift`
 * in the source page), the trigger being the sentence's `trigger` word.
 */
export function testEvent(id: string, sentence: string, trigger: string, offset: number, spec: TestEventSpec = {}, sourceShift = 0): CodedEvent {
  const t = sentence.indexOf(trigger);
  const tStart = offset + Math.max(0, t);
  return {
    id,
    start: tStart,
    end: tStart + trigger.length,
    type: spec.type ?? 'ASSAULT',
    cameo: spec.type === 'CONSULT' ? '040' : '190',
    goldstein: spec.goldstein ?? (spec.type === 'CONSULT' ? 1 : -10),
    status: spec.status ?? 'occurred',
    actors: spec.actors ?? [actor('Syrian army', 'SYR', 'MIL')],
    recipients: spec.recipients ?? [],
    ...(spec.location ? { location: spec.location } : {}),
    ...(spec.date ? { date: spec.date, datePrecision: 'day', dateFrom: 'sentence' as const } : {}),
    ...(spec.dead === undefined ? {} : { dead: { value: spec.dead, qualifier: 'exact', text: String(spec.dead), start: offset, end: offset + 1 } }),
    evidence: [
      {
        sentence: 0,
        text: sentence,
        start: offset,
        end: offset + sentence.length,
        sourceStart: offset + sourceShift,
        sourceEnd: offset + sourceShift + sentence.length,
        trigger: { text: trigger, start: tStart, end: tStart + trigger.length, sourceStart: tStart + sourceShift, sourceEnd: tStart + sourceShift + trigger.length },
      },
    ],
  };
}

/**
 * A page: the text is the given sentences joined by blank lines, the source wraps it in HTML
 * (evidence source offsets shift by the opening tag), one event per `[sentenceIndex, trigger, spec]`.
 */
export function testBundle(sentences: string[], events: [number, string, TestEventSpec][], meta: { url?: string; published?: string } = {}): IngestBundle {
  const text = sentences.join('\n\n');
  const open = '<html><body><p>';
  const source = `${open}${sentences.join('</p>\n<p>')}</p></body></html>`;
  const offsets: number[] = [];
  let at = 0;
  for (const s of sentences) {
    offsets.push(at);
    at += s.length + 2;
  }
  // Each paragraph separator in the source is "</p>\n<p>" (8 chars) against "\n\n" (2) in the text.
  const coded = events.map(([i, trigger, spec], n) =>
    testEvent(`ev${n + 1}`, sentences[i] as string, trigger, offsets[i] as number, spec, open.length + i * 6),
  );
  return {
    document: {
      id: createHash('sha256').update(source).digest('hex').slice(0, 32),
      uri: meta.url ?? 'mem:test',
      url: meta.url ?? null,
      site: meta.url ? new URL(meta.url).hostname : null,
      title: sentences[0] ?? null,
      published: meta.published ?? null,
      language: 'en',
      text,
      source,
    },
    events: coded,
  };
}
