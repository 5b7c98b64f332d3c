/**
 * Country from context for domestic actors whose phrase names none ("President Bush", "the
 * opposition", "Prime Minister Iyad Allawi"): news writes a domestic title without its country
 * when the country is plain from the story. The country comes from the sentence's places (after
 * "in", "at", …), else its other country mentions (the article's most frequent first), else the
 * article's dominant country; the actor is marked `by: "context"`.
 *
 * @module
 */
import words from './actor-words.json' with { type: 'json' };
import type { FoundActor } from './found-actor.js';

const CONTEXT_SECTORS = new Set(words.contextSectors);
const NON_STATE = new Set(words.nonStateCodes);

/** A state code that can lend its country (ISO3 or KOS, not IGO/UNO/EUR/NGO/IMG). */
function isState(code: string | undefined): code is string {
  return code !== undefined && /^[A-Z]{3}$/.test(code) && !NON_STATE.has(code);
}

/** Whether a found actor needs a country from context: a domestic sector, no country, no pronoun. */
function wantsContext(a: FoundActor): boolean {
  return a.country === undefined && a.pronoun === undefined && a.sector !== undefined && CONTEXT_SECTORS.has(a.sector);
}

function mostFrequent(found: readonly FoundActor[], counts: ReadonlyMap<string, number>): string | undefined {
  let out: string | undefined;
  let best = -1;
  for (const a of found) {
    if (!isState(a.country)) continue;
    const n = counts.get(a.country) ?? 0;
    if (n > best) {
      best = n;
      out = a.country;
    }
  }
  return out;
}

/**
 * Fills `country` (and sets `by: "context"`) on the domestic actors of each sentence that have
 * none. `sentences` holds every sentence's found actors, locative places included. The article's
 * dominant country must be named at least twice and more often than any other.
 */
export function inferCountries(sentences: readonly (readonly FoundActor[])[]): void {
  const counts = new Map<string, number>();
  for (const found of sentences) for (const a of found) if (isState(a.country)) counts.set(a.country, (counts.get(a.country) ?? 0) + 1);
  const ranked = [...counts].sort((x, y) => y[1] - x[1]);
  const top = ranked[0];
  const dominant = top && top[1] >= 2 && (ranked[1]?.[1] ?? 0) < top[1] ? top[0] : undefined;
  for (const found of sentences) {
    // A place of the sentence lends first ("the rebels in Darfur", "Opposition groups in Zimbabwe"),
    // then any other state mention, the article's most frequent first.
    const local = mostFrequent(found.filter((a) => a.locative), counts) ?? mostFrequent(found, counts);
    const country = local ?? dominant;
    if (country === undefined) continue;
    for (const a of found) {
      if (!wantsContext(a)) continue;
      a.country = country;
      a.by = 'context';
    }
  }
}
