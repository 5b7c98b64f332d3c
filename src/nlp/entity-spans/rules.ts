import type { EntityType } from '../../core/index.js';
import type { Gazetteer } from '../gazetteer/gazetteer.js';

/** A span found by a rule, in token indices of the sentence (end exclusive). */
export interface RuleSpan {
  start: number;
  end: number;
  type: EntityType;
  canonical?: string;
  rule: string;
}

const UPPER = /^\p{Lu}/u;

/**
 * How many tokens from `j` continue a person's name: a capitalised word, or a particle or
 * hyphen joined to one ("al - Assad", "Douste - Blazy"; the tokenizer splits at hyphens).
 */
function nameStep(words: readonly string[], pos: readonly string[], j: number, particles: ReadonlySet<string>): number {
  const word = words[j]!;
  if (UPPER.test(word)) return pos[j] === 'PROPN' || pos[j] === 'NOUN' || pos[j] === 'ADJ' || pos[j] === 'X' ? 1 : 0;
  const next = words[j + 1];
  if (word === '-' && next !== undefined && UPPER.test(next)) return 2;
  if (particles.has(word.toLowerCase())) {
    if (next === '-' && words[j + 2] !== undefined && UPPER.test(words[j + 2]!)) return 3;
    if (next !== undefined && UPPER.test(next)) return 2;
  }
  return 0;
}

/**
 * The rule layer over one sentence: gazetteer phrases (countries, demonyms, capitals,
 * organisations) and persons named after an honorific or office ("Mr Kerry", "Foreign Minister
 * Sergei Lavrov"). Longest match wins; matching resumes after each match.
 */
export function ruleSpans(words: readonly string[], pos: readonly string[], gaz: Gazetteer): { spans: RuleSpan[]; titles: [number, number][] } {
  const spans: RuleSpan[] = [];
  // Token ranges of honorifics and offices ("Secretary of State"): never part of a name.
  const titles: [number, number][] = [];
  let i = 0;
  while (i < words.length) {
    const m = gaz.match(words, i);
    if (!m) {
      i++;
      continue;
    }
    const end = i + m.length;
    const title = m.entries.find((e) => e.kind === 'role' || e.kind === 'honorific');
    if (title) {
      titles.push([i, end]);
      let j = end;
      while (j < words.length && j - end < 7) {
        const step = nameStep(words, pos, j, gaz.particles);
        if (step === 0) break;
        // A name never runs on into a country or organisation.
        if (j > end && gaz.match(words, j)?.entries.some((e) => e.kind !== 'role' && e.kind !== 'honorific')) break;
        j += step;
      }
      if (j > end) {
        spans.push({ start: end, end: j, type: 'PERSON', rule: title.kind });
        i = j;
        continue;
      }
      i = end;
      continue;
    }
    // "Saudi" is both a short country name and a demonym; as a single word it is the demonym.
    const first = m.entries.find((e) => e.kind === 'demonym') ?? m.entries[0]!;
    const type: EntityType =
      first.kind === 'demonym' ? 'NORP' : first.kind === 'org' || first.kind === 'seat' ? 'ORG' : 'LOC';
    // Lower-case matches of names are ordinary words ("turkey", "chad").
    if (UPPER.test(words[i]!) || first.kind === 'seat') {
      spans.push({ start: i, end, type, canonical: first.canonical, rule: first.kind });
    }
    i = end;
  }
  return { spans, titles };
}
