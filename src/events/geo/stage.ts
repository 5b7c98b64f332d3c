/**
 * The places stage: place mentions of every sentence (`placeCandidates`: the gazetteer finder,
 * the language layer's LOC names it missed, and names listed with them), geocoded with the article's own
 * countries as context ("Tripoli" in an article about Lebanon is the Lebanese one).
 *
 * @module
 */
import type { Document, PlaceMentionRef, Stage } from '../../core/index.js';
import { geocode, placeCandidates } from '../places/index.js';
import type { GeocodeContext } from '../places/index.js';
import { alpha3 } from '../actors/iso.js';
import { bySentence, sortedMentions } from '../coder/sentence-index.js';

/** Writes the `places` layer. */
export const placesStage: Stage = {
  name: 'places',
  version: 1,
  requires: ['text', 'sentences', 'mentions', 'referents'],
  assigns: ['places'],
  run(doc: Document) {
    doc.setLayer('places', documentPlaces(doc));
    return doc;
  },
};

/** ISO3 codes of the countries the article mentions, most mentioned first. */
export function articleCountries(doc: Document): string[] {
  const counts = new Map<string, number>();
  for (const r of doc.layer('referents') ?? []) {
    if (r.country === undefined) continue;
    const c = alpha3(r.country);
    counts.set(c, (counts.get(c) ?? 0) + r.mentions);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([c]) => c);
}

/** Geocoded place mentions of the document, in text order. */
export function documentPlaces(doc: Document): PlaceMentionRef[] {
  const sentences = doc.layer('sentences') ?? [];
  const mentions = bySentence(sentences, sortedMentions(doc));
  const context: GeocodeContext = { countries: articleCountries(doc) };
  // "Jeffrey Epstein … he visited Epstein": a town named like an article person's surname is the person.
  const surnames = new Set<string>();
  for (const m of doc.layer('mentions') ?? []) {
    const words = m.type === 'PERSON' && m.kind === 'name' ? m.text.split(/\s+/u) : [];
    if (words.length > 1) surnames.add(words[words.length - 1]!.toLowerCase());
  }
  const out: PlaceMentionRef[] = [];
  sentences.forEach((sent, s) => {
    // The same candidates the event-location eval scores: gazetteer/cue finder, the tagger's LOC names, list members.
    const entities = mentions[s]!.filter((m) => m.kind === 'name').map((m) => ({ start: m.start - sent.start, end: m.end - sent.start, type: m.type }));
    const sentence = doc.text.slice(sent.start, sent.end);
    const spans = placeCandidates(sentence, entities, surnames).map((p) => ({ start: sent.start + p.start, end: sent.start + p.end, text: p.text }));
    for (const span of spans) {
      const place = geocode(span.text, context);
      if (!place) continue;
      const ref: PlaceMentionRef = { ...span, sentence: s, name: place.name, lat: place.lat, lon: place.lon, country: place.country, precision: place.precision, id: place.id };
      if (place.admin1 !== undefined) ref.admin1 = place.admin1;
      out.push(ref);
    }
  });
  return out;
}
