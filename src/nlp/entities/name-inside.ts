/**
 * A decoding constraint on name shape: in running text, a name continues only over capitalised
 * words, words without letters ("G-8", "'s", "-") and a few lowercase connectors
 * (data/name-connectors.json: "of", "bin", "al"...). Any other all-lowercase word cannot be the
 * inside of a name, so "the Sunni Jihadi group Ahrar al-Sham" cannot come out as one span with
 * "group" in it, whatever the weights say. GMB's gold breaks this only for a few hundred of its
 * 33,000 inside tokens, mostly label noise ("... militants" inside an ORG).
 *
 * Case says nothing in an ALL-CAPS, Title Case or all-lowercase sentence: no constraint there.
 */
import { readFileSync } from 'node:fs';
import { dataPath } from './data-path.js';
import { isInside, TAG_COUNT } from './tags.js';
import type { TaggerToken } from './types.js';

let connectors: ReadonlySet<string> | undefined;

/** The lowercase words allowed inside a name (loaded once). */
export function nameConnectors(): ReadonlySet<string> {
  connectors ??= new Set((JSON.parse(readFileSync(dataPath('name-connectors.json'), 'utf8')) as { words: string[] }).words);
  return connectors;
}

/** How a word's case bears on the constraint: 'cap' (has a capital), 'none' (no letters), 'ok' (allowed connector), 'stop'. */
export type InsideClass = 'cap' | 'none' | 'ok' | 'stop';

/** Classifies one word (see `InsideClass`). */
export function insideClass(text: string, allowed: ReadonlySet<string> = nameConnectors()): InsideClass {
  if (/\p{Lu}/u.test(text)) return 'cap';
  if (!/\p{L}/u.test(text)) return 'none';
  const lower = text.toLowerCase();
  if (allowed.has(lower)) return 'ok';
  const hyphen = lower.indexOf('-');
  if (hyphen > 0 && allowed.has(lower.slice(0, hyphen))) return 'ok';
  // "'s" (McDonald's split by a tokeniser), "d'": apostrophe words belong to the name before them.
  if (/^['’]/u.test(lower)) return 'ok';
  return 'stop';
}

/** A penalty that no real emission score outweighs: the path through it is never chosen. */
const FORBIDDEN = -1e6;

/**
 * Forbids I- tags (in place, in an emissions array of length × TAG_COUNT) at every 'stop' word,
 * unless the sentence has no capitalised word or is caseless (features.ts `isCaseless`: ALL CAPS,
 * Title Case; the caller says). `classes` are the words'
 * `insideClass` values (computed by the caller, which may cache them per word).
 */
export function forbidLowercaseInside(emissions: Float64Array, classes: readonly InsideClass[], allCaps: boolean): void {
  if (allCaps || !classes.includes('cap')) return;
  classes.forEach((c, i) => {
    if (c !== 'stop') return;
    for (let t = 0; t < TAG_COUNT; t++) if (isInside(t)) emissions[i * TAG_COUNT + t] = FORBIDDEN;
  });
}

/** Convenience form over tokens (tests, training scripts). */
export function insideClasses(tokens: readonly TaggerToken[]): InsideClass[] {
  return tokens.map((t) => insideClass(t.text));
}
