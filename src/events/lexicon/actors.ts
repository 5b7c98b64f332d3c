/**
 * Actor lexicon: states (from world-countries + overlay), capitals, government seats and agencies,
 * IGOs/NGOs, armed and criminal groups, and well-known people with date-ranged roles.
 */
import groupsData from './data/actors-groups.json' with { type: 'json' };
import orgsData from './data/actors-orgs.json' with { type: 'json' };
import peopleData from './data/actors-people.json' with { type: 'json' };
import { exactKey, foldKey, isStopwordKey } from './normalize.js';
import { groupsFileSchema, orgsFileSchema, peopleFileSchema } from './schema.js';
import type { ActorKind, ActorRecord, ActorRole } from './schema.js';
import { buildStateRecords, statesOverlay } from './states.js';

/** A resolved actor: the record plus the role that applies at the requested date. */
export interface ActorEntry {
  id: string;
  kind: ActorKind;
  name: string;
  /** PLOVER country field: ISO3, KOS, or a non-state code (UNO, EUR, IGO, NGO, IMG, ...). */
  country: string;
  /** Primary PLOVER sector, when the actor itself has one (states and demonyms do not). */
  sector?: string;
  /** Secondary sectors (e.g. PRE, PTY). */
  sectors?: readonly string[];
  /** Our organisation code for IGOs/NGOs ("UNSC", "NATO"). */
  org?: string;
  /** Title of the role that applied (people). */
  title?: string;
  from?: string;
  to?: string;
  /** A dependency's own ISO code when PLOVER folds it into its controlling state ("GRL" -> DNK). */
  territory?: string;
  /** False when no role covers the requested date and the nearest one was used. */
  dateMatched: boolean;
  note?: string;
}

interface Candidate {
  record: ActorRecord;
  territory?: string;
}

interface ActorIndex {
  folded: ReadonlyMap<string, readonly Candidate[]>;
  exact: ReadonlyMap<string, readonly Candidate[]>;
  records: readonly ActorRecord[];
  dropped: readonly string[];
}

/** Preference among actors sharing an alias when the date does not decide. */
const KIND_PRIORITY: Record<ActorKind, number> = {
  person: 0, 'armed-group': 1, 'criminal-group': 2, party: 3, agency: 4, seat: 5, igo: 6, ngo: 7, pre: 8, state: 9, capital: 10,
};

let index: ActorIndex | undefined;

/** All hand-written actor records (orgs, groups, people, government bodies). */
export function explicitActorRecords(): ActorRecord[] {
  return [
    ...statesOverlay().bodies,
    ...orgsFileSchema.parse(orgsData).orgs,
    ...groupsFileSchema.parse(groupsData).groups,
    ...peopleFileSchema.parse(peopleData).people,
  ];
}

function add(map: Map<string, Candidate[]>, key: string, cand: Candidate): void {
  if (!key) return;
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  if (!list.some((c) => c.record.id === cand.record.id)) list.push(cand);
}

function buildIndex(): ActorIndex {
  const folded = new Map<string, Candidate[]>();
  const exact = new Map<string, Candidate[]>();
  const records: ActorRecord[] = [];
  const explicit = explicitActorRecords();
  for (const r of explicit) {
    records.push(r);
    for (const n of r.names) {
      const k = foldKey(n);
      if (isStopwordKey(k)) add(exact, exactKey(n), { record: r });
      else add(folded, k, { record: r });
    }
    for (const n of r.exact ?? []) add(exact, exactKey(n), { record: r });
  }
  // Generated state aliases never override an explicit claim; between two states a generated
  // alias goes to the independent state, and when two independent states share it, to neither.
  const generated = new Map<string, { cand: Candidate; primary: boolean; explicit: boolean }[]>();
  for (const g of buildStateRecords()) {
    records.push(g.record);
    const cand: Candidate = g.territory ? { record: g.record, territory: g.territory } : { record: g.record };
    for (const n of g.record.names) {
      const k = foldKey(n);
      if (isStopwordKey(k)) continue;
      let list = generated.get(k);
      if (!list) generated.set(k, (list = []));
      list.push({ cand, primary: g.primary, explicit: g.explicit.has(n) });
    }
    for (const n of g.record.exact ?? []) add(exact, exactKey(n), cand);
  }
  const dropped: string[] = [];
  for (const [k, list] of generated) {
    if (folded.has(k)) {
      const claimed = list.filter((x) => x.explicit);
      for (const x of claimed) add(folded, k, x.cand);
      if (claimed.length === 0) dropped.push(k);
      continue;
    }
    const ids = new Set(list.map((x) => x.cand.record.id));
    if (ids.size === 1) {
      add(folded, k, list[0]!.cand);
      continue;
    }
    const explicitOnes = list.filter((x) => x.explicit);
    const pool = explicitOnes.length > 0 ? explicitOnes : list.filter((x) => x.primary);
    // A country named like its capital (Djibouti, Monaco): the state wins over the capital.
    const states = pool.filter((x) => x.cand.record.kind === 'state');
    const chosen = new Set(pool.map((x) => x.cand.record.id)).size === 1 ? pool : states;
    if (new Set(chosen.map((x) => x.cand.record.id)).size === 1) add(folded, k, chosen[0]!.cand);
    else dropped.push(k);
  }
  return { folded, exact, records, dropped };
}

function getIndex(): ActorIndex {
  return (index ??= buildIndex());
}

/** Every actor record (generated states and capitals included). */
export function actorRecords(): readonly ActorRecord[] {
  return getIndex().records;
}

/** Generated aliases that two actors share and that therefore resolve to nothing ("congolese"). */
export function droppedStateAliases(): readonly string[] {
  return getIndex().dropped;
}

/** Folded alias -> ids of the actors that claim it (for validation). */
export function aliasClaims(): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, string[]>();
  for (const [k, list] of getIndex().folded) out.set(k, list.map((c) => c.record.id));
  return out;
}

function covers(role: ActorRole, date: string): boolean {
  return (role.from === undefined || role.from <= date) && (role.to === undefined || date < role.to);
}

/** The role at `date`, or (no role covers it) the nearest one; without a date, the latest. */
function pickRole(roles: readonly ActorRole[], date: string | undefined): { role: ActorRole; matched: boolean } {
  const latest = [...roles].sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
  if (date === undefined) return { role: latest[latest.length - 1]!, matched: true };
  const hit = roles.find((r) => covers(r, date));
  if (hit) return { role: hit, matched: true };
  const before = latest.filter((r) => r.to !== undefined && r.to <= date);
  const chosen = before.length > 0 ? before[before.length - 1]! : latest[0]!;
  return { role: chosen, matched: false };
}

function resolve(cands: readonly Candidate[], date: string | undefined): ActorEntry | undefined {
  if (cands.length === 0) return undefined;
  const scored = cands.map((c) => ({ c, pick: pickRole(c.record.roles, date) }));
  scored.sort(
    (a, b) =>
      Number(b.pick.matched) - Number(a.pick.matched) ||
      KIND_PRIORITY[a.c.record.kind] - KIND_PRIORITY[b.c.record.kind] ||
      (b.pick.role.from ?? '').localeCompare(a.pick.role.from ?? ''),
  );
  const best = scored[0]!;
  const r = best.c.record;
  const role = best.pick.role;
  const e: ActorEntry = { id: r.id, kind: r.kind, name: r.name, country: role.country, dateMatched: best.pick.matched };
  if (role.sector) e.sector = role.sector;
  if (role.sectors) e.sectors = role.sectors;
  if (r.org) e.org = r.org;
  if (role.title) e.title = role.title;
  if (role.from) e.from = role.from;
  if (role.to) e.to = role.to;
  if (best.c.territory) e.territory = best.c.territory;
  if (r.note) e.note = r.note;
  return e;
}

/** All actor records an alias can name (case-sensitive acronyms first), before date resolution. */
export function actorCandidates(phrase: string): ActorRecord[] {
  const { exact, folded } = getIndex();
  const out: ActorRecord[] = [];
  for (const c of exact.get(exactKey(phrase)) ?? []) out.push(c.record);
  const k = foldKey(phrase);
  if (!isStopwordKey(k)) for (const c of folded.get(k) ?? []) if (!out.includes(c.record)) out.push(c.record);
  return out;
}

/** Candidates of `lookupActor` by phrase, emptied when full. */
const CANDIDATES = new Map<string, readonly Candidate[]>();
const CANDIDATE_LIMIT = 100_000;

/**
 * Resolves a name, demonym, capital, acronym or title-less person name to an actor. Matching folds
 * case, diacritics, apostrophes, hyphens, a leading "the" and a possessive "'s"; acronyms that
 * collide with English words ("US", "IS", "WHO") match only in their exact case. With an ISO
 * `date` ("2014-05-01"), date-ranged roles decide the country/sector ("Assad" in 2014 is SYR GOV,
 * in 2025 SYR ELI) and pick between people sharing a surname; without one, the latest role wins.
 */
export function lookupActor(phrase: string, date?: string): ActorEntry | undefined {
  // The actor finder asks for every word n-gram of every noun phrase, and most name nothing.
  // Folding (NFKD and seven regex passes) is the costly part, so each phrase's candidates are kept;
  // the date only picks among them.
  let cands = CANDIDATES.get(phrase);
  if (cands === undefined) {
    cands = aliasCandidates(phrase);
    if (CANDIDATES.size >= CANDIDATE_LIMIT) CANDIDATES.clear();
    CANDIDATES.set(phrase, cands);
  }
  return resolve(cands, date);
}

/** First words of the folded and of the exact-case alias keys, for {@link actorMayStartWith}. */
let firstWords: { folded: ReadonlySet<string>; exact: ReadonlySet<string> } | undefined;

/** Characters {@link foldKey} turns into a space, besides whitespace. */
const FOLD_PUNCT = /[-\u2010-\u2015_/,;:()"\u201c\u201d]/;
const SPACE = /\s/;

/** Whether `word` is one or more ASCII letters and digits (a char-code loop: asked for most words of every noun phrase). */
function isPlainWord(word: string): boolean {
  if (word.length === 0) return false;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

/**
 * False when no phrase that opens with the word `word`, followed in the text by the character
 * `next` (`''` at the end), can name an actor; the actor finder then skips every n-gram starting
 * there (most words of a noun phrase open no alias). Exact, not a guess: for a word of ASCII letters
 * and digits followed by a space or punctuation, the first word of {@link foldKey} of any such phrase
 * is the word in lower case, and that of {@link exactKey} the word itself; a leading "the " the keys
 * drop, and any other word or next character, are answered true. `lower` is `word` in lower case
 * (a caller that holds it already saves making it again).
 */
export function actorMayStartWith(word: string, next: string, lower: string = word.toLowerCase()): boolean {
  if (!isPlainWord(word)) return true;
  if ('the'.startsWith(lower)) return true;
  if (!firstWords) {
    const { folded, exact } = getIndex();
    const first = (keys: Iterable<string>) => new Set([...keys].map((k) => k.split(' ')[0]!));
    firstWords = { folded: first(folded.keys()), exact: first(exact.keys()) };
  }
  const space = next === '' || next === ' ' || SPACE.test(next);
  if (!space && !FOLD_PUNCT.test(next)) return true;
  return firstWords.folded.has(lower) || !space || firstWords.exact.has(word);
}

function aliasCandidates(phrase: string): readonly Candidate[] {
  const { exact, folded } = getIndex();
  const cands: Candidate[] = [...(exact.get(exactKey(phrase)) ?? [])];
  const k = foldKey(phrase);
  if (k && !isStopwordKey(k)) for (const c of folded.get(k) ?? []) if (!cands.some((x) => x.record.id === c.record.id)) cands.push(c);
  return cands;
}
