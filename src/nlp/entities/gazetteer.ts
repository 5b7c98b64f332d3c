/**
 * Gazetteers: countries, capitals and demonyms from the `world-countries` package, plus our own
 * JSON lists (places, nationalities, person titles, organisation cue words). The tagger only
 * uses them as features; the model learns how far to trust each list.
 */
import { createRequire } from 'node:module';
import { bareKey, wordKey } from './normalize.js';
import abbreviationsData from './data/abbreviations.json' with { type: 'json' };
import nationalitiesData from './data/nationalities.json' with { type: 'json' };
import orgCuesData from './data/org-cues.json' with { type: 'json' };
import placesData from './data/places.json' with { type: 'json' };
import titlesData from './data/person-titles.json' with { type: 'json' };

interface CountryRecord {
  name: { common: string; official: string };
  capital: string[];
  altSpellings: string[];
  demonyms: Record<string, { f: string; m: string } | undefined>;
}

/** The multi-token lists a token sequence is matched against (longest match wins). */
export type PhraseList = 'country' | 'capital' | 'place' | 'demonym';

/** All gazetteers in matching form. */
export interface Gazetteer {
  /** Phrase lists: each phrase as a space-joined sequence of word keys. */
  phrases: ReadonlyMap<string, ReadonlySet<PhraseList>>;
  /** Longest phrase length in tokens (bounds the matcher). */
  maxPhraseTokens: number;
  titles: ReadonlySet<string>;
  orgCues: ReadonlySet<string>;
  orgConnectors: ReadonlySet<string>;
  abbreviations: ReadonlySet<string>;
}

let cached: Gazetteer | undefined;

/** Splits a gazetteer phrase the way the tokeniser splits text (spaces; "'s" never occurs in names). */
function phraseKey(phrase: string): string {
  return wordKey(phrase).split(/\s+/).filter(Boolean).join(' ');
}

/** Loads (once) and returns the gazetteers. */
export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const countries = require('world-countries/countries.json') as CountryRecord[];
  const phrases = new Map<string, Set<PhraseList>>();
  const add = (phrase: string, list: PhraseList) => {
    const key = phraseKey(phrase);
    // Two-letter codes ("SY", "US") in altSpellings collide with ordinary words; skip them.
    if (key.length < 3 && !key.includes('.')) return;
    let set = phrases.get(key);
    if (!set) phrases.set(key, (set = new Set()));
    set.add(list);
  };
  for (const c of countries) {
    add(c.name.common, 'country');
    add(c.name.official, 'country');
    for (const alt of c.altSpellings) if (/^[\x20-\x7E]+$/.test(alt)) add(alt, 'country');
    for (const cap of c.capital) add(cap, 'capital');
    const eng = c.demonyms['eng'];
    if (eng) {
      for (const d of new Set([eng.m, eng.f])) {
        add(d, 'demonym');
        // Plural nouns for the people ("Iraqis", "Americans"); "-ese"/"-ish" adjectives have none.
        if (/[ni]$/.test(d)) add(`${d}s`, 'demonym');
      }
    }
  }
  for (const p of placesData.places) add(p, 'place');
  for (const d of nationalitiesData.demonyms) add(d, 'demonym');
  let maxPhraseTokens = 1;
  for (const k of phrases.keys()) maxPhraseTokens = Math.max(maxPhraseTokens, k.split(' ').length);
  cached = {
    phrases,
    maxPhraseTokens: Math.min(maxPhraseTokens, 6),
    titles: new Set(titlesData.titles.map(bareKey)),
    orgCues: new Set(orgCuesData.cues.map(bareKey)),
    orgConnectors: new Set(orgCuesData.connectors),
    abbreviations: new Set(abbreviationsData.abbreviations),
  };
  return cached;
}

/** One gazetteer match over tokens [start, end). */
export interface PhraseMatch {
  start: number;
  end: number;
  lists: ReadonlySet<PhraseList>;
}

/** First word of every phrase, per gazetteer: a match can only start at one of them. */
const phraseStarts = new WeakMap<Gazetteer, Set<string>>();
function startsOf(gaz: Gazetteer): Set<string> {
  let set = phraseStarts.get(gaz);
  if (!set) {
    set = new Set();
    for (const p of gaz.phrases.keys()) set.add(p.split(' ')[0] as string);
    phraseStarts.set(gaz, set);
  }
  return set;
}

/** Every proper word-prefix of every phrase, per gazetteer: a longer match only grows from one. */
const phrasePrefixes = new WeakMap<Gazetteer, Set<string>>();
function prefixesOf(gaz: Gazetteer): Set<string> {
  let set = phrasePrefixes.get(gaz);
  if (!set) {
    set = new Set();
    for (const p of gaz.phrases.keys()) {
      for (let bar = p.indexOf(' '); bar >= 0; bar = p.indexOf(' ', bar + 1)) set.add(p.slice(0, bar));
    }
    phrasePrefixes.set(gaz, set);
  }
  return set;
}

/**
 * Greedy longest-match of the phrase lists over a sentence's word keys (non-overlapping). The key
 * grows a word at a time while it is a prefix of some phrase; the longest phrase met is the match.
 */
export function matchPhrases(keys: readonly string[], gaz: Gazetteer = loadGazetteer()): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  const starts = startsOf(gaz);
  const prefixes = prefixesOf(gaz);
  for (let i = 0; i < keys.length; ) {
    let key = keys[i] as string;
    if (!starts.has(key)) {
      i++;
      continue;
    }
    let found: PhraseMatch | undefined;
    const max = Math.min(gaz.maxPhraseTokens, keys.length - i);
    for (let n = 1; n <= max; n++) {
      if (n > 1) {
        if (!prefixes.has(key)) break;
        key = `${key} ${keys[i + n - 1] as string}`;
      }
      const lists = gaz.phrases.get(key);
      if (lists) found = { start: i, end: i + n, lists };
    }
    if (found) {
      out.push(found);
      i = found.end;
    } else i++;
  }
  return out;
}
