/**
 * Subject finding: the actor phrase before a verb that is its subject, stepping over auxiliaries,
 * adverbs, time adjuncts, parentheticals, companion phrases ("along with its allies"), place phrases
 * ("Rebels in the Ivory Coast") and relative clauses; and the patient before a "by X" agent.
 *
 * @module
 */
import { groupArgs, groupFirst, noOwnCountry, ownerOf, pronounArgs } from './actor-phrases.js';
import type { Arg, SentenceView } from './actor-phrases.js';
import words from './coder-words.json' with { type: 'json' };
import { coordinatedVerb } from './coordination.js';
import { accusedOf, participleAfterObject, previousVerb, purposeVerb } from './shared-subject-verbs.js';
import { beforeParenthetical, companionStart, DASHES, openingDash } from './subject-asides.js';
import { LOCATIVE_PREPS, overUnknown, subjectAt } from './subject-phrase.js';
import { isTemporal } from './temporal.js';
import { reducedRelativeAux } from './voice.js';

const CHAIN = new Set(words.chain);
const BARRIERS = new Set(words.barriers);
const RELATIVES = new Set(words.relatives);
const PASSIVE_AUX = new Set(words.passiveAux);
/**
 * Prepositions whose complement a non-restrictive "which" after it does not stand for ("the leaders of Iran,
 * which …", "troops from Russia, which …": the head's; "an attack in Syria, which killed": locative, `LOCATIVE_PREPS`).
 */
const NO_WHICH_PREPS = new Set(['of', 'from', 'by', 'between', 'among']);
/** Prepositions of a place phrase after a subject ("students throughout Indonesia staged"). */
const SUBJECT_PLACE_PREPS = new Set([...LOCATIVE_PREPS, 'from']);

/** The accused as the subject of a gerund in an accusation's complement (see {@link accusedOf}), if it is one. */
export function accusedSubject(v: SentenceView, i: number): { args: Arg[]; first: number } | undefined {
  const accused = accusedOf(v, i);
  if (!accused) return undefined;
  return accused.k === undefined ? subjectBefore(v, accused.verb) : { args: groupArgs(v, accused.k), first: groupFirst(v, accused.k) };
}

/**
 * The actor phrase before word `i` that is its subject, or undefined (a non-actor subject or none). `own` is
 * the first word of the verb's own predicate when an aside between dashes lies between the two ("The
 * Palestinian Authority - which … if talks are revived - called"): the words before it are another
 * predicate's, no status cue or condition of this one.
 */
export function subjectBefore(v: SentenceView, i: number): { args: Arg[]; first: number; own?: number } | undefined {
  const companion = companionStart(v, i);
  if (companion > 0) return subjectBefore(v, companion);
  const verb = participleAfterObject(v, i);
  if (verb >= 0) return subjectBefore(v, verb);
  const purpose = purposeVerb(v, i);
  if (purpose >= 0) return subjectBefore(v, purpose);
  // The accuser's claim names the accused as the actor of the act (its status: claimed, see status.ts).
  if (accusedOf(v, i)) return accusedSubject(v, i);
  for (let j = i - 1; j >= 0; j--) {
    const w = v.ws[j]!;
    // "The International Labor Office (ILO) reiterated": a parenthesis after the subject.
    if (w.lower === ')') {
      let p = j - 1;
      while (p > 0 && j - p < 8 && v.ws[p]!.lower !== '(') p--;
      if (v.ws[p]?.lower === '(' && p > 0) {
        j = p;
        continue;
      }
    }
    const k = v.actorAt[j];
    if (k !== undefined) return subjectAt(v, k);
    if (w.pos === 'PRON') {
      if (RELATIVES.has(w.lower) && w.lower !== 'which') {
        // "the rebels who attacked": the noun before the relative.
        const k2 = v.actorAt[j - 1] ?? (v.ws[j - 1]?.lower === ',' ? v.actorAt[j - 2] : undefined);
        return k2 === undefined ? undefined : { args: groupArgs(v, k2), first: groupFirst(v, k2) };
      }
      // "the United States, which accuses him of …": a non-restrictive "which" after an actor phrase that is
      // no complement of a locative or partitive preposition ("an attack in Syria, which killed" is the attack's).
      if (w.lower === 'which' && v.ws[j - 1]?.lower === ',') {
        const k2 = v.actorAt[j - 2];
        if (k2 === undefined) return undefined;
        // "extradition to the United States, which accuses him": a complement of a non-locative preposition too.
        const prep = v.ws[groupFirst(v, k2) - 1];
        if (prep?.pos === 'ADP' && (LOCATIVE_PREPS.has(prep.lower) || NO_WHICH_PREPS.has(prep.lower))) return undefined;
        return { args: groupArgs(v, k2), first: groupFirst(v, k2) };
      }
      const args = pronounArgs(v, j);
      return args ? { args, first: j } : undefined;
    }
    if (DASHES.has(w.lower) && w.pos === 'PUNCT') {
      const open = openingDash(v, j);
      if (open < 1) return undefined;
      // "The only two Arab states to have signed treaties with Israel - Egypt and Jordan - criticised": an actor
      // phrase filling the dashes is the subject, named in apposition.
      const k = v.actorAt[j - 1];
      if (k !== undefined && v.ws.slice(open + 1, groupFirst(v, k)).every((x) => x.pos === 'DET')) return subjectAt(v, k);
      // "The Palestinian Authority - which considers the US biased … - called for": an aside between the subject
      // and its verb; the subject ends before it (an actor, or a noun an actor owns).
      if (v.actorAt[open - 1] === undefined && !(v.ws[open - 1]!.pos === 'NOUN' && ownerOf(v, open - 1) !== undefined)) return undefined;
      // The aside's words ("if peace talks are revived") are another predicate's: the status window starts after it.
      const before = subjectBefore(v, open);
      return before ? { ...before, own: j + 1 } : before;
    }
    if (w.lower === ',') {
      const end = beforeParenthetical(v, j);
      if (end < 0) return undefined;
      j = end + 1;
      continue;
    }
    // "Syrian troops are said to have shelled Homs": a passive report verb is the subject's hedge, no clause break.
    if (BARRIERS.has(w.lower) && !(v.ws[j + 1]?.lower === 'to' && PASSIVE_AUX.has(v.ws[j - 1]?.lower ?? ''))) return undefined;
    if (isTemporal(v.ws, j)) continue;
    // "Rebels in the Ivory Coast rejected": a place phrase after the subject; a country-less subject takes its country.
    const placeCountry = v.placeCountryAt?.[j];
    if (placeCountry !== undefined) {
      // "Lawmakers in Poland and Kenya": the places of a coordination, each lending its country.
      const countries = [placeCountry];
      let p = j;
      for (;;) {
        while (p > 0 && v.placeCountryAt?.[p - 1] !== undefined) p--;
        if (v.ws[p - 1]?.pos === 'DET') p--;
        const joint = v.ws[p - 1]?.lower === 'and' || v.ws[p - 1]?.lower === ',' ? p - 1 : -1;
        const before = joint > 0 ? v.placeCountryAt?.[joint - 1] : undefined;
        if (before === undefined) break;
        countries.unshift(before);
        p = joint - 1;
      }
      // "A terror group based in Trinidad claims": a participle may stand between the phrase and its place.
      const participle = v.ws[p - 2]?.pos === 'VERB' && /(ed|en|ing)$/.test(v.ws[p - 2]!.lower) ? v.actorAt[p - 3] : undefined;
      const k2 = SUBJECT_PLACE_PREPS.has(v.ws[p - 1]?.lower ?? '') ? v.actorAt[p - 2] ?? participle : undefined;
      // "Russia's bombing of Aleppo killed dozens": the place completes a noun an actor owns; the owner acts.
      const owner = k2 === undefined && v.ws[p - 1]?.lower === 'of' && v.ws[p - 2]?.pos === 'NOUN' ? ownerOf(v, p - 2) : undefined;
      if (owner !== undefined) return subjectAt(v, owner);
      if (k2 === undefined) return undefined;
      // "Lawmakers and officials in Poland and Kenya": each member of a coordinated head, in each place.
      const heads = groupArgs(v, k2);
      const args = heads.flatMap((h) => (noOwnCountry(h.actor) ? [...new Set(countries)].map((country) => ({ ...h, actor: { ...h.actor, country } })) : [h]));
      return { args, first: groupFirst(v, k2) };
    }
    if (w.pos === 'AUX' || w.pos === 'ADV' || w.pos === 'PART' || CHAIN.has(w.lower)) continue;
    // "Vietnam protested on Monday and has accused Beijing": a verb whose own auxiliary follows "and" shares
    // the subject of the verb before it. A bare participle after "and" ("was hauled out … and promptly taken") is
    // left alone: which verb it joins is ambiguous (docs/EVENTS.md, rounds 11 and 12).
    // "Trump said he would X, and slammed Y", "X met Y and called on Z to …": a finite verb after "and" is the act
    // of the subject of the nearest finite verb of its own tense (coordination.ts).
    const joined = w.lower === 'and' ? coordinatedVerb(v.ws, i) : undefined;
    if (joined?.and === j) return subjectBefore(v, joined.verb);
    const chain = v.ws.slice(j + 1, i);
    if (w.lower === 'and' && chain.some((x) => x.pos === 'AUX') && chain.every((x) => x.pos === 'AUX' || x.pos === 'ADV' || x.pos === 'PART')) {
      const prev = previousVerb(v, j);
      // Not marked as the verb's own predicate (`own`): that moved the status of one WikiEvents check item for one of the
      // article-events dev half.
      return prev < 0 ? undefined : subjectBefore(v, prev);
    }
    const over = w.pos === 'PROPN' || w.pos === 'NOUN' ? overUnknown(v, j) : undefined;
    if (over !== undefined) return subjectAt(v, over);
    // "The Russian building was demolished", "Israeli army bulldozers demolished": a head noun whose
    // owner or modifier is an actor; the owner stands for it.
    const owner = w.pos === 'NOUN' ? ownerOf(v, j) : undefined;
    if (owner !== undefined) return subjectAt(v, owner);
    // A verb in a chain: "agreed to set up", "began attacking", "have been killed".
    // "vowed on Thursday to wage war": over a time adjunct between the verb and its "to".
    let n = j + 1;
    while (n < i && isTemporal(v.ws, n)) n++;
    if (w.pos === 'VERB' && (v.ws[n]?.lower === 'to' || v.ws[j + 1]?.pos === 'VERB' || j + 1 === i)) continue;
    if (w.pos === 'ADJ' && v.ws[j + 1]?.lower === 'to') continue;
    return undefined;
  }
  return undefined;
}

/** The patient before a "by X" agent: "opponents taken prisoner by Isis" (a few words back, no clause break). */
export function patientBefore(v: SentenceView, agentFirst: number): { args: Arg[]; first: number } | undefined {
  for (let j = agentFirst - 1; j >= Math.max(0, agentFirst - 5); j--) {
    const k = v.actorAt[j];
    if (k !== undefined) {
      // "opponents taken prisoner by Isis": the noun bound to the participle ("prisoner") is no patient;
      // the phrase the reduced relative modifies is.
      const a = v.actors[k]!;
      const verb = v.ws[a.first - 1];
      const head = verb?.pos === 'VERB' ? v.actorAt[a.first - 2] : undefined;
      if (a.first === a.last && head !== undefined) return { args: groupArgs(v, head), first: groupFirst(v, head) };
      return { args: groupArgs(v, k), first: groupFirst(v, k) };
    }
    if (BARRIERS.has(v.ws[j]!.lower) || v.ws[j]!.pos === 'PUNCT') return undefined;
  }
  return undefined;
}

/**
 * The subject of a verb whose auxiliaries follow a reduced relative ("The civilians imprisoned for
 * acting against Moscow were released"): the noun phrase the relative modifies, not an actor inside it.
 */
export function subjectOverRelative(v: SentenceView, i: number): { args: Arg[]; first: number } | undefined {
  let a = i;
  while (a > 0 && ['AUX', 'ADV', 'PART'].includes(v.ws[a - 1]!.pos)) a--;
  if (a === i || v.ws[a]!.pos !== 'AUX') return undefined;
  for (let p = a - 2; p > 0; p--) if (reducedRelativeAux(v, p) === a) return subjectBefore(v, p);
  return undefined;
}
