/**
 * A consistency rule for GMB's TRAINING labels (never applied to the held-out part, which is
 * scored as published). GMB's tags are partly automatic and flip between documents: the same
 * country is ORG in one article (the state as an actor: "Egypt condemned…") and LOC in the next
 * (Turkey: LOC 196, ORG 95), and "U.N." in "U.N. officials" is as often LOC as ORG. A tagger
 * cannot learn a flip that depends on the document, and downstream wants one answer, so:
 *
 * - an ORG span that is exactly a country, capital or listed place name (gazetteer.ts) → LOC;
 * - a LOC span that is exactly a listed organisation (name-lists.ts `org`) and no country,
 *   capital, place or city → ORG;
 * - an ORG or LOC span right after an honorific (data/honorifics.json: "Mr. Putin", "Ms. Quist")
 *   → PERSON (option `honorific`).
 */
import { readFileSync } from 'node:fs';
import { dataPath } from './data-path.js';
import type { LabelledSentence } from './gmb.js';
import { loadGazetteer } from './gazetteer.js';
import type { Gazetteer } from './gazetteer.js';
import { loadNameLists, matchNames, nameToken } from './name-lists.js';
import type { NameLists } from './name-lists.js';
import { wordKey } from './normalize.js';
import type { TaggedSpan } from './types.js';

/** How many spans the rule changed, by direction. */
export interface CleanStats {
  orgToLoc: number;
  locToOrg: number;
  toPerson: number;
}

let honorifics: ReadonlySet<string> | undefined;

/** Honorifics that only precede a person's name (data/honorifics.json, loaded once). */
function loadHonorifics(): ReadonlySet<string> {
  honorifics ??= new Set((JSON.parse(readFileSync(dataPath('honorifics.json'), 'utf8')) as { words: string[] }).words);
  return honorifics;
}

/** Whether tokens [start, end) are, as a whole, exactly one match of the name lists with `label`. */
function listed(sentence: LabelledSentence, span: TaggedSpan, lists: NameLists, label: (l: string) => boolean): boolean {
  const tokens = sentence.tokens.slice(span.start, span.end);
  const m = matchNames(tokens.map((t) => nameToken(t.text)), tokens.map(() => true), lists);
  return m.length === 1 && m[0]?.start === 0 && m[0].end === tokens.length && m[0].labels.some(label);
}

/** Which directions of the rule to apply. */
export interface CleanOptions {
  orgToLoc: boolean;
  locToOrg: boolean;
  /** ORG/LOC right after an honorific → PERSON (default off). */
  honorific?: boolean;
}

/** Returns the sentences with the rule applied (new objects; the input is not changed). */
export function cleanGmbLabels(
  sentences: readonly LabelledSentence[],
  options: CleanOptions = { orgToLoc: true, locToOrg: true },
  gaz: Gazetteer = loadGazetteer(),
  lists: NameLists = loadNameLists(),
): { sentences: LabelledSentence[]; stats: CleanStats } {
  const stats: CleanStats = { orgToLoc: 0, locToOrg: 0, toPerson: 0 };
  const titles = options.honorific ? loadHonorifics() : undefined;
  const out = sentences.map((s) => {
    const spans = s.spans.map((span): TaggedSpan => {
      if (span.type !== 'ORG' && span.type !== 'LOC') return span;
      const before = s.tokens[span.start - 1]?.text.toLowerCase().replace(/\.$/, '');
      if (titles && before !== undefined && titles.has(before)) {
        stats.toPerson++;
        return { ...span, type: 'PERSON' };
      }
      const key = s.tokens.slice(span.start, span.end).map((t) => wordKey(t.text)).join(' ');
      const kinds = gaz.phrases.get(key);
      const place = kinds !== undefined && (kinds.has('country') || kinds.has('capital') || kinds.has('place'));
      if (options.orgToLoc && span.type === 'ORG' && place) {
        stats.orgToLoc++;
        return { ...span, type: 'LOC' };
      }
      if (options.locToOrg && span.type === 'LOC' && !place && listed(s, span, lists, (l) => l === 'org') && !listed(s, span, lists, (l) => l.startsWith('c'))) {
        stats.locToOrg++;
        return { ...span, type: 'ORG' };
      }
      return span;
    });
    return { tokens: s.tokens, spans };
  });
  return { sentences: out, stats };
}
