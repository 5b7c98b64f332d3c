/**
 * The geocoder: a place name (any common transliteration) → ranked gazetteer candidates.
 *
 * Ranking never takes the first match: each candidate scores its prominence (log10 of
 * population, boosted for capitals and admin seats; countries and regions get fixed or summed
 * weights), plus a bonus when it lies in a country the article mentions (earlier-listed
 * countries count more), plus a small bonus when its folded name equals the query's exactly.
 *
 * @module
 */
import ranking from './ranking.json' with { type: 'json' };
import { gazetteer } from './gazetteer.js';
import type { GazetteerEntry } from './gazetteer.js';
import { foldName, nameKey } from './normalize.js';
import type { GeocodeContext, Place } from './types.js';

const REGION_WORDS = new Set(ranking.regionTypeWords);
const CITY_WORDS = new Set(ranking.cityTypeWords);

interface Scored {
  entry: GazetteerEntry;
  score: number;
}

/** The best candidate for `name`, or `undefined` when nothing in the gazetteer matches. */
export function geocode(name: string, context?: GeocodeContext): Place | undefined {
  return geocodeCandidates(name, context)[0];
}

/** Every candidate for `name`, best first (one per place). */
export function geocodeCandidates(name: string, context?: GeocodeContext): Place[] {
  return rank(name, context).map((s) => s.entry.place);
}

/**
 * The best candidate together with its prominence (log10 of a population-like weight), for
 * callers that must judge whether a capitalised word is likely a place at all.
 */
export function geocodeWithProminence(name: string, context?: GeocodeContext): { place: Place; prominence: number } | undefined {
  const best = rank(name, context)[0];
  return best && { place: best.entry.place, prominence: best.entry.weight };
}

/** The gazetteer entries a name can mean, before any article context: what {@link rank} scores. */
interface CandidatePool {
  /** In the order they were found (ties keep it: the sort is stable). */
  candidates: { entry: GazetteerEntry; exact: boolean }[];
  /** The highest weight among them. */
  top: number;
}

/**
 * Pools already built, by name. Finding a name's candidates (folding, keys, typed variants) costs
 * far more than scoring them, and articles repeat the same few names; the gazetteer never changes,
 * so a name's pool never does. Bounded: emptied when full, so memory stays flat.
 */
const POOLS = new Map<string, CandidatePool>();
const MAX_POOLS = 20_000;

function candidatePool(name: string): CandidatePool {
  let pool = POOLS.get(name);
  if (pool === undefined) {
    pool = buildPool(name);
    if (POOLS.size >= MAX_POOLS) POOLS.clear();
    POOLS.set(name, pool);
  }
  return pool;
}

function rank(name: string, context: GeocodeContext | undefined): Scored[] {
  const { candidates, top } = candidatePool(name);
  if (candidates.length === 0) return [];
  const g = gazetteer();
  const contextAdmins = new Set<string>();
  for (const r of context?.regions ?? []) {
    for (const e of g.byKey.get(nameKey(r)) ?? []) if (e.place.precision === 'region') contextAdmins.add(`${e.place.country}|${e.place.admin1 ?? ''}`);
  }
  // The article's countries break ties between comparable places, but never lift a small town over a
  // place far more prominent: "Berlin" in a story that mentions the US is still Germany's capital
  // (readers are not told the country of a world city; they are told it for "Berlin, New Hampshire").
  const scored: Scored[] = candidates.map(({ entry, exact }) => ({
    entry,
    score: entry.weight + (exact ? ranking.exactFoldBonus : 0) + contextBonus(entry, context, contextAdmins, top - entry.weight > ranking.contextMaxGap),
  }));
  scored.sort((a, b) => b.score - a.score);
  return scored;
}

function buildPool(name: string): CandidatePool {
  const g = gazetteer();
  const words = foldName(name).split(' ').filter((w) => w.length > 0);
  if (words[0] === 'the') words.shift();
  if (words.length === 0) return { candidates: [], top: -Infinity };
  const folded = words.join(' ');
  const pool = new Map<string, { entry: GazetteerEntry; exact: boolean }>();
  const take = (entries: readonly GazetteerEntry[] | undefined, exact: (e: GazetteerEntry) => boolean): void => {
    for (const e of entries ?? []) {
      const prev = pool.get(e.place.id);
      if (!prev || (!prev.exact && exact(e))) pool.set(e.place.id, { entry: e, exact: exact(e) });
    }
  };
  take(g.byKey.get(nameKey(folded)), (e) => e.folded === folded);

  // "Anbar province", "Aleppo Governorate", "rural Damascus": the region, never the city.
  const last = words[words.length - 1] ?? '';
  const first = words[0] ?? '';
  const typed = words.length > 1 && REGION_WORDS.has(last) ? words.slice(0, -1) : words.length > 1 && REGION_WORDS.has(first) ? words.slice(1) : undefined;
  if (typed) {
    const base = typed.join(' ');
    const hits = g.byKey.get(nameKey(base)) ?? [];
    const regions = hits.filter((e) => e.place.precision === 'region' || e.place.precision === 'feature');
    take(regions, (e) => e.folded === base);
    // A region missing from our table but named after its seat: derive it from the seat city.
    for (const e of hits) {
      if (e.place.precision !== 'city' || !e.featureCode?.startsWith('PPLA')) continue;
      const region = g.regions.get(`${e.place.country}|${e.place.admin1 ?? ''}`) ?? deriveRegion(e, base);
      take([region], () => true);
    }
  }
  // "Aleppo City", "the town of X": the populated place.
  if (words.length > 1 && CITY_WORDS.has(last)) {
    const base = words.slice(0, -1).join(' ');
    take((g.byKey.get(nameKey(base)) ?? []).filter((e) => e.place.precision === 'city'), (e) => e.folded === base);
  }

  const candidates = [...pool.values()];
  return { candidates, top: Math.max(...candidates.map((p) => p.entry.weight)) };
}

function contextBonus(entry: GazetteerEntry, context: GeocodeContext | undefined, admins: ReadonlySet<string>, farBelow: boolean): number {
  let bonus = 0;
  // A region the article names ("Paris, Texas") still counts: that is the writer telling which one.
  const inRegion = entry.place.precision !== 'country' && admins.has(`${entry.place.country}|${entry.place.admin1 ?? ''}`);
  const countries = farBelow && !inRegion ? [] : context?.countries ?? [];
  for (let i = 0; i < countries.length; i++) {
    if (entry.countries.includes(countries[i] ?? '')) {
      bonus = Math.max(ranking.contextCountryMinBonus, ranking.contextCountryBonus - i * ranking.contextCountryDecay);
      break;
    }
  }
  if (inRegion) bonus += ranking.contextRegionBonus;
  return bonus;
}

/** A region-precision place at its seat's coordinates, for regions our table lacks. */
function deriveRegion(seat: GazetteerEntry, name: string): GazetteerEntry {
  const p = seat.place;
  const place: Place = {
    name: name.replace(/\b\p{L}/gu, (c) => c.toUpperCase()),
    lat: p.lat,
    lon: p.lon,
    country: p.country,
    precision: 'region',
    id: `region:${p.country}.${p.admin1 ?? ''}`,
  };
  if (p.admin1 !== undefined) place.admin1 = p.admin1;
  return { place, folded: name, weight: seat.weight, countries: seat.countries };
}
