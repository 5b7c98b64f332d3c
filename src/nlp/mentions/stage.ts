import type { Document, EntitySpan, EntityType, Mention, MentionKind, Referent, Stage } from '../../core/index.js';
import { loadGazetteer } from '../gazetteer/gazetteer.js';
import type { GazEntry } from '../gazetteer/gazetteer.js';
import { isMetonym } from './metonymy.js';
import { clusterPersons } from './persons.js';
import { findRole, tokenRange } from './roles.js';
import type { RoleInfo } from './roles.js';

interface Draft {
  entity: EntitySpan;
  key: string;
  kind: MentionKind;
  refType: EntityType;
  canonical: string;
  country?: string;
  role?: RoleInfo;
}

/**
 * The mentions stage (entity resolution within one document): merges the entity spans that
 * name the same thing into referents ("Mr Kerry", "Kerry", "John Kerry"), records offices given
 * in apposition as a person's role and affiliation, and resolves "the Russians", capitals used
 * for governments ("Moscow said") and seats ("the Kremlin") to their countries.
 */
export const mentionsStage: Stage = {
  name: 'mentions',
  version: 1,
  requires: ['text', 'tokens', 'entities'],
  assigns: ['mentions', 'referents'],
  run(doc: Document) {
    const text = doc.text;
    const tokens = doc.layer('tokens') ?? [];
    const entities = doc.layer('entities') ?? [];
    const gaz = loadGazetteer();
    const word = (i: number) => (i >= 0 && i < tokens.length ? text.slice(tokens[i]!.start, tokens[i]!.end) : undefined);

    const drafts: Draft[] = [];
    const persons: { text: string; start: number; draft: number }[] = [];
    for (const e of entities) {
      const [first, last] = tokenRange(tokens, e.start, e.end);
      const sentence = tokens[first]?.sentence;
      // Sentence-local words, for phrase matching around the mention.
      let s0 = first;
      while (s0 > 0 && tokens[s0 - 1]!.sentence === sentence) s0--;
      let s1 = last;
      while (s1 + 1 < tokens.length && tokens[s1 + 1]!.sentence === sentence) s1++;
      const words: string[] = [];
      for (let i = s0; i <= s1; i++) words.push(word(i)!);
      if (e.type === 'PERSON') {
        const role = findRole(words, first - s0, last - s0, gaz);
        persons.push({ text: e.text, start: e.start, draft: drafts.length });
        drafts.push({ entity: e, key: '', kind: 'name', refType: 'PERSON', canonical: e.text, ...(role ? { role } : {}) });
        continue;
      }
      const m = gaz.match(words, first - s0, last - s0 + 1);
      const entry = m && m.length === last - first + 1 ? pickEntry(m.entries) : undefined;
      drafts.push(resolveNonPerson(e, entry, {
        before: word(first - 1)?.toLowerCase(),
        after: word(last + 1),
        afterPos: tokens[last + 1]?.sentence === sentence ? tokens[last + 1]?.pos : undefined,
      }, gaz.countryName));
    }

    const { cluster, canonical } = clusterPersons(persons);
    persons.forEach((p, i) => {
      const d = drafts[p.draft]!;
      d.key = `P:${cluster[i]}`;
      d.canonical = canonical[cluster[i]!]!;
    });

    const referents = new Map<string, Referent>();
    const mentions: Mention[] = [];
    for (const d of drafts) {
      let r = referents.get(d.key);
      if (!r) {
        r = { id: `e${referents.size + 1}`, start: d.entity.start, end: d.entity.end, type: d.refType, canonical: d.canonical, mentions: 0 };
        if (d.country) r.country = d.country;
        referents.set(d.key, r);
      }
      r.mentions++;
      if (d.role && r.role === undefined) {
        r.role = d.role.role;
        if (d.role.affiliation) r.affiliation = d.role.affiliation;
      }
      mentions.push({ start: d.entity.start, end: d.entity.end, text: d.entity.text, referent: r.id, type: d.entity.type, kind: d.kind });
    }
    doc.setLayer('mentions', mentions);
    doc.setLayer('referents', [...referents.values()]);
    return doc;
  },
};

/** Among a phrase's readings, the one that decides its referent. */
function pickEntry(entries: readonly GazEntry[]): GazEntry | undefined {
  const order = ['country', 'seat', 'capital', 'org', 'demonym'];
  return [...entries].filter((e) => order.includes(e.kind)).sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))[0];
}

/** A mention drafted as the country `code` (a module function: no closure per call). */
function countryDraft(e: EntitySpan, countryName: (code: string) => string, kind: MentionKind, code: string): Draft {
  return { entity: e, key: `C:${code}`, kind, refType: 'LOC', canonical: countryName(code), country: code };
}

/** Resolves a non-person mention to its referent key, using the gazetteer reading if any. */
function resolveNonPerson(
  e: EntitySpan,
  entry: GazEntry | undefined,
  around: { before: string | undefined; after: string | undefined; afterPos: string | undefined },
  countryName: (code: string) => string,
): Draft {
  if (entry?.country) {
    switch (entry.kind) {
      case 'country':
        return countryDraft(e, countryName, 'name', entry.country);
      case 'seat':
        return countryDraft(e, countryName, 'metonym', entry.country);
      case 'capital':
        if (isMetonym(around.before, around.afterPos, around.after)) return countryDraft(e, countryName, 'metonym', entry.country);
        return { entity: e, key: `L:${entry.canonical}`, kind: 'name', refType: 'LOC', canonical: entry.canonical };
      case 'demonym': {
        // People-nouns ("the Russians", "Saudis") stand for the country; adjectives qualify.
        const plural = /s$/.test(e.text) && e.text.length > 4;
        const bare = around.before === 'the' && around.afterPos !== 'NOUN' && around.afterPos !== 'PROPN' && around.afterPos !== 'ADJ';
        if (plural || bare) return countryDraft(e, countryName, 'demonym', entry.country);
        return { entity: e, key: `N:${entry.country}`, kind: 'demonym', refType: 'NORP', canonical: e.text, country: entry.country };
      }
      default:
        break;
    }
  }
  if (entry?.kind === 'org') return { entity: e, key: `O:${entry.canonical}`, kind: 'name', refType: 'ORG', canonical: entry.canonical };
  const norm = e.text.replace(/^the\s+/i, '').toLowerCase();
  return { entity: e, key: `${e.type}:${norm}`, kind: 'name', refType: e.type, canonical: e.canonical ?? e.text.replace(/^the\s+/i, '') };
}
