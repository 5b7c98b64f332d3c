/**
 * Trigger finding: the words of a sentence that the lexicon lists as event verbs or event nouns,
 * with the particle ("call for") or bound object ("lift sanctions") that selects the reading.
 *
 * @module
 */
import { hasParticleReading, hasSenseLimits, hasTriggerReadings, lookupTrigger, ploverCodebook, senseExcluded } from '../lexicon/index.js';
import type { SenseContext, TriggerEntry } from '../lexicon/index.js';
import { classifySentence, fallbackTrigger } from '../classify/index.js';
import type { TypeScores } from '../classify/index.js';
import { isTemporal } from './arguments.js';
import coderWords from './coder-words.json' with { type: 'json' };
import triggerWords from './trigger-words.json' with { type: 'json' };
import type { Word } from './words.js';

/** A trigger word and the reading chosen for it. */
export interface TriggerHit {
  /** Word index of the trigger. */
  i: number;
  /** Last word the reading consumed (the particle's last word), `i` when none. */
  last: number;
  /** Word index of the bound object noun ("sanctions" in "lift sanctions"), when the reading needs one and it follows (a passive's subject, "the curfew was lifted", is not kept here). */
  object?: number;
  entry: TriggerEntry;
  /** The classifier's fallback reading (the lexicon had no trigger in the sentence). */
  fallback?: boolean;
}

/** Options of `findTriggers`. */
export interface FindTriggerOptions {
  /** Let the sentence classifier supply a trigger where the lexicon finds none (default true). */
  fallback?: boolean;
}

const SKIP_TO_OBJECT = new Set(['DET', 'ADJ', 'NUM', 'ADV', 'PRON']);
/** Words an object phrase may hold before its bound noun ("gave the Ivory Coast 5.1 million dollars", "lifted Friday a day-old blockade", "shortened by one hour the curfew", "a state of emergency"). */
const OBJECT_PHRASE = new Set(['DET', 'ADJ', 'NUM', 'ADV', 'PRON', 'PROPN', 'NOUN']);
/** Links inside an object phrase: "of", "by", and the "than" of a count qualifier ("expelled more than a dozen diplomats"). */
const OBJECT_LINKS = new Set(['of', 'by', 'than']);
/** Tags of a particle between a phrasal verb and its object ("laying down its arms", "sent in troops"). */
const PARTICLE_POS = new Set(['ADP', 'ADV', 'PART']);
const NAME_POS = new Set(['NOUN', 'PROPN']);
/** Words between a subject and its verb ("have", "also", "on Monday" are skipped by `isTemporal`). */
const SUBJECT_SKIP = new Set(['AUX', 'ADV', 'PART']);
/** Parts of speech of a subject phrase ("the first Bangladeshi peacekeeping troops"). */
const SUBJECT_PHRASE = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET']);
const SUBJECT_REACH = 8;
const JOINT = new Set(triggerWords.joint);
const AUXILIARIES = new Set(triggerWords.auxiliaries);
const ORDER_VERBS = new Set(triggerWords.orderVerbs);
const BACKGROUND_HEADS = new Set(triggerWords.backgroundHeads);
const NAME_LINKS = new Set(triggerWords.nameLinks);
/** Words of an event noun's phrase before it ("years of the Syrian war"). */
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN', 'PART']);
const WITHHOLDING = triggerWords.withholdingVerbs.map((v) => v.split(' '));
/** Words between an event noun and the verb it is the subject of ("aid for the ally was being stalled"). */
const SUBJECT_TAIL = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN', 'ADP', 'AUX', 'ADV', 'PART']);
const PASSIVE_AUX = new Set(coderWords.passiveAux);
/** Words of an object phrase between an order verb and its event noun ("ordered the immediate arrest"). */
const ORDERED_PHRASE = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PRON']);
/** How far after the verb a bound object noun may stand. */
const OBJECT_REACH = 9;

/** Verb stems to try when the inflected form only has a noun reading ("fighting" -> "fight"). */
function stems(word: string): string[] {
  const out: string[] = [];
  for (const suf of ['ing', 'ed', 's']) {
    if (!word.endsWith(suf) || word.length <= suf.length + 2) continue;
    const stem = word.slice(0, -suf.length);
    out.push(stem, stem + 'e');
    if (/([b-df-hj-np-tv-z])\1$/.test(stem)) out.push(stem.slice(0, -1));
  }
  return out;
}

/** `triggerForms` answers by word (`null`: no form has readings); emptied when full. */
const FORMS = new Map<string, readonly string[] | null>();
const FORMS_LIMIT = 50_000;

/**
 * The word and its verb stems, or null when the lexicon has no reading of any of them (most words):
 * asked once per verb and noun of every sentence, so kept by word.
 */
function triggerForms(lower: string): readonly string[] | null {
  let forms = FORMS.get(lower);
  if (forms === undefined) {
    const all = [lower, ...stems(lower)];
    forms = all.some(hasTriggerReadings) ? all : null;
    if (FORMS.size >= FORMS_LIMIT) FORMS.clear();
    FORMS.set(lower, forms);
  }
  return forms;
}

function posFits(entry: TriggerEntry, pos: string): boolean {
  if (entry.pos === 'any') return true;
  if (entry.pos === 'verb') return pos === 'VERB';
  return pos === 'NOUN' || pos === 'PROPN';
}

/** The words of the subject phrase before a verb at `i` (over auxiliaries, adverbs and time words), lower case; "and" kept. */
function subjectWords(ws: readonly Word[], i: number): string[] {
  let j = i - 1;
  while (j >= 0 && (SUBJECT_SKIP.has(ws[j]!.pos) && ws[j]!.lower !== 'to' || AUXILIARIES.has(ws[j]!.lower) || isTemporal(ws, j))) j--;
  const out: string[] = [];
  // "… and launched": a second verb of the same subject, whose phrase is not read here.
  if (j >= 0 && (ws[j]!.lower === 'and' || ws[j]!.lower === ',')) return out;
  for (; j >= 0 && out.length < SUBJECT_REACH && (SUBJECT_PHRASE.has(ws[j]!.pos) || ws[j]!.lower === 'and' || ws[j]!.lower === ','); j--) out.push(ws[j]!.lower);
  return out;
}

/**
 * Whether the action is joint: a "joint"/"combined" word before a noun trigger or in the verb's
 * object phrase, "with"/"between" after it, or a coordinated subject ("French and Egyptian warships").
 */
function isJoint(ws: readonly Word[], i: number, object: number | undefined, subject: () => readonly string[]): boolean {
  const end = object ?? i;
  for (let k = ws[i]!.pos === 'NOUN' ? Math.max(0, i - 3) : i + 1; k <= end; k++) if (JOINT.has(ws[k]!.lower)) return true;
  const after = ws[end + 1]?.lower;
  if (after === 'with' || after === 'between') return true;
  return ws[i]!.pos === 'VERB' && subject().includes('and');
}

/**
 * Readings that fit the sentence: a reading for a subject ("peacekeepers arrived in") only with
 * that subject, and then first; a joint reading only for a joint action, and then first.
 */
function fitting(entries: readonly TriggerEntry[], ws: readonly Word[], i: number, object: number | undefined): TriggerEntry[] {
  if (!entries.some((e) => e.subjects !== undefined || e.joint)) return [...entries];
  let subj: string[] | undefined;
  const subject = () => (subj ??= subjectWords(ws, i));
  let joint: boolean | undefined;
  const jointOk = () => (joint ??= isJoint(ws, i, object, subject));
  const special = (e: TriggerEntry) => (e.subjects !== undefined && e.subjects.some((x) => subject().includes(x))) || (e.joint && jointOk());
  const ok = entries.filter((e) => (e.subjects === undefined || special(e)) && (!e.joint || jointOk()));
  return [...ok.filter(special), ...ok.filter((e) => !special(e))];
}

/** Lookup keys for an object noun at `k`: with the modifier before it ("war games", "hunger strike"), then alone. */
function objectKeys(ws: readonly Word[], k: number): string[] {
  const w = ws[k]!;
  const prev = ws[k - 1];
  return prev && (prev.pos === 'NOUN' || prev.pos === 'ADJ') ? [`${prev.lower} ${w.lower}`, w.lower] : [w.lower];
}

/** The fitting readings of word `i` read as `form`, with the object noun at `object` (its keys tried in turn). */
function readingsOfForm(ws: readonly Word[], i: number, form: string, next: string, object: number | undefined): TriggerEntry[] {
  const pos = ws[i]!.pos;
  for (const key of object !== undefined ? objectKeys(ws, object) : [undefined]) {
    const found = fitting(lookupTrigger(form, next, key).filter((e) => posFits(e, pos)), ws, i, object);
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * Readings for word `i`: `lookupTrigger` with the next words as the particle (after any time
 * words: "called Thursday on Arabs") and the next noun as the object, kept when the reading's part
 * of speech fits the word's tag and its subject or joint condition holds.
 */
function readingsAt(ws: readonly Word[], i: number, scores: LazyScores): { entry: TriggerEntry; last: number; object?: number } | undefined {
  const w = ws[i]!;
  if (w.pos !== 'VERB' && w.pos !== 'NOUN' && !(w.pos === 'PROPN' && taggedAsName(ws, i))) return undefined;
  // Every look-up below is of the word or one of its stems: a word the lexicon has no reading for
  // (most) has none in any context.
  const forms = triggerForms(w.lower);
  if (!forms) return undefined;
  let p = i + 1;
  while (p < ws.length && p <= i + 3 && isTemporal(ws, p)) p++;
  const next = ws.slice(p, p + 3).map((x) => x.lower).join(' ');
  let o = i + 1;
  while (o < ws.length && o <= i + 4 && SKIP_TO_OBJECT.has(ws[o]!.pos)) o++;
  // The head of a noun compound is its last noun: "withdraw weapons inspectors" binds "inspectors", "opened the Friendship Bridge" "Bridge".
  let head = o;
  while (NAME_POS.has(ws[head]?.pos ?? '') && NAME_POS.has(ws[head + 1]?.pos ?? '')) head++;
  if (head !== o && forms.some((f) => objectKeys(ws, head).some((key) => lookupTrigger(f, next, key).some((e) => e.objects !== undefined && posFits(e, w.pos))))) o = head;
  const objWord = ws[o] && NAME_POS.has(ws[o]!.pos) ? ws[o] : undefined;
  const object = objWord ? o : undefined;
  const holds = senseFilter(ws, i, object);
  let entries = holds(readingsOfForm(ws, i, w.lower, next, object));
  if (entries.length === 0 && w.pos === 'VERB') {
    // forms[0] is the word itself; the rest are its stems.
    for (let f = 1; f < forms.length; f++) {
      entries = holds(readingsOfForm(ws, i, forms[f]!, next, object));
      if (entries.length > 0) break;
    }
  }
  if (w.pos === 'VERB' && entries[0]?.objects === undefined) {
    // A particle right after the verb that some phrasal reading of it starts with may stand before the object.
    const particle = PARTICLE_POS.has(ws[i + 1]?.pos ?? '') && forms.some((f) => hasParticleReading(f, ws[i + 1]!.lower));
    const far = fartherObject(ws, i, o, particle, (k) => {
      for (const form of forms) {
        for (const key of objectKeys(ws, k)) {
          const bound = senseFilter(ws, i, k)(fitting(lookupTrigger(form, next, key).filter((e) => e.objects !== undefined && posFits(e, w.pos)), ws, i, k));
          if (bound.length > 0) return bound[0];
        }
      }
      return undefined;
    });
    if (far) return { entry: far.entry, last: i, object: far.k };
  }
  if (w.pos === 'VERB' && entries[0]?.objects === undefined) {
    const patient = passiveObject(ws, i, (k) => {
      for (const form of forms) {
        for (const key of objectKeys(ws, k)) {
          // A preposition after a passive is no particle ("were withdrawn from Lebanon").
          const bound = senseFilter(ws, i, k)([...lookupTrigger(form, next, key), ...lookupTrigger(form, undefined, key)].filter((e) => e.objects !== undefined && posFits(e, w.pos)));
          if (bound.length > 0) return bound[0];
        }
      }
      return undefined;
    });
    if (patient) return { entry: patient.entry, last: i, object: patient.k };
  }
  const entry = chooseReading(entries, scores);
  if (!entry) return undefined;
  const particleWords = entry.next === undefined ? 0 : entry.next.split(' ').length;
  const out: { entry: TriggerEntry; last: number; object?: number } = { entry, last: particleWords === 0 ? i : p + particleWords - 1 };
  if (entry.objects !== undefined && objWord) out.object = o;
  return out;
}

const NO_LIMIT = <T>(entries: T[]): T[] => entries;

const startsLower = (w: Word | undefined) => w !== undefined && w.text[0] !== undefined && w.text[0] !== w.text[0].toUpperCase();
const startsUpper = (w: Word) => w.text[0] !== undefined && w.text[0] !== w.text[0].toLowerCase();

/**
 * Whether a word the tagger read as a name may be an event noun: a plural or bare event noun that
 * opens a sentence or stands in a headline-cased line is capitalised, so the tagger reads "Arrests of
 * …", "Shootings in …", "Protests erupt" as names. Only when the next word shows the noun is no
 * name's first word: lower case ("Protests erupt") or a linking preposition ("Arrests Of", `nameLinks`);
 * "Strike Force" and "Protest Party" stay names. The lexicon then reads it only if it has a noun reading.
 */
function taggedAsName(ws: readonly Word[], i: number): boolean {
  const next = ws[i + 1];
  if (next === undefined || !(startsLower(next) || NAME_LINKS.has(next.lower))) return false;
  if (i === 0 || (i === 1 && !/[a-z0-9]/i.test(ws[0]!.text))) return true;
  // The line is scanned only for the rare name the lexicon may read.
  if (triggerForms(ws[i]!.lower) === null) return false;
  // A headline-cased line: most of its words capitalised.
  let upper = 0, letters = 0;
  for (const x of ws) {
    if (!/^[a-z]/i.test(x.text)) continue;
    letters++;
    if (startsUpper(x)) upper++;
  }
  return letters >= 3 && upper * 4 >= letters * 3;
}

/**
 * A filter dropping the readings a sense limit rules out here (`lexicon/data/sense-limits.json`:
 * "recognize that", "sought to", "battling extradition"), with the object noun at `object`. Builds
 * the context only for the few readings some limit names.
 */
function senseFilter(ws: readonly Word[], i: number, object: number | undefined): (entries: TriggerEntry[]) => TriggerEntry[] {
  let ctx: SenseContext | undefined;
  return (entries) => {
    if (!entries.some((e) => hasSenseLimits(e.lemma))) return NO_LIMIT(entries);
    ctx ??= senseContext(ws, i, object);
    const c = ctx;
    return entries.filter((e) => !senseExcluded(e.lemma, e.type, c));
  };
}

function senseContext(ws: readonly Word[], i: number, object: number | undefined): SenseContext {
  const ctx: SenseContext = { after: ws.slice(i + 1, i + 5).map((x) => x.lower), preceding: ws.slice(Math.max(0, i - 3), i).map((x) => x.lower) };
  if (object !== undefined) ctx.object = ws[object]!.lower;
  let j = i - 1;
  while (j >= 0 && ws[j]!.pos === 'ADV') j--;
  if (j >= 0 && NAME_POS.has(ws[j]!.pos)) ctx.before = ws[j]!.lower;
  return ctx;
}

/** A sentence's classifier scores, computed on first use. */
interface LazyScores {
  ws: readonly Word[];
  scored?: TypeScores;
}

function scoresOf(lazy: LazyScores): TypeScores {
  return (lazy.scored ??= classifySentence(lazy.ws));
}

/**
 * The reading to use among a word's readings: a bound one ("lift" + "sanctions") or one whose
 * condition held ("peacekeepers arrived in") first; among free
 * readings of different types ("strike": ASSAULT or PROTEST, "raid": ASSAULT or COERCE), the type
 * the sentence classifier rates highest (a secondary reading only when the classifier is confident of
 * its type); else the lexicon's order (main before secondary).
 */
function chooseReading(entries: readonly TriggerEntry[], scores: LazyScores): TriggerEntry | undefined {
  const first = entries[0];
  // A bound reading, or one whose joint or subject condition held (`fitting` put it first).
  if (!first || first.objects !== undefined || first.joint || first.subjects !== undefined) return first;
  const free = entries.filter((e) => e.objects === undefined);
  if (!free.some((e) => e.type !== first.type)) return first;
  const { prob, best: top, confident } = scoresOf(scores);
  let best = first;
  for (const e of free) {
    // A secondary reading (the word's less usual sense: "attacked" as a verbal attack) only when the
    // classifier is confident of its type: below its calibrated threshold it can still rate ACCUSE first
    // for "Syrian rebels attacked Iraqi police" (0.91 with the synthetic-trained model), one word's
    // statistics in the stories, not evidence about this sentence.
    if (e.secondary && !first.secondary && !(confident && top === e.type)) continue;
    if ((prob.get(e.type) ?? 0) > (prob.get(best.type) ?? 0)) best = e;
  }
  return best;
}

/**
 * A passive's bound object is its subject ("the curfew was lifted", "sanctions were imposed on Iran",
 * "diplomats were expelled"): the head noun right before the passive auxiliaries, when a bound reading
 * of the participle takes it.
 */
function passiveObject(ws: readonly Word[], i: number, read: (k: number) => TriggerEntry | undefined): { entry: TriggerEntry; k: number } | undefined {
  if (!/(ed|en|wn|t)$/.test(ws[i]!.lower)) return undefined;
  let j = i - 1;
  while (j >= 0 && ws[j]!.pos === 'ADV') j--;
  if (j < 0 || !PASSIVE_AUX.has(ws[j]!.lower)) return undefined;
  while (j >= 0 && (AUXILIARIES.has(ws[j]!.lower) || PASSIVE_AUX.has(ws[j]!.lower) || ws[j]!.pos === 'ADV' || ws[j]!.pos === 'PART')) j--;
  if (j < 0 || ws[j]!.pos !== 'NOUN') return undefined;
  const entry = read(j);
  return entry ? { entry, k: j } : undefined;
}

/**
 * A bound reading found on a later noun of the verb's object phrase: the nouns after the first
 * one (`o`), over names, numbers, modifiers, "of"/"by"/"than" and time words, until anything else ends the phrase;
 * with `particle`, over the particle right after the verb too ("laying down its arms").
 */
function fartherObject(ws: readonly Word[], i: number, o: number, particle: boolean, read: (k: number) => TriggerEntry | undefined): { entry: TriggerEntry; k: number } | undefined {
  for (let k = i + 1; k < ws.length && k <= i + OBJECT_REACH; k++) {
    const x = ws[k]!;
    if (k === i + 1 && particle) continue;
    // A time adjunct may stand before the object ("forced out on Wednesday more than 1,000 refugees", "lifted on Friday the curfew").
    if (isTemporal(ws, k)) continue;
    // A possessive belongs to the phrase too: "summoned Niger's ambassador".
    if (!OBJECT_PHRASE.has(x.pos) && !OBJECT_LINKS.has(x.lower) && !(x.pos === 'PART' && /^'s?$/.test(x.lower))) return undefined;
    if (k <= o || x.pos !== 'NOUN') continue;
    const entry = read(k);
    if (entry) return { entry, k };
  }
  return undefined;
}

/**
 * Triggers of one sentence, in order (with no lexicon trigger, the classifier's fallback one when it is confident). Words inside an actor or place phrase are not triggers
 * ("rebel" in "rebel groups"); a noun a verb reading already bound ("held talks") is not a second trigger.
 */
export function findTriggers(ws: readonly Word[], blocked: ReadonlySet<number>, options: FindTriggerOptions = {}): TriggerHit[] {
  const out: TriggerHit[] = [];
  const bound = new Set<number>();
  // The sentence classifier runs only when some word's readings need it.
  const scores: LazyScores = { ws };
  for (let i = 0; i < ws.length; i++) {
    if (blocked.has(i) || bound.has(i)) continue;
    const r = readingsAt(ws, i, scores);
    if (!r) continue;
    const hit: TriggerHit = { i, last: r.last, entry: r.entry };
    if (ws[i]!.pos !== 'VERB' && r.object === undefined && (toldAsBackground(ws, i) || withheld(ws, r.last))) {
      i = r.last;
      continue;
    }
    // A passive's subject noun bound by the verb ("the curfew was lifted") is no trigger of its own.
    if (r.object !== undefined && r.object < i) {
      const own = out.findIndex((h) => h.i <= r.object! && r.object! <= Math.max(h.last, h.object ?? h.last));
      if (own >= 0) out.splice(own, 1);
    }
    if (r.object !== undefined && r.object > i) {
      hit.object = r.object;
      // The object's compound modifiers go with it ("launched war games": "war" is no trigger of its own).
      for (let k = r.object; k > hit.last && (k === r.object || ws[k]!.pos === 'NOUN'); k--) bound.add(k);
    }
    out.push(hit);
    i = hit.last;
  }
  dropOrders(ws, out);
  // No lexicon trigger: the sentence classifier may still be confident of a type ("have shared evidence with").
  if (out.length === 0 && options.fallback !== false) {
    const fb = fallbackTrigger(ws, blocked, scoresOf(scores));
    if (fb) out.push({ i: fb.i, last: fb.i, entry: fb.entry, fallback: true });
  }
  return out;
}

/**
 * Whether the event noun at `i` is told as background, not as news: it stands in the "of" phrase of a
 * span or record ("a history of protests", "years of war", "the anniversary of the massacre"). (A past
 * modifier, "an earlier investigation", was tried: WikiEvents annotates such mentions, see docs/EVENTS.md round 14.)
 */
function toldAsBackground(ws: readonly Word[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && i - j <= 5 && NOUN_PHRASE.has(ws[j]!.pos)) j--;
  return j >= 1 && ws[j]!.lower === 'of' && BACKGROUND_HEADS.has(ws[j - 1]!.lower);
}

/**
 * Whether the event noun ending at `last` is the subject of a verb that holds it back ("military aid for the
 * ally was being stalled", "the talks were suspended"): what was done to the event, not the event.
 */
function withheld(ws: readonly Word[], last: number): boolean {
  for (let k = last + 1; k < ws.length && k <= last + 8; k++) {
    if (WITHHOLDING.some((v) => v.every((x, n) => ws[k + n]?.lower === x))) return true;
    if (!SUBJECT_TAIL.has(ws[k]!.pos)) return false;
  }
  return false;
}

let materialTypes: ReadonlySet<string> | undefined;
/** Whether a PLOVER type is a material action (quad class material-cooperation or material-conflict). */
function isMaterial(type: string): boolean {
  materialTypes ??= new Set(ploverCodebook().types.filter((t) => t.quad.startsWith('material')).map((t) => t.type));
  return materialTypes.has(type);
}

/**
 * "ordered the arrest of", "authorised the deployment of troops": an order verb whose object phrase is
 * headed by a material event noun of another type is that action, done by the authority's agents (an
 * ordered investigation stays a demand, CAMEO 10); the verb is
 * dropped so the noun is the clause's event (its subject comes over the light verb). Changes `hits` in place.
 */
function dropOrders(ws: readonly Word[], hits: TriggerHit[]): void {
  for (let k = hits.length - 2; k >= 0; k--) {
    const h = hits[k]!;
    const noun = hits[k + 1]!;
    if (!ORDER_VERBS.has(ws[h.i]!.lower) || ws[h.i]!.pos !== 'VERB' || h.object !== undefined || h.last !== h.i) continue;
    if (ws[noun.i]!.pos !== 'NOUN' || noun.entry.pos === 'verb' || noun.entry.type === h.entry.type || !isMaterial(noun.entry.type)) continue;
    if (ws.slice(h.i + 1, noun.i).every((w) => ORDERED_PHRASE.has(w.pos))) hits.splice(k, 1);
  }
}

