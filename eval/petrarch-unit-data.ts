/**
 * Pure parts of the `petrarch-unit` suite: the PETRARCH unit-test records (`PETR.UnitTest.records.xml`),
 * the Validate actors dictionary, and the mapping of its fictional world (Arnor, Gondor…) onto real
 * countries so that a real-world coder can be run on the sentences. No I/O here.
 */
import map from './petrarch-unit-map.json' with { type: 'json' };

/** One expected coding of a record: a CAMEO triple, "no events", or an expected program error (discards, bad parse). */
export type UnitCoding =
  | { kind: 'event'; source: string; target: string; code: string }
  | { kind: 'noevents' }
  | { kind: 'error'; error: string };

/** One `<Sentence>` record. */
export interface UnitRecord { id: string; date: string; category: string; text: string; codings: UnitCoding[] }

/** A real country standing in for a fictional state. */
export interface StateMapping { name: string; adjective: string; plural: string; iso: string }

/** The fixed fictional-state table, the dictionary's legacy codes and the real codes used as-is. */
export const STATES: Readonly<Record<string, StateMapping>> = map.states;
const LEGACY: Readonly<Record<string, string>> = map.legacy;
const REAL = new Set<string>(map.real);

function attributes(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  // The records mix quote styles and spacing (`date = "2008…"`, `sourcecode='""'`).
  for (const m of s.matchAll(/(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]!] = m[2] ?? m[3] ?? '';
  return out;
}

/**
 * Category names as the file spells them, folded where the file uses variants of one category
 * (`AGENTS` next to `AGENT`, `COMPOUNDx` next to `COMPOUND`).
 */
function category(raw: string): string {
  const c = raw.trim().toUpperCase();
  if (c === 'AGENTS') return 'AGENT';
  if (c === 'COMPOUNDX') return 'COMPOUND';
  return c;
}

/** Parses the unit-test records (comments removed first: the file comments out whole records). */
export function parseUnitRecords(xml: string): UnitRecord[] {
  const out: UnitRecord[] = [];
  const body = xml.replace(/<!--[\s\S]*?-->/g, '');
  for (const m of body.matchAll(/<Sentence\s([^>]*)>([\s\S]*?)<\/Sentence>/g)) {
    const a = attributes(m[1]!);
    const inner = m[2]!;
    const text = /<Text>([\s\S]*?)<\/Text>/.exec(inner)?.[1] ?? '';
    const codings: UnitCoding[] = [];
    for (const c of inner.matchAll(/<EventCoding\s([^>]*)>/g)) {
      const ca = attributes(c[1]!);
      if (ca.error !== undefined) codings.push({ kind: 'error', error: ca.error });
      else if (ca.noevents !== undefined) codings.push({ kind: 'noevents' });
      else codings.push({ kind: 'event', source: ca.sourcecode ?? '', target: ca.targetcode ?? '', code: ca.eventcode ?? '' });
    }
    const d = (a.date ?? '').trim();
    out.push({
      id: a.id ?? '',
      date: /^\d{8}$/.test(d) ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}` : '',
      category: category(a.category ?? ''),
      text: text.replace(/\s+/g, ' ').trim(),
      codings,
    });
  }
  return out;
}

/** One actors-dictionary entry: its names (main first, then `+` synonyms) and its codes. */
export interface ActorEntry { names: string[]; codes: string[] }

/**
 * Parses a PETRARCH actors dictionary: an entry line (`NAME [CODE]` or `NAME` alone), `+SYNONYM`
 * lines, and indented `[CODE date-restriction]` lines; `#` comments and `<!-- -->` blocks skipped.
 * Names keep the dictionary's spelling (`ARNOR_`: the trailing `_` means "this word only").
 */
export function parseActorDictionary(text: string): ActorEntry[] {
  const out: ActorEntry[] = [];
  let cur: ActorEntry | undefined;
  for (const raw of text.replace(/<!--[\s\S]*?-->/g, '').replace(/<![^>]*>/g, '').split('\n')) {
    const line = raw.replace(/#.*/, '');
    if (line.trim() === '') continue;
    const codes = [...line.matchAll(/\[([^\]]*)\]/g)].map((c) => c[1]!.trim().split(/\s+/)[0]!).filter((c) => c !== '');
    const name = line.replace(/\[[^\]]*\]/g, '').trim();
    if (/^\s/.test(raw) && name === '') { if (cur) cur.codes.push(...codes); continue; }
    if (name.startsWith('+')) { if (cur) { cur.names.push(name.slice(1).trim()); cur.codes.push(...codes); } continue; }
    cur = { names: name === '' ? [] : [name], codes };
    out.push(cur);
  }
  return out;
}

/** One whole-word replacement: a pattern and what each of its matches becomes. */
export interface Substitution { pattern: RegExp; replace: (match: string, suffix: string) => string }

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The name substitutions for the mapped states: every dictionary entry coded exactly as a mapped
 * state gives its main name. A name without the dictionary's trailing `_` is a stem there (GONDOR
 * matches "Gondorian"), so a longer word on it becomes the adjective, or the plural demonym when the
 * ending is a plural `s` (the dictionary's ROHANS); with `_` only the word itself. Synonyms that are
 * not the name plus an ending (MINAS_TIRITH, persons such as TELEMAR) are dictionary-specific
 * aliases and stay as they are.
 */
export function stateSubstitutions(entries: readonly ActorEntry[], states: Readonly<Record<string, StateMapping>> = STATES): Substitution[] {
  const out: Substitution[] = [];
  for (const e of entries) {
    const st = e.codes.length === 1 ? states[e.codes[0]!] : undefined;
    const main = e.names[0];
    if (!st || main === undefined) continue;
    const exact = main.endsWith('_');
    const words = main.replace(/_+$/, '').split(/[_\s]+/).map(escape).join('\\s+');
    out.push({
      pattern: new RegExp(`\\b(${words})(${exact ? '' : '[a-z]*'})\\b`, 'gi'),
      replace: (_m, suffix) => (suffix === '' ? st.name : suffix.toLowerCase() === 's' ? st.plural : st.adjective),
    });
  }
  return out;
}

/** Applies the substitutions to a sentence (whole words, every occurrence). */
export function substitute(text: string, subs: readonly Substitution[]): string {
  let out = text;
  for (const s of subs) out = out.replace(s.pattern, (m: string, _w: string, suffix: string) => s.replace(m, suffix));
  return out;
}

/** Whether the sentence already names one of the stand-in countries (then the mapping would be ambiguous). */
export function collides(text: string, states: Readonly<Record<string, StateMapping>> = STATES): boolean {
  return Object.values(states).some((s) => [s.name, s.adjective].some((w) => new RegExp(`\\b${escape(w)}\\b`).test(text)));
}

/**
 * A gold actor code's country at our granularity: the first three letters, a fictional state as its
 * stand-in's ISO code, a legacy dictionary code as today's; undefined for a fictional non-state actor
 * (hobbits, elves, wizards, orcs, the Shire's towns) or a non-code (`""`), which the suite excludes.
 * `NGOARN` (an NGO agent on Arnor) is the NGO, as the dictionary's agent prefix puts it first.
 */
export function goldCountry(code: string, states: Readonly<Record<string, StateMapping>> = STATES): string | undefined {
  const c = code.slice(0, 3);
  const st = states[c];
  if (st) return st.iso;
  const legacy = LEGACY[c];
  if (legacy !== undefined) return legacy;
  return REAL.has(c) ? c : undefined;
}

/** Whether a CAMEO code is a real one (root 01–20); the Validate verbs dictionary also tests made-up codes (345, 802, 902…). */
export function isCameo(code: string): boolean {
  const root = Number(code.slice(0, 2));
  return /^\d{3,4}$/.test(code) && root >= 1 && root <= 20;
}
