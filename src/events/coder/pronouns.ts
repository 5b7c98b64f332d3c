/**
 * Pronouns inside a sentence: the subject of an earlier clause a pronoun stands for ("Syria says it
 * will not accept"), with the number each pronoun asks for.
 *
 * @module
 */
import type { ActorMention } from '../../core/index.js';
import type { SentenceView } from './actor-phrases.js';
import type { Personhood } from './personhood.js';
import { isTemporal } from './temporal.js';
import type { Word } from './words.js';

/** Words of a noun phrase before "of" that opens a clause ("A group of", "Some 500 of the"). */
const QUANTITY_HEAD_POS = new Set(['DET', 'ADJ', 'NOUN', 'NUM']);
/** Words of a post-modifier's phrase ("loyal to Iraq's Al-Qaeda frontman Abu Musab al-Zarqawi"). */
const POST_MODIFIER_POS = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);
/** The number each pronoun asks of its antecedent. */
export const PRONOUN_NUMBER = new Map<string, 'sg' | 'pl'>([['it', 'sg'], ['its', 'sg'], ['he', 'sg'], ['she', 'sg'], ['they', 'pl'], ['their', 'pl'], ['them', 'pl']]);

/** Whether an actor phrase reads as plural ("officials", "the rebels"; not "the United States"). */
export function isPlural(m: ActorMention): boolean {
  return m.by === 'text' && /s$/.test(m.text);
}

/**
 * The subject of an earlier clause in the sentence that a pronoun at `i` can stand for: the
 * nearest actor phrase before it followed (over adverbs and time words) by a verb, whose number
 * fits ("it" singular; "they" plural or a state, "Palestinian leaders said they"). Its kind (person
 * or body) is not asked: tried, PLOVER check actor F1 0.766 -> 0.762 (the number alone decides there).
 */
export function clauseSubjectBefore(ws: readonly Word[], actors: SentenceView['actors'], i: number, n: 'sg' | 'pl'): ActorMention[] | undefined {
  for (let k = actors.length - 1; k >= 0; k--) {
    const a = actors[k]!;
    if (a.last >= i || a.mention.by === 'pronoun') continue;
    const prev = ws[a.first - 1]?.lower;
    if (prev !== undefined && ['in', 'at', 'from', 'of', 'by', 'to', 'with', 'near', 'into'].includes(prev) && !(prev === 'of' && quantityHead(ws, a.first - 1))) continue;
    let j = a.last + 1;
    // "Militants loyal to Zarqawi said they …": over an adjective's post-modifier (tried with participles too:
    // "X based in Y said it …"; PLOVER check type 0.590 -> 0.584, actor F1 0.748 -> 0.741).
    const mod = ws[j];
    if (mod && mod.pos === 'ADJ' && ws[j + 1]?.pos === 'ADP') {
      j += 2;
      while (j < i && POST_MODIFIER_POS.has(ws[j]!.pos)) j++;
    }
    while (j < i && (ws[j]!.pos === 'ADV' || ws[j]!.pos === 'AUX' || isTemporal(ws, j))) j++;
    if (j >= i || ws[j]!.pos !== 'VERB') continue;
    const members = a.mention.group === undefined ? [a.mention] : actors.filter((x) => x.mention.group === a.mention.group).map((x) => x.mention);
    const plural = members.length > 1 || isPlural(a.mention);
    if (n === 'sg' ? !plural : plural || a.mention.by !== 'text') return members;
    return undefined;
  }
  return undefined;
}

/**
 * "A group of Yoruba leaders announced that they …", "Hundreds of students said they …": the "of" at
 * `of` follows a non-actor noun phrase that opens the clause (a collective or a count), so the
 * phrase after it is what the clause's subject names.
 */
function quantityHead(ws: readonly Word[], of: number): boolean {
  let p = of - 1;
  if (ws[p]?.pos !== 'NOUN' && ws[p]?.pos !== 'NUM') return false;
  while (p > 0 && QUANTITY_HEAD_POS.has(ws[p - 1]!.pos)) p--;
  return p === 0 || ws[p - 1]!.pos === 'PUNCT' || ws[p - 1]!.pos === 'SCONJ';
}

/**
 * "There are still differences over whether Iran should attend. Mr Lavrov said it should, while Mr Kerry said
 * that could do so only if it agreed": when no subject agrees with a singular pronoun, the one actor named in
 * the sentence before or earlier in the pronoun's own sentence that does. "It" asks for a state, organisation
 * or group, "he"/"she" for a person (`kind` reads which from the article's words; a phrase it cannot read never
 * agrees); a member of a coordination or a plural phrase never agrees. With two or more distinct actors that
 * agree, the text does not tell which: none.
 */
export function agreeingMention(candidates: readonly ActorMention[], want: Personhood, kind: (m: ActorMention) => Personhood | undefined): ActorMention[] | undefined {
  const agree = new Map<string, ActorMention>();
  for (const m of candidates) if (m.by !== 'pronoun' && m.group === undefined && !isPlural(m) && kind(m) === want) agree.set(`${m.name}|${m.country ?? ''}|${m.sector ?? ''}`, m);
  return agree.size === 1 ? [...agree.values()] : undefined;
}
