/**
 * Features of a (trigger, place mention) pair for the learned event-place linker: the preposition
 * governing the mention, its side of and distance from the trigger, the clause boundaries between
 * them, whether it is the trigger's object, an actor modifier, an origin, a container of another
 * mention, a dateline, a list member, and how precise the gazetteer says it is. Lexical context
 * words are features too, so the trained weights (link-model.json) learn cues the rules lack.
 *
 * @module
 */
import cues from './link-cues.json' with { type: 'json' };
import words from './mention-words.json' with { type: 'json' };
import { geocode } from './geocode.js';
import { tokenize } from './tokens.js';
import type { Token } from './tokens.js';
import { broader, clauseBreaks, governor, isActor, isObject, isOrigin, isPassiveSubject, nestedContainers, tokenRange } from './link-syntax.js';
import type { Governor } from './link-syntax.js';
import type { PlaceMention } from './types.js';

/** One candidate's features and the syntax facts the linker reports alongside its choice. */
export interface CandidateFeatures {
  features: string[];
  governor: Governor;
  /** The trigger's own tokens overlap the mention: it can never be the event's place. */
  overlapsTrigger: boolean;
  /**
   * The mention names no place of the event: where its participants came from ("fled from
   * Mosul"), an actor's modifier ("the Damascus government"), or a country as the trigger's subject ("Serbia on Thursday rejected"), an actor.
   */
  ruledOut: boolean;
  /**
   * A country the trigger acts on or addresses, after it: its object, 'to' destination or partner
   * ("accused China", "aid to Ukraine", "agree with Russia"). Ruled out as the place, it is the event's target.
   */
  target: boolean;
  /** Index of the candidate this one is coordinated with ("in Homs and Hama"), if any. */
  coordinatedWith?: number;
}

const LIST_WORDS = new Set([',', 'and', 'or', '&']);
const SKIP_WORDS = new Set(cues.skip);
const PREP_WORDS = new Set(Object.keys(cues.prepositions));
const PARTNER_WORDS = new Set(cues.partnerPrepositions);
const SUBJECT_VERBS = new Set(cues.subjectVerbs);
const LIST_TYPE_NOUNS = new Set(cues.listTypeNouns);
/** Words that open a clause whose subject may follow ("because Russia and the regime are blocking"). */
const SUBORDINATORS = new Set(cues.clauseBreaks.weak);
/** Triggers whose object or destination is a place: everything else takes a country there as its target. */
const EVENT_NOUNS = new Set(cues.eventNouns);
const ELSEWHERE_BREAKS = new Set(cues.elsewhereBreaks);
const PLACE_TAKERS = new Set([...cues.destinationVerbs, ...words.placeObjectVerbs]);

/** Features of every place in `places` against the trigger at `trigger` (character offsets into `sentence`). */
export function candidateFeatures(sentence: string, trigger: { start: number; end: number }, places: readonly PlaceMention[]): CandidateFeatures[] {
  const tokens = tokenize(sentence);
  const trig = tokenRange(tokens, trigger.start, trigger.end);
  const ranges = places.map((p) => tokenRange(tokens, p.start, p.end));
  const owner = new Map<number, number>();
  ranges.forEach(([a, b], k) => {
    for (let i = a; i <= b; i++) owner.set(i, k);
  });
  const precisions = places.map((p) => geocode(p.text)?.precision ?? 'unknown');
  const containers = nestedContainers(tokens, ranges, precisions);
  const govs: Governor[] = [];
  const coord: (number | undefined)[] = [];
  ranges.forEach(([a], k) => {
    const own = governor(tokens, a, owner, k);
    const head = k > 0 && !appositive(tokens, ranges, precisions, k) ? listHead(tokens, ranges, k) : undefined;
    coord.push(head);
    // A bare list member ("in Homs, Hama and Idlib") shares the governor of the list's first name.
    govs.push(head !== undefined && own.relation === undefined && !own.relative ? { ...(govs[head] ?? own), container: false } : own);
  });
  const after = ranges.map(([a]) => a > trig[1]);
  return places.map((_, k) => {
    const [a, b] = ranges[k] ?? [0, 0];
    const gov = govs[k] ?? { relative: false, container: false };
    const side = after[k] ? 'after' : 'before';
    const [lo, hi] = after[k] ? [trig[1] + 1, a] : [b + 1, trig[0]];
    const gap = Math.max(0, hi - lo);
    const breaks = clauseBreaks(tokens, lo, hi);
    const passive = isPassiveSubject(tokens, trig, b);
    const object = isObject(tokens, trig, a) || passive;
    const rel = gov.relative ? 'relative' : (gov.relation ?? 'none');
    const f: string[] = ['bias', `rel=${rel}`, `side=${side}`, `dist=${side}:${bucket(gap)}`, `rel|side=${rel}|${side}`, `prec=${precisions[k] ?? 'unknown'}`];
    f.push(`strong=${Math.min(breaks.strong, 3)}`, `weak=${Math.min(breaks.weak, 3)}`, `rel|strong=${rel}|${Math.min(breaks.strong, 2)}`);
    if (object) f.push('object', `object|rel=${rel}`);
    // "Utah Beach was captured": the place undergoes the event, unlike a clause subject that acts.
    if (passive) f.push('passive', `passive|prec=${precisions[k] ?? 'unknown'}`);
    const trigWord = tokens[trig[0]]?.lower ?? '';
    f.push(`trig|side=${trigWord}|${side}`, `rel|dist=${rel}|${bucket(gap)}`);
    const subject = !after[k] && rel === 'none' && clauseStart(tokens, a) && !tokens.slice(lo, hi).some((t) => t.text === ',');
    if (subject) f.push('subject', `subject|prec=${precisions[k] ?? 'unknown'}`);
    f.push(`verbs=${side}:${Math.min(verbLike(tokens, lo, hi), 3)}`);
    if (gov.container || containers.has(k)) f.push('container');
    const actor = isActor(tokens, b);
    const next = tokens[b + 1]?.lower ?? '</s>';
    if (next === "'s" || next === '’s') f.push('possessive');
    if (gov.at !== undefined) f.push(`prep=${tokens[gov.at]?.lower ?? ''}`, `prep|side=${tokens[gov.at]?.lower ?? ''}|${side}`);
    f.push(`prev=${tokens[a - 1]?.lower ?? '<s>'}`, `prev2=${tokens[a - 2]?.lower ?? '<s>'}|${tokens[a - 1]?.lower ?? '<s>'}`, `next=${next}`);
    if (coord[k] !== undefined) f.push('coord', `coord|rel=${rel}`);
    if (ranges.some((_, j) => j !== k && coord[j] === k)) f.push('listHead');
    f.push(`nearest=${nearestRank(ranges, after, k, trig)}`);
    f.push(`len=${Math.min(b - a + 1, 4)}`, `ncand=${Math.min(places.length, 4)}`);
    const pr = precisions[k] ?? 'unknown';
    f.push(`rel|prec=${rel}|${pr}`, `side|prec=${side}|${pr}`, `next|shape=${shape(tokens[b + 1])}`, `prev|shape=${shape(tokens[a - 1])}`, `nearest|rel=${nearestRank(ranges, after, k, trig)}|${rel}`);
    const text = places[k]?.text ?? '';
    // A name the gazetteer lacks: its last word says what it is ("IV Corps", "Taliban", "Catholic", "Hill").
    if (pr === 'unknown') f.push(`head=${tokens[b]?.lower ?? ''}`);
    if (text.length > 2 && text === text.toUpperCase() && /\p{Lu}/u.test(text)) f.push('allcaps');
    if (a === 0) f.push('first', `first|next=${next}`);
    if (a <= 2 && dateline(tokens, b)) f.push('dateline');
    if (/^(?:al|el|ad|ar|as|an|at|az|ash)[-‑‘’']/iu.test(text)) f.push('arabicArticle');
    const origin = gov.relation === 'from' && isOrigin(tokens, gov.at ?? a, trig);
    const target = after[k] === true && (object || rel === 'to') && !PLACE_TAKERS.has(trigWord) && next !== "'s" && next !== '’s';
    const party = precisions[k] === 'country' && (subject || target || countryParty(tokens, a, b, rel, owner));
    // "… conference …, a sign that the war in Syria might end": the place locates another event noun past a clause boundary.
    const attach = gov.at !== undefined ? tokens[gov.at - 1] : undefined;
    const elsewhere = attach !== undefined && (gov.at ?? 0) - 1 !== trig[0] && EVENT_NOUNS.has(attach.lower) && (breaks.strong > 0 || tokens.slice(lo, hi).some((t) => ELSEWHERE_BREAKS.has(t.lower)));
    const partner = after[k] === true && PARTNER_WORDS.has(tokens[a - 1]?.lower ?? '') && tokens[a - 1]?.lower !== 'by' && next !== "'s" && next !== '’s';
    const out: CandidateFeatures = {
      features: f,
      governor: gov,
      overlapsTrigger: a <= trig[1] && b >= trig[0],
      ruledOut: origin || actor || party || elsewhere,
      target: precisions[k] === 'country' && (target || partner),
    };
    const head = coord[k];
    if (head !== undefined) out.coordinatedWith = head;
    return out;
  });
}

/**
 * A country named as a party to some event of the sentence, never a place: right after a partner
 * preposition ("agree with Russia", "captured by Israel"), or the subject of any clause ("The US
 * and Russia have discussed …", whichever trigger is being linked). A possessive ("Syria's
 * towns", "by Colombia's main rebel group") stays a place.
 */
function countryParty(tokens: readonly Token[], a: number, b: number, rel: string, owner: ReadonlyMap<number, number>): boolean {
  const next = tokens[b + 1]?.lower ?? '';
  if (next === "'s" || next === '’s') return false;
  if (PARTNER_WORDS.has(tokens[a - 1]?.lower ?? '')) return true;
  let p = a - 1;
  if (tokens[p]?.lower === 'the') p--;
  if (rel !== 'none' || !(clauseStart(tokens, a) || SUBORDINATORS.has(tokens[p]?.lower ?? ''))) return false;
  // Past the other members of a coordinated subject ("the US and Russia have", "Russia and the [Syrian] regime are").
  let k = b + 1;
  if (tokens[k]?.lower === 'and' || tokens[k]?.lower === ',') {
    let j = k + 1;
    while (j < k + 6 && (owner.has(j) || /^(?:the|\[|\]|\p{Lu}.*)$/u.test(tokens[j]?.text ?? ''))) j++;
    if (j > k + 1) k = j;
  }
  const w = tokens[k];
  return w !== undefined && (SUBJECT_VERBS.has(w.lower) || (/^\p{Ll}/u.test(w.text) && /(?:ed|[^s]s)$/.test(w.lower)));
}

/** Words between trigger and mention that look like verbs (-ed, -ing, said/says): a crude count of intervening clauses. */
function verbLike(tokens: readonly Token[], lo: number, hi: number): number {
  let n = 0;
  for (let k = lo; k < hi; k++) {
    const t = tokens[k];
    if (t && /^\p{Ll}/u.test(t.text) && (/(?:ed|ing)$/.test(t.lower) || t.lower === 'said' || t.lower === 'says')) n++;
  }
  return n;
}

/** Whether the mention starts a clause: sentence start, or after a comma, conjunction or quote. */
function clauseStart(tokens: readonly Token[], a: number): boolean {
  let k = a - 1;
  while (k >= 0 && (tokens[k]?.lower === 'the')) k--;
  return k < 0 || [',', 'and', 'but', '"', '“', ';', ':'].includes(tokens[k]?.lower ?? '');
}

/** A token's shape class: lower-case word, capitalised word, number, punctuation or none. */
function shape(t: Token | undefined): string {
  if (!t) return 'none';
  if (/^\p{Ll}/u.test(t.text)) return 'lower';
  if (/^\p{Lu}/u.test(t.text)) return 'upper';
  if (/^\d/u.test(t.text)) return 'num';
  return t.text;
}

/** Token-gap buckets: adjacent, near, same phrase, same clause, far. */
function bucket(gap: number): string {
  if (gap <= 1) return '0-1';
  if (gap <= 3) return '2-3';
  if (gap <= 6) return '4-6';
  if (gap <= 10) return '7-10';
  if (gap <= 20) return '11-20';
  return '21+';
}

/**
 * "Dambar, Central Darfur", "Istanbul, Turkey", "Buffalo, N.Y., Winnipeg, Manitoba": a broader
 * place right after a comma locates the mention before it; it is no member of a list with it.
 */
function appositive(tokens: readonly Token[], ranges: readonly (readonly [number, number])[], precisions: readonly string[], k: number): boolean {
  const [, b0] = ranges[k - 1] ?? [0, 0];
  const [a] = ranges[k] ?? [0, 0];
  return a === b0 + 2 && tokens[b0 + 1]?.text === ',' && broader(precisions[k] ?? 'unknown', precisions[k - 1] ?? 'unknown');
}

/** The first mention of the list that mention `k` closes ("Homs, Hama and Idlib"), joined only by commas/conjunctions. */
function listHead(tokens: readonly Token[], ranges: readonly (readonly [number, number])[], k: number): number | undefined {
  let head: number | undefined;
  for (let j = k; j > 0; j--) {
    const [, b] = ranges[j - 1] ?? [0, 0];
    const [a] = ranges[j] ?? [0, 0];
    const between = tokens.slice(b + 1, a);
    if (!listLink(between)) break;
    head = j - 1;
  }
  return head;
}

/** 0 for the mention nearest the trigger on its side, 1 for the next, 2 for any further. */
/**
 * Whether the tokens between two mentions join them as one list: list words only ("Homs, Hama and
 * Idlib"), or a list word then a repeated preposition and modifiers ("in Berlin and in the German
 * town of Mainz", "two in Miranshah and four in Mir Ali", "Aqrab and the nearby town of X").
 */
function listLink(between0: readonly Token[]): boolean {
  // A member's own type noun closes it ("Akida village and Mbuta village").
  let from = 0;
  while (from < between0.length - 1 && LIST_TYPE_NOUNS.has(between0[from]?.lower ?? '')) from++;
  const between = from > 0 ? between0.slice(from) : between0;
  const words = between.map((t) => t.lower);
  if (words.length === 0) return false;
  if (words.length <= 2 && words.every((w) => LIST_WORDS.has(w))) return true;
  if (words.length > 7 || !LIST_WORDS.has(words[0] ?? '')) return false;
  return between.slice(1).every((t) => {
    const w = t.lower;
    return LIST_WORDS.has(w) || SKIP_WORDS.has(w) || PREP_WORDS.has(w) || /^\d/.test(w) || (/^\p{Lu}/u.test(t.text) && w !== 'the');
  });
}

function nearestRank(ranges: readonly (readonly [number, number])[], after: readonly boolean[], k: number, trig: readonly [number, number]): string {
  const gapOf = (j: number) => (after[j] ? (ranges[j]?.[0] ?? 0) - trig[1] : trig[0] - (ranges[j]?.[1] ?? 0));
  const mine = gapOf(k);
  let closer = 0;
  ranges.forEach((_, j) => {
    if (j !== k && after[j] === after[k] && gapOf(j) < mine) closer++;
  });
  return `${after[k] ? 'a' : 'b'}${Math.min(closer, 2)}`;
}

/** "BAGHDAD (AP) —", "KABUL, Afghanistan —": a wire-story dateline ends the mention. */
function dateline(tokens: readonly Token[], b: number): boolean {
  for (let k = b + 1; k < tokens.length && k <= b + 6; k++) {
    const w = tokens[k]?.text ?? '';
    if (w === '—' || w === '–' || w === '--' || w === '(' || w === '-') return true;
    if (w !== ',' && !/^\p{Lu}/u.test(w) && w !== '.') return false;
  }
  return false;
}
