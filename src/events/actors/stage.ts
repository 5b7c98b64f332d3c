/**
 * The actors stage: every actor phrase of every sentence, resolved to a PLOVER country and
 * sector, with mentions of the same actor sharing an id.
 *
 * @module
 */
import type { ActorMention, Document, Stage } from '../../core/index.js';
import { articleDate, bySentence, sortedMentions, wordsBySentence } from '../coder/sentence-index.js';
import { inferCountries } from './context-country.js';
import { findActors } from './find-actors.js';
import type { FoundActor } from './found-actor.js';

/** Writes the `actors` layer (pronouns and place uses are left to the coder). */
export const actorsStage: Stage = {
  name: 'actors',
  version: 1,
  requires: ['text', 'sentences', 'tokens', 'mentions', 'referents'],
  assigns: ['actors'],
  run(doc: Document) {
    doc.setLayer('actors', documentActors(doc));
    return doc;
  },
};

/**
 * "US Secretary of State John Kerry … Mr Kerry said": a person named without a title takes the role a
 * title gave the same person elsewhere in the article (the text decides before the dated lexicon, whose
 * role is only a guess when the article date is unknown or falls between roles). The first titled
 * mention of each name and country decides.
 */
export function titledRoles(found: readonly FoundActor[]): void {
  const roles = new Map<string, string>();
  let untitled = false;
  for (const f of found) {
    if (f.untitledPerson) untitled = true;
    if (!f.titled || f.sector === undefined) continue;
    const key = `${f.name}|${f.country ?? ''}`;
    if (!roles.has(key)) roles.set(key, f.sector);
  }
  if (!untitled || roles.size === 0) return;
  for (const f of found) {
    const sector = f.untitledPerson ? roles.get(`${f.name}|${f.country ?? ''}`) : undefined;
    if (sector !== undefined) f.sector = sector;
  }
}

/** The actor mentions of a document (exported for the coder, which also needs the words). */
export function documentActors(doc: Document): ActorMention[] {
  const sentences = doc.layer('sentences') ?? [];
  const words = wordsBySentence(doc);
  const mentions = bySentence(sentences, sortedMentions(doc));
  const referents = new Map((doc.layer('referents') ?? []).map((r) => [r.id, r]));
  const date = articleDate(doc);
  const ids = new Map<string, string>();
  const out: ActorMention[] = [];
  let group = 0;
  const bySent: FoundActor[][] = [];
  for (let s = 0; s < sentences.length; s++) {
    const found = findActors(words[s]!, doc.text, { mentions: mentions[s]!, referents, ...(date === undefined ? {} : { date }) }, group);
    for (const f of found) if (f.group !== undefined) group = Math.max(group, f.group);
    bySent.push(found);
  }
  inferCountries(bySent);
  titledRoles(bySent.flat());
  for (let s = 0; s < sentences.length; s++) {
    for (const f of bySent[s]!) {
      if (f.pronoun || f.locative) continue;
      const key = `${f.name}|${f.country ?? ''}|${f.sector ?? ''}`;
      let id = ids.get(key);
      if (!id) ids.set(key, (id = `a${ids.size + 1}`));
      const m: ActorMention = { start: f.start, end: f.end, text: f.text, name: f.name, sentence: s, actor: id, by: f.by };
      if (f.country !== undefined) m.country = f.country;
      if (f.sector !== undefined) m.sector = f.sector;
      if (f.referent !== undefined) m.referent = f.referent;
      if (f.group !== undefined) m.group = f.group;
      out.push(m);
    }
  }
  return out;
}
