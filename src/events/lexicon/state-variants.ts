/**
 * Misspelled and variant state names and demonyms ("Ethopia", "Quatar", "Phillipines",
 * "Ghanian"): a single word one edit (insertion, deletion, substitution or swap of two neighbours)
 * from exactly one state's one-word name or demonym. Only words of at least six letters, and only
 * aliases of at least five, so short words ("Iran"/"Iris", "Mali"/"Male") never match, and only edits
 * that read as slips (see `typo`: "Olivia" is no Bolivia, "Angela" no Angola); the caller
 * decides that the word is capitalised, unknown to the lexicon and no known person or organisation.
 *
 * @module
 */
import { actorRecords, aliasClaims, lookupActor } from './actors.js';
import type { ActorEntry } from './actors.js';
import { foldKey } from './normalize.js';

/** Shortest misspelled word looked up. */
const MIN_WORD = 6;
/** Shortest alias it may be a variant of. */
const MIN_ALIAS = 5;

interface VariantIndex {
  /** One-word state aliases (folded) -> the state's id. */
  aliases: ReadonlyMap<string, string>;
  /** Each alias with one letter deleted -> the aliases it comes from. */
  deletions: ReadonlyMap<string, readonly string[]>;
}

let index: VariantIndex | undefined;

function deletionsOf(key: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < key.length; i++) out.push(key.slice(0, i) + key.slice(i + 1));
  return out;
}

function buildIndex(): VariantIndex {
  const kinds = new Map(actorRecords().map((r) => [r.id, r.kind]));
  const aliases = new Map<string, string>();
  const deletions = new Map<string, string[]>();
  for (const [key, ids] of aliasClaims()) {
    // Only an alias that names one state and nothing else (a person or group sharing it stays exact-only).
    if (key.length < MIN_ALIAS || !/^\p{Ll}+$/u.test(key) || ids.length !== 1 || kinds.get(ids[0]!) !== 'state') continue;
    aliases.set(key, ids[0]!);
    for (const d of new Set(deletionsOf(key))) {
      const list = deletions.get(d) ?? [];
      list.push(key);
      deletions.set(d, list);
    }
  }
  return { aliases, deletions };
}

/** Optimal string alignment distance is at most one (one insertion, deletion, substitution or neighbour swap). */
function oneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const VOWELS = /^[aeiouy]$/;

/**
 * Whether `word` (one edit from `alias`) reads as a slip of the pen rather than another name: it
 * keeps the first letter ("Olivia" and "Roland" are names, not Bolivia and Poland), is no plural of a
 * singular name ("the Americas", "Frances"), and changes no vowel into another ("Angela", "Franco", the French
 * "Canadiens" are names or forms of their own; a slip drops, adds or swaps letters: "Ethopia",
 * "Quatar", "Isreal").
 */
function typo(word: string, alias: string): boolean {
  if (word[0] !== alias[0]) return false;
  if (word.endsWith('s') && !alias.endsWith('s')) return false;
  if (word.length !== alias.length) return true;
  let i = 0;
  while (word[i] === alias[i]) i++;
  const swapped = word[i] === alias[i + 1] && word[i + 1] === alias[i];
  return swapped || !(VOWELS.test(word[i] ?? '') && VOWELS.test(alias[i] ?? ''));
}

/** Answers per word: few distinct unknown capitalised words recur. */
const ANSWERS = new Map<string, string | null>();

/** The one state alias `word` is a one-edit variant of, if exactly one state's is. */
function variantAlias(word: string): string | undefined {
  const key = foldKey(word);
  const cached = ANSWERS.get(key);
  if (cached !== undefined) return cached ?? undefined;
  let found: string | undefined;
  const idx = (index ??= buildIndex());
  // The plural of a name is a word of its own ("the Americas"), no slip for another alias ("Americans").
  if (key.length >= MIN_WORD && /^\p{Ll}+$/u.test(key) && !(key.endsWith('s') && idx.aliases.has(key.slice(0, -1)))) {
    const hits = new Set<string>();
    // The word lacks a letter ("ethopia") or has one changed or swapped ("columbia").
    for (const a of idx.deletions.get(key) ?? []) hits.add(a);
    for (const d of new Set(deletionsOf(key))) {
      // The word has an extra letter ("quatar").
      if (idx.aliases.has(d)) hits.add(d);
      for (const a of idx.deletions.get(d) ?? []) if (oneEdit(key, a)) hits.add(a);
    }
    for (const a of hits) if (!typo(key, a)) hits.delete(a);
    const states = new Set([...hits].map((a) => idx.aliases.get(a)));
    if (states.size === 1) found = [...hits].sort()[0];
  }
  if (ANSWERS.size > 10_000) ANSWERS.clear();
  ANSWERS.set(key, found ?? null);
  return found;
}

/**
 * The state `word` misspells ("Ethopia" -> Ethiopia, "Quatar" -> Qatar), resolved as
 * `lookupActor` resolves the alias it is one edit from; `undefined` when the word is short, names
 * an actor itself, or is one edit from no state's alias or from several states'.
 */
export function lookupStateVariant(word: string, date?: string): ActorEntry | undefined {
  if (lookupActor(word, date)) return undefined;
  const alias = variantAlias(word);
  return alias === undefined ? undefined : lookupActor(alias, date);
}
