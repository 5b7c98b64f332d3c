/**
 * The subject phrase at an actor: the phrase a post-modifier belongs to ("Militants loyal to X"), the phrase
 * before a place ("Rebels in the Ivory Coast"), the head before an "of" complement, a titled name, an
 * apposition; and a subject ending in words that name no actor.
 *
 * @module
 */
import { groupArgs, groupFirst, noOwnCountry } from './actor-phrases.js';
import type { Arg, SentenceView } from './actor-phrases.js';
import words from './coder-words.json' with { type: 'json' };

const POST_MODIFIERS = new Set(words.postModifiers);
/** Prepositions of a place or time phrase: the phrase before one is the subject, not its complement. */
export const LOCATIVE_PREPS = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'around', 'throughout', 'into', 'within', 'towards', 'toward', 'via', 'through', 'over', 'under', 'during', 'after', 'before']);
const NP_SKIP = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PART']);

/**
 * The noun phrase a post-modifier containing word `first` belongs to: "Militants loyal to X", "workers
 * affiliated with the union", "the Red Cross operating in Iraq" (a participle or adjective and a
 * preposition after an actor phrase). Returns that phrase's actor index, or undefined.
 */
function modifiedHead(v: SentenceView, first: number): number | undefined {
  let j = first - 1;
  while (j > 0 && (v.ws[j]!.pos === 'DET' || v.ws[j]!.pos === 'NUM')) j--;
  const prep = v.ws[j];
  const mod = v.ws[j - 1];
  if (!prep || !mod || prep.pos !== 'ADP' || prep.lower === 'by' || prep.lower === 'of') return undefined;
  const participle = mod.pos === 'VERB' && /(ed|en|ing)$/.test(mod.lower);
  if (!participle && !(mod.pos === 'ADJ' && POST_MODIFIERS.has(mod.lower))) return undefined;
  const k = v.actorAt[j - 2];
  return k !== undefined && v.actors[k]!.mention.by !== 'pronoun' ? k : undefined;
}

/** The actor phrase ending at word `j` (or the coordination it belongs to), as subject arguments. */
export function subjectAt(v: SentenceView, k: number): { args: Arg[]; first: number } | undefined {
  // "Militants loyal to Iraq's Al-Qaeda frontman … said": the phrase the post-modifier belongs to.
  const head = modifiedHead(v, groupFirst(v, k));
  if (head !== undefined) return subjectAt(v, head);
  const a = v.actors[k]!;
  const prev = v.ws[a.first - 1];
  // "prisoners taken by Isis have been killed": an agent, not the subject.
  if (prev?.lower === 'by') return { args: groupArgs(v, k), first: -1 - a.first };
  if (prev && LOCATIVE_PREPS.has(prev.lower)) {
    // "Rebels in the Ivory Coast dismissed": the phrase before the place is the subject; a
    // country-less one takes the place's country (an actor named by where it is).
    const k2 = v.actorAt[a.first - 2];
    if (k2 === undefined || v.actors[k2]!.mention.group !== undefined) return undefined;
    const head = v.actors[k2]!;
    const place = a.mention;
    const args = groupArgs(v, k2);
    if (prev.lower === 'in' && noOwnCountry(head.mention) && place.country !== undefined && place.sector === undefined && args.length === 1) {
      // "Lawmakers in Poland and Kenya": one actor per place of a coordination.
      const places = groupArgs(v, k).filter((p) => p.actor.country !== undefined && p.actor.sector === undefined);
      return { args: places.map((p) => ({ ...args[0]!, actor: { ...head.mention, country: p.actor.country! } })), first: groupFirst(v, k2) };
    }
    return { args, first: groupFirst(v, k2) };
  }
  // "The Turkish and Greek sides of the island of Cyprus have agreed": the complement of "of" is not the
  // subject; an actor in the noun phrase before "of" is.
  // "The Federal Minister for Interior Aftab Sherpao allowed": a name with no code after a title's "for"
  // portfolio is the titled person; the title phrase codes it.
  if (prev?.lower === 'for' && a.mention.country === undefined && a.mention.sector === undefined) {
    const k2 = v.actorAt[a.first - 2];
    const head = k2 === undefined ? undefined : v.actors[k2]!.mention;
    if (head && head.sector !== undefined && head.by !== 'pronoun') return { args: groupArgs(v, k2!), first: groupFirst(v, k2!) };
  }
  if (prev?.lower === 'of') {
    // Over nested complements and participles ("the divided island of Cyprus").
    for (let j = a.first - 2; j >= Math.max(0, a.first - 10); j--) {
      const k2 = v.actorAt[j];
      if (k2 !== undefined) {
        if (v.ws[v.actors[k2]!.first - 1]?.lower === 'of') continue;
        return v.actors[k2]!.mention.by === 'pronoun' ? undefined : { args: groupArgs(v, k2), first: groupFirst(v, k2) };
      }
      const x = v.ws[j]!;
      if (x.lower !== 'of' && !NP_SKIP.has(x.pos) && !(x.pos === 'VERB' && x.lower.endsWith('ed'))) break;
    }
  }
  // "Quatar's emir, Sheikh Hamad": a name in apposition after a headed phrase; the phrase with a country wins.
  if (a.mention.country === undefined && prev?.lower === ',') {
    const k2 = v.actorAt[a.first - 2];
    if (k2 !== undefined && v.actors[k2]!.mention.country !== undefined) return { args: groupArgs(v, k2), first: groupFirst(v, k2) };
  }
  return { args: groupArgs(v, k), first: groupFirst(v, k) };
}

/**
 * A subject phrase ending in words that name no actor, at word `j`: "the Sudanese government and SPLM/A have
 * agreed" (an unknown name coordinated with an actor: the known member acts) or "The government of Sindh
 * province has ordered" (an unknown "of" complement: the head acts). Returns the actor index, or undefined.
 */
export function overUnknown(v: SentenceView, j: number): number | undefined {
  let p = j;
  const name = v.ws[j]!.pos === 'PROPN';
  while (p > 0 && v.actorAt[p - 1] === undefined && (v.ws[p - 1]!.pos === (name ? 'PROPN' : 'NOUN') || v.ws[p - 1]!.pos === 'PROPN' || v.ws[p - 1]!.pos === 'ADJ' || v.ws[p - 1]!.pos === 'DET')) p--;
  const link = v.ws[p - 1]?.lower;
  const k = v.actorAt[p - 2];
  if (k === undefined || v.actors[k]!.mention.by === 'pronoun') return undefined;
  if (name && (link === 'and' || link === ',')) return k;
  if (link === 'of') return k;
  return undefined;
}
