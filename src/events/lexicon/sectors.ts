/**
 * Agent nouns, titles and modifiers -> PLOVER sector codes ("police" -> COP, "rebels" -> REB,
 * "Foreign Minister" -> GOV, "former" -> ELI), plus the head-noun rules the coder follows.
 */
import sectorsData from './data/sectors.json' with { type: 'json' };
import { sectorsFileSchema } from './schema.js';

interface SectorIndex {
  nouns: ReadonlyMap<string, { sector: string; ambiguous: boolean }>;
  titles: ReadonlyMap<string, string | null>;
  modifiers: ReadonlyMap<string, { sector?: string; effect?: string }>;
  rules: readonly string[];
}

let index: SectorIndex | undefined;

/** Keys already folded, by input (the actor finder folds the same words over and over); emptied when full. */
const KEYS = new Map<string, string>();
const KEY_LIMIT = 50_000;

function key(s: string): string {
  let k = KEYS.get(s);
  if (k === undefined) {
    k = foldSectorKey(s);
    if (KEYS.size >= KEY_LIMIT) KEYS.clear();
    KEYS.set(s, k);
  }
  return k;
}

function foldSectorKey(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[.]/g, '').replace(/\s+/g, ' ').trim();
}

function getIndex(): SectorIndex {
  if (index) return index;
  const data = sectorsFileSchema.parse(sectorsData);
  const nouns = new Map<string, { sector: string; ambiguous: boolean }>();
  for (const n of data.nouns) nouns.set(key(n.noun), { sector: n.sector, ambiguous: n.ambiguous ?? false });
  const titles = new Map<string, string | null>();
  for (const t of data.titles) titles.set(key(t.title), t.sector);
  const modifiers = new Map<string, { sector?: string; effect?: string }>();
  for (const m of data.modifiers) {
    const v: { sector?: string; effect?: string } = {};
    if (m.sector) v.sector = m.sector;
    if (m.effect) v.effect = m.effect;
    modifiers.set(key(m.word), v);
  }
  index = { nouns, titles, modifiers, rules: data.rules };
  return index;
}

function singulars(word: string): string[] {
  const out: string[] = [];
  if (word.endsWith('ies')) out.push(word.slice(0, -3) + 'y');
  if (word.endsWith('men')) out.push(word.slice(0, -3) + 'man');
  if (word.endsWith('es')) out.push(word.slice(0, -2));
  if (word.endsWith('s')) out.push(word.slice(0, -1));
  return out;
}

/** Answers of `sectorForNoun` by input (`null`: none); emptied when full. */
const NOUN_SECTORS = new Map<string, string | null>();

/**
 * Sector of an agent noun or noun phrase: the whole phrase first ("security forces"), then
 * shorter tails down to the head noun ("Syrian rebels" -> "rebels" -> REB), with plural folding.
 */
export function sectorForNoun(noun: string): string | undefined {
  // The actor finder asks for every tail of every noun phrase; the answer depends on the text only.
  let hit = NOUN_SECTORS.get(noun);
  if (hit === undefined) {
    hit = nounSector(noun) ?? null;
    if (NOUN_SECTORS.size >= KEY_LIMIT) NOUN_SECTORS.clear();
    NOUN_SECTORS.set(noun, hit);
  }
  return hit ?? undefined;
}

function nounSector(noun: string): string | undefined {
  const { nouns } = getIndex();
  const words = key(noun).split(' ').filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const tail = words.slice(i).join(' ');
    const hit = nouns.get(tail);
    if (hit) return hit.sector;
    const last = words[words.length - 1]!;
    for (const sing of singulars(last)) {
      const alt = nouns.get([...words.slice(i, -1), sing].join(' '));
      if (alt) return alt.sector;
    }
  }
  return undefined;
}

/** True when the noun's sector is only a default ("fighters" may be on any side). */
export function isAmbiguousSectorNoun(noun: string): boolean {
  return getIndex().nouns.get(key(noun))?.ambiguous ?? false;
}

/**
 * Sector of a title or role: "Foreign Minister" -> GOV, "General" -> MIL. Returns null for titles
 * that inherit their organisation's sector ("spokesman"), undefined for unknown titles.
 */
export function sectorForTitle(title: string): string | null | undefined {
  const { titles } = getIndex();
  const k = key(title);
  if (titles.has(k)) return titles.get(k);
  // "Syrian Foreign Minister", "deputy foreign minister": try the longest known tail.
  const words = k.split(' ');
  for (let i = 1; i < words.length; i++) {
    const tail = words.slice(i).join(' ');
    if (titles.has(tail)) return titles.get(tail);
  }
  return undefined;
}

/** What a modifier word does to a generic head: a sector ("rebel" -> REB) or an effect ("former" -> ELI). */
export function sectorModifier(word: string): { sector?: string; effect?: string } | undefined {
  return getIndex().modifiers.get(key(word));
}

/** The head-noun and modifier rules the coder applies (sectors.json "rules"). */
export function sectorRules(): readonly string[] {
  return getIndex().rules;
}
