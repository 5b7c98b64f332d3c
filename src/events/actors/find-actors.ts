/**
 * The actor finder: noun phrases of a sentence that name an actor, each resolved to a PLOVER
 * country and sector. The text decides first (a title, a sector noun, a demonym or a possessor in
 * the phrase), then the lexicon (states, capitals, organisations, armed groups, people with dated
 * roles), then the language layer's referent (role and affiliation given elsewhere in the article).
 *
 * @module
 */
import type { Word } from '../coder/words.js';
import words from './actor-words.json' with { type: 'json' };
import type { ActorContext, FoundActor } from './found-actor.js';
import { chunks } from './noun-chunks.js';
import { resolveChunk } from './resolve-chunk.js';

const ATTRIBUTION = new Set(words.attributionVerbs);

/**
 * "leaders of Romania's new government", "dissidents from Myanmar", "inspectors of the IAEA": a headed
 * phrase that names no country takes it from the actor of its "of"/"from" complement.
 */
function ownerCountries(ws: readonly Word[], found: readonly FoundActor[]): void {
  for (let k = 0; k + 1 < found.length; k++) {
    const a = found[k]!;
    const b = found[k + 1]!;
    if (!a.hasHead || a.country !== undefined || a.pronoun || b.country === undefined) continue;
    const prep = ws[a.last + 1]?.lower;
    if ((prep === 'of' || prep === 'from') && b.first === a.last + 2) a.country = b.country;
  }
}

/**
 * Actor phrases of one sentence, in order. Coordinated phrases ("The US and Russia", "Iran,
 * Saudi Arabia and Turkey") share a group number; a bare demonym coordinated with a headed phrase
 * borrows its head ("Hungarian and Romanian officials" -> HUN GOV, ROU GOV).
 */
export function findActors(ws: readonly Word[], text: string, ctx: ActorContext, groupBase = 0): FoundActor[] {
  const out: FoundActor[] = [];
  for (const c of chunks(ws)) {
    const a = resolveChunk(ws, c, text, ctx);
    if (a) out.push(a);
  }
  let group = groupBase;
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k]!;
    const b = out[k + 1]!;
    const between = ws.slice(a.last + 1, b.first).map((w) => w.lower);
    // "The US and Russia", "Iran, Turkey", and the serial comma "The US, Russia, and Switzerland"; not the
    // source of a closing attribution ("killing eight people, Syrian state media reported").
    const attribution = between[0] === ',' && ATTRIBUTION.has(ws[b.last + 1]?.lower ?? '');
    const joined = (between.length === 1 && (between[0] === 'and' || (between[0] === ',' && !attribution) || between[0] === 'or'))
      || (between.length === 2 && between[0] === ',' && (between[1] === 'and' || between[1] === 'or'));
    // "Lawmakers in Poland and Kenya": a place coordinated with a place after a locative is one too.
    if (joined && a.locative && !b.locative && b.placeKind) b.locative = true;
    if (!joined || a.pronoun || b.pronoun || a.locative !== b.locative) continue;
    if (a.group === undefined) a.group = ++group;
    b.group = a.group;
  }
  ownerCountries(ws, out);
  // Shared head: "Hungarian and Romanian officials".
  for (let k = out.length - 1; k > 0; k--) {
    const b = out[k]!;
    const a = out[k - 1]!;
    if (a.group !== undefined && a.group === b.group && b.hasHead && !a.hasHead && a.sector === undefined && b.sector !== undefined && ws[a.last]!.pos !== 'NOUN') {
      a.sector = b.sector;
      a.hasHead = true;
    }
  }
  return out;
}
