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
import statusWords from './status-words.json' with { type: 'json' };
import { coordinatedVerb } from './coordination.js';
import { isTemporal } from './temporal.js';
import { reducedRelativeAux } from './voice.js';

const CHAIN = new Set(words.chain);
const BARRIERS = new Set(words.barriers);
const RELATIVES = new Set(words.relatives);
const PASSIVE_AUX = new Set(words.passiveAux);
/** Forms of "be" that are a clause's own verb when no verb follows ("Vietnam is one of the critics"). */
const COPULAS = new Set(['is', 'are', 'was', 'were']);
const ACCUSATIONS = new Set(statusWords.accusationVerbs);
const ACCUSATION_PREPS = new Set(statusWords.accusationPreps);
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our']);
/** Dashes that open and close an aside ("X - which … - called"). */
const DASHES = new Set(['-', '--', '\u2013', '\u2014']);
const COMPANIONS = words.companions;
const POST_MODIFIERS = new Set(words.postModifiers);
const LOCATIVE_PREPS = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'around', 'throughout', 'into', 'within', 'towards', 'toward', 'via', 'through', 'over', 'under', 'during', 'after', 'before']);
/**
 * Prepositions whose complement a non-restrictive "which" after it does not stand for ("the leaders of Iran,
 * which …", "troops from Russia, which …": the head's; "an attack in Syria, which killed": locative, above).
 */
const NO_WHICH_PREPS = new Set(['of', 'from', 'by', 'between', 'among']);
const NP_SKIP = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PART']);
/** Words of a verb's object noun phrase before an infinitive of purpose ("sent 21 military personnel to …"). */
const PURPOSE_OBJECT_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PART', 'CCONJ']);
/** Prepositions of a place phrase after a subject ("students throughout Indonesia staged"). */
const SUBJECT_PLACE_PREPS = new Set([...LOCATIVE_PREPS, 'from']);

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
function subjectAt(v: SentenceView, k: number): { args: Arg[]; first: number } | undefined {
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
 * Skips back over a parenthetical between commas ("Pakistan, a key U.S. ally in the war,
 * has refused"; "Hamas, which advocates …, ran"): the word before the opening comma, or -1.
 */
function beforeParenthetical(v: SentenceView, comma: number): number {
  for (let k = comma - 1; k >= Math.max(1, comma - 20); k--) {
    const w = v.ws[k]!;
    if (w.lower === ';' || w.lower === ':' || w.lower === '"' || w.lower === '\u201c' || w.lower === '\u201d') return -1;
    if (w.lower !== ',') continue;
    const first = v.ws[k + 1]!;
    const inner = v.ws.slice(k + 1, comma);
    // An apposition ("a key ally") or a relative clause ("which advocates …"); not a clause of its own.
    const relative = RELATIVES.has(first.lower);
    // "Recent US Predator attacks, occurring about once every three days, have killed": a participle opens
    // a reduced relative, no clause of its own.
    const participle = first.pos === 'VERB' && /(ing|ed|en)$/.test(first.lower) && !inner.some((x) => x.pos === 'AUX');
    // "Brazil's foreign minister, in remarks published on Monday, urged": a prepositional adjunct whose verbs
    // are participles only.
    const adjunct = first.pos === 'ADP' && !inner.some((x) => x.pos === 'AUX' || (x.pos === 'VERB' && !/(ing|ed|en)$/.test(x.lower)));
    if (!relative && !participle && !adjunct && inner.some((x) => x.pos === 'VERB' || x.pos === 'AUX')) return -1;
    // The word before the comma: an actor, or a noun whose owner is one ("US … attacks").
    if (v.actorAt[k - 1] !== undefined || (v.ws[k - 1]!.pos === 'NOUN' && ownerOf(v, k - 1) !== undefined)) return k - 1;
    return -1;
  }
  return -1;
}

/**
 * The opening dash of an aside or apposition closed by the dash at `close` ("The Palestinian Authority - which
 * considers … - called"), or -1: within 30 words, with no clause punctuation or quote mark between.
 */
function openingDash(v: SentenceView, close: number): number {
  for (let k = close - 1; k >= Math.max(1, close - 30); k--) {
    const x = v.ws[k]!;
    if (DASHES.has(x.lower) && x.pos === 'PUNCT') return k;
    if (x.lower === ';' || x.lower === ':' || x.lower === '"' || x.lower === '\u201c' || x.lower === '\u201d') return -1;
  }
  return -1;
}

/**
 * The first word of a partner phrase between a subject and its verb ("Washington along with its allies
 * demanded", "Iran together with Russia backs"), or -1: the subject lies before it. Only noun-phrase words
 * may stand between the phrase and the verb.
 */
function companionStart(v: SentenceView, i: number): number {
  for (let j = i - 1; j >= Math.max(1, i - 10); j--) {
    const w = v.ws[j]!;
    const c = COMPANIONS.find((p) => p.every((x, n) => v.ws[j + n]?.lower === x));
    if (c) return j;
    if (w.pos === 'VERB' || w.pos === 'AUX' || w.pos === 'PUNCT' || w.pos === 'SCONJ' || w.pos === 'CCONJ') return -1;
  }
  return -1;
}

/**
 * "The rebel Kurdistan Workers' Party issued a declaration demanding that …": a participle right after a
 * non-actor object noun whose verb comes before it; the subject is that verb's. Returns the verb's index, or -1.
 */
function participleAfterObject(v: SentenceView, i: number): number {
  const w = v.ws[i]!;
  if (w.pos !== 'VERB' || !w.lower.endsWith('ing') || v.ws[i - 1]?.pos !== 'NOUN' || v.actorAt[i - 1] !== undefined) return -1;
  for (let j = i - 2; j >= Math.max(0, i - 6); j--) {
    const x = v.ws[j]!;
    if (x.pos === 'VERB') return j;
    if (x.pos !== 'DET' && x.pos !== 'ADJ' && x.pos !== 'NOUN' && x.pos !== 'NUM' && !(x.pos === 'PRON' && POSSESSIVES.has(x.lower))) return -1;
  }
  return -1;
}

/**
 * A subject phrase ending in words that name no actor, at word `j`: "the Sudanese government and SPLM/A have
 * agreed" (an unknown name coordinated with an actor: the known member acts) or "The government of Sindh
 * province has ordered" (an unknown "of" complement: the head acts). Returns the actor index, or undefined.
 */
function overUnknown(v: SentenceView, j: number): number | undefined {
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

/**
 * "The United Nations has sent 21 personnel to Bosnia to investigate", "Serbia used force to disperse the
 * crowd": an infinitive of purpose after a verb's object (a noun phrase that names no actor, with its
 * prepositional phrases, a place or actor in them included) is the act of that verb's subject. Returns the
 * verb's index, or -1. An actor object right before "to" ("urged Iran to stop", "appealed to Russia to
 * stop") is whom the verb asks: the infinitive is that actor's, as the plain search finds.
 */
function purposeVerb(v: SentenceView, i: number): number {
  let j = i - 1;
  while (j > 0 && v.ws[j]!.pos === 'ADV') j--;
  if (v.ws[j]?.lower !== 'to' || v.ws[j]!.pos !== 'PART') return -1;
  let object = false;
  for (j--; j >= Math.max(0, i - 16); j--) {
    const w = v.ws[j]!;
    const k = v.actorAt[j];
    if (k !== undefined) {
      // An actor inside the object's prepositional phrase ("personnel to Bosnia") is passed over; one that is
      // the object itself asks for the plain search.
      const first = v.actors[k]!.first;
      const prep = v.ws[first - 1];
      if (!prep || prep.pos !== 'ADP' || !object && !PURPOSE_OBJECT_POS.has(v.ws[first - 2]?.pos ?? '')) return -1;
      j = first;
      continue;
    }
    if (isTemporal(v.ws, j)) continue;
    if (PURPOSE_OBJECT_POS.has(w.pos) || (w.pos === 'PRON' && POSSESSIVES.has(w.lower))) {
      if (w.pos === 'NOUN') object = true;
      continue;
    }
    if (w.pos === 'ADP' && w.lower !== 'of' && w.lower !== 'by') continue;
    return w.pos === 'VERB' && object && v.ws[j - 1]?.lower !== 'to' ? j : -1;
  }
  return -1;
}

/**
 * The accused of an act in an accusation's complement: "Russia accused Ukraine of shelling Donetsk" (the
 * object), "Ukraine was accused of shelling", "militants suspected of bombing" (the passive's subject).
 * Returns the accusation verb's index and the accused's actor index (undefined for a passive), or undefined.
 */
function accusedOf(v: SentenceView, i: number): { verb: number; k?: number } | undefined {
  // A gerund the tagger reads as a noun ("of shelling Donetsk") too; no other event noun ("of aggression").
  const w = v.ws[i];
  if (!w || !(w.pos === 'VERB' || (w.pos === 'NOUN' && w.lower.endsWith('ing'))) || !ACCUSATION_PREPS.has(v.ws[i - 1]?.lower ?? '')) return undefined;
  if (ACCUSATIONS.has(v.ws[i - 2]?.lower ?? '')) return { verb: i - 2 };
  const k = v.actorAt[i - 2];
  if (k === undefined) return undefined;
  const verb = groupFirst(v, k) - 1;
  return ACCUSATIONS.has(v.ws[verb]?.lower ?? '') ? { verb, k } : undefined;
}

/** The nearest verb (or copula) before word `j` in its clause (within 20 words, no barrier or clause punctuation), or -1. */
function previousVerb(v: SentenceView, j: number): number {
  for (let m = j - 1; m >= Math.max(0, j - 20); m--) {
    const x = v.ws[m]!;
    if (x.pos === 'VERB') return m;
    // "Vietnam is one of the region's most vocal critics … and has accused Beijing": a copula is its clause's verb.
    if (x.pos === 'AUX' && COPULAS.has(x.lower) && v.ws[m + 1]?.pos !== 'VERB' && v.ws[m + 1]?.pos !== 'AUX' && v.ws[m + 1]?.pos !== 'ADV' && v.ws[m + 1]?.pos !== 'PART') return m;
    if (BARRIERS.has(x.lower) || (x.pos === 'PUNCT' && x.lower !== ',')) return -1;
  }
  return -1;
}

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
