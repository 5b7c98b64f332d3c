/**
 * The sector of a phrase headed by a common noun ("officials", "rebel commander", "opposition groups").
 *
 * @module
 */
import { sectorForNoun, sectorForTitle, sectorModifier } from '../lexicon/index.js';
import words from './actor-words.json' with { type: 'json' };
import { phrase } from './lexicon-matches.js';
import type { Word } from '../coder/words.js';

const NON_ACTOR_HEADS = new Set(words.nonActorHeads);
const GROUP_HEADS = new Set(words.groupHeads);

/** Sector of a common-noun head phrase: the lexicon's tail rule, with modifier words applied. */
export function headSector(ws: readonly Word[], a: number, b: number, text: string): string | undefined {
  const head = ws[b]!;
  // A capitalised common noun opening the sentence ("Rebels in the Ivory Coast …") is often tagged PROPN.
  const opening = head.pos === 'PROPN' && a === 0 && b === 0;
  // A capitalised title is tagged PROPN ("Taiwan's Vice Foreign Minister").
  const title = head.pos === 'PROPN' && Boolean(sectorForTitle(head.lower));
  // "outside Parliament", "the Army": a capitalised institution noun standing alone (after a determiner at most).
  const institution = head.pos === 'PROPN' && (a === b || (a + 1 === b && ws[a]!.pos === 'DET')) && Boolean(sectorForNoun(head.lower));
  if (head.pos !== 'NOUN' && !opening && !title && !institution) return undefined;
  // "opposition groups", "rebel members": a collective head takes its sector from a sector modifier.
  if (GROUP_HEADS.has(head.lower) && b > a) {
    for (let k = b - 1; k >= a; k--) {
      const mod = sectorModifier(ws[k]!.lower);
      if (mod?.sector) return mod.sector;
    }
    return undefined;
  }
  if (NON_ACTOR_HEADS.has(head.lower)) return undefined;
  for (let i = a; i <= b; i++) {
    if (ws[i]!.pos === 'DET' || ws[i]!.pos === 'NUM') continue;
    const s = sectorForNoun(opening || institution ? head.lower : phrase(ws, i, b, text));
    if (s) {
      // "rebel commander", "opposition leader": a sector modifier decides a generic head.
      for (let k = i; k < b; k++) {
        const mod = sectorModifier(ws[k]!.lower);
        if (mod?.sector && (s === 'GOV' || s === 'CVL')) return mod.sector;
      }
      return s;
    }
  }
  return undefined;
}
