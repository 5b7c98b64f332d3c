import { createRequire } from 'node:module';
import { analyzeParagraph } from '../tokens/wink.js';
import extras from './country-extras.json' with { type: 'json' };
import metonyms from './metonyms.json' with { type: 'json' };
import orgs from './organisations.json' with { type: 'json' };
import roleData from './roles.json' with { type: 'json' };

/** What a gazetteer phrase is. */
export type GazKind = 'country' | 'demonym' | 'capital' | 'seat' | 'org' | 'role' | 'honorific';

/** One reading of a gazetteer phrase. */
export interface GazEntry {
  kind: GazKind;
  /** ISO 3166-1 alpha-2 for countries, demonyms, capitals and seats. */
  country?: string;
  /** Canonical name (country common name, organisation name, role as listed). */
  canonical: string;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entries?: GazEntry[];
}

/** A longest-match lookup of token sequences. */
export interface Gazetteer {
  /** The longest phrase starting at token `i` of `words`: its length and readings, or undefined. */
  match(words: readonly string[], i: number, end?: number): { length: number; entries: GazEntry[] } | undefined;
  /** Common English name of a country code. */
  countryName(code: string): string;
  /** Name particles ("al-", "bin") that may sit inside a person's name in lower case. */
  particles: ReadonlySet<string>;
}

interface CountryRecord {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  area?: number;
  demonyms: Record<string, { f: string; m: string } | undefined>;
}

let cached: Gazetteer | undefined;

/** Upper-case short forms that are safe as country names (most two-letter codes are words). */
const SAFE_CODES = new Set(['US', 'USA', 'UK', 'UAE', 'DPRK', 'DRC', 'PRC', 'ROK']);

/** Loads (once) the country, demonym, capital, organisation and title lists as one token trie. */
export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const countries = require('world-countries/countries.json') as CountryRecord[];
  const root: TrieNode = { next: new Map() };
  const names = new Map<string, string>();

  // `first`: this reading outranks earlier ones (our own lists settle shared demonyms).
  const add = (phrase: string, entry: GazEntry, first = false) => {
    const { starts, ends } = analyzeParagraph(phrase);
    if (starts.length === 0) return;
    let node = root;
    for (let i = 0; i < starts.length; i++) {
      const word = phrase.slice(starts[i], ends[i]);
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = { next: new Map() }));
      node = child;
    }
    node.entries ??= [];
    if (node.entries.some((e) => e.kind === entry.kind && e.country === entry.country)) return;
    if (first) node.entries.unshift(entry);
    else node.entries.push(entry);
  };

  // Larger countries first, so a demonym two countries share ("American": US and the Northern
  // Mariana Islands) reads as the larger one.
  countries.sort((a, b) => (b.area ?? 0) - (a.area ?? 0));
  for (const c of countries) {
    const code = c.cca2;
    const canonical = c.name.common;
    names.set(code, canonical);
    const country: GazEntry = { kind: 'country', country: code, canonical };
    add(canonical, country);
    add(c.name.official, country);
    for (const alt of c.altSpellings) {
      if (!/^[\x20-\x7E]+$/.test(alt)) continue;
      if (/^[A-Z]{2,4}$/.test(alt) && !SAFE_CODES.has(alt)) continue;
      add(alt, country);
    }
    const eng = c.demonyms['eng'];
    if (eng) {
      for (const d of new Set([eng.m, eng.f])) {
        add(d, { kind: 'demonym', country: code, canonical });
        // People-nouns: "Russians", "Iraqis"; "-ese"/"-ish" adjectives form none.
        if (/[nie]$/.test(d) && !/ese$/.test(d)) add(`${d}s`, { kind: 'demonym', country: code, canonical });
      }
    }
  }
  const countryName = (code: string) => names.get(code) ?? code;
  for (const [name, code] of Object.entries(extras.names)) add(name, { kind: 'country', country: code, canonical: countryName(code) }, true);
  for (const [name, code] of Object.entries(extras.demonyms)) add(name, { kind: 'demonym', country: code, canonical: countryName(code) }, true);
  for (const [name, code] of Object.entries(metonyms.capitals)) add(name, { kind: 'capital', country: code, canonical: name });
  for (const [name, code] of Object.entries(metonyms.seats)) add(name, { kind: 'seat', country: code, canonical: name.replace(/^the /, '') });
  for (const [name, canonical] of Object.entries(orgs.organisations)) add(name, { kind: 'org', canonical });
  for (const role of roleData.roles) {
    add(role, { kind: 'role', canonical: role });
    add(role.toLowerCase(), { kind: 'role', canonical: role });
  }
  for (const h of roleData.honorifics) add(h, { kind: 'honorific', canonical: h.replace(/\.$/, '') });

  cached = {
    match(words, i, end = words.length) {
      let node: TrieNode | undefined = root;
      let best: { length: number; entries: GazEntry[] } | undefined;
      for (let j = i; j < end && node; j++) {
        node = node.next.get(words[j]!);
        if (node?.entries) best = { length: j - i + 1, entries: node.entries };
      }
      return best;
    },
    countryName,
    particles: new Set(roleData.nameParticles),
  };
  return cached;
}
