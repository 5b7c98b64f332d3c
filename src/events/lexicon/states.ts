/**
 * State actors built from the `world-countries` package plus our overlay (news spellings, plural
 * demonyms, capital metonyms), following PLOVER's country rules: dependencies fold into their
 * controlling state, Kosovo is KOS, Hong Kong/Palestine/Antarctica/Taiwan keep their codes.
 */
import { createRequire } from 'node:module';
import statesData from './data/actors-states.json' with { type: 'json' };
import { statesFileSchema } from './schema.js';
import type { ActorRecord } from './schema.js';
import type { z } from 'zod';

interface CountryRecord {
  name: { common: string; official: string };
  cca3: string;
  independent: boolean;
  capital: string[];
  altSpellings: string[];
  demonyms: Record<string, { f: string; m: string } | undefined>;
}

/** The parsed overlay file. */
export type StatesOverlay = z.infer<typeof statesFileSchema>;

/** A generated state or capital record, with where each alias came from. */
export interface GeneratedState {
  record: ActorRecord;
  /** Aliases from our overlay (explicit claims) as opposed to the package (generated). */
  explicit: ReadonlySet<string>;
  /** True for independent states and the codes PLOVER keeps; false for folded dependencies. */
  primary: boolean;
  /** The territory's own code when it was folded into its controlling state. */
  territory?: string;
}

let overlay: StatesOverlay | undefined;

/** The overlay file, parsed at first use. */
export function statesOverlay(): StatesOverlay {
  return (overlay ??= statesFileSchema.parse(statesData));
}

/** "Syrian" -> "Syrians"; demonyms in -ese/-ish/-ch/-ss have no plural ("the Chinese", "the British"). */
export function pluralDemonym(demonym: string): string | undefined {
  if (/(ese|ish|ch|sh|ss|x|z|s)$/i.test(demonym)) return undefined;
  return demonym + 's';
}

/** Two-letter ISO codes and non-Latin spellings are useless (or dangerous) as text aliases. */
function usableAlias(alias: string): boolean {
  if (alias.length < 3) return false;
  return /^[\p{Script=Latin}\p{N}\s.'’\-,()]+$/u.test(alias);
}

/** Builds state and capital records from the package and the overlay. */
export function buildStateRecords(): GeneratedState[] {
  const data = statesOverlay();
  const require = createRequire(import.meta.url);
  const countries = require('world-countries/countries.json') as CountryRecord[];
  const out: GeneratedState[] = [];
  const skip = new Set(data.skip);
  for (const c of countries) {
    if (skip.has(c.cca3)) continue;
    const own = data.codeOverrides[c.cca3] ?? c.cca3;
    const sovereign = data.fold[own];
    const country = sovereign ?? own;
    const extra = data.states[own];
    // Peoples of one state ("Yoruba") count as its demonyms.
    const peoples = data.peoples?.[own] ?? [];
    const explicit = new Set<string>([...(extra?.names ?? []), ...(extra?.demonyms ?? []), ...peoples]);
    const names = new Set<string>(explicit);
    for (const n of [c.name.common, c.name.official, ...c.altSpellings]) if (usableAlias(n)) names.add(n);
    const dem = c.demonyms['eng'];
    for (const d of [dem?.m, dem?.f, ...(extra?.demonyms ?? []), ...peoples]) {
      if (!d) continue;
      names.add(d);
      const pl = pluralDemonym(d);
      if (pl) names.add(pl);
    }
    for (const d of data.ambiguousDemonyms) {
      names.delete(d);
      const pl = pluralDemonym(d);
      if (pl) names.delete(pl);
    }
    const id = `state:${own.toLowerCase()}`;
    const record: ActorRecord = { id, kind: 'state', name: c.name.common, names: [...names], roles: [{ country }] };
    if (extra?.exact) record.exact = extra.exact;
    const gen: GeneratedState = { record, explicit, primary: sovereign === undefined };
    if (sovereign !== undefined) gen.territory = own;
    out.push(gen);
    if (sovereign === undefined) {
      const capExplicit = new Set(extra?.capitals ?? []);
      const caps = new Set<string>(capExplicit);
      for (const cap of c.capital) if (usableAlias(cap)) caps.add(cap);
      if (caps.size > 0) {
        out.push({
          record: {
            id: `capital:${own.toLowerCase()}`,
            kind: 'capital',
            name: c.capital[0] ?? [...caps][0] ?? own,
            names: [...caps],
            roles: [{ country, sector: 'GOV' }],
            note: 'capital as metonym for the government: GOV as subject/object of the event, CVL otherwise',
          },
          explicit: capExplicit,
          primary: true,
        });
      }
    }
  }
  return out;
}
