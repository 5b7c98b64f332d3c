/**
 * Parser for the Example rows of the CAMEO 1.1b3 manual's verb codebook (chapter 2 of the Markdown
 * conversion in ../shared/data/events/cameo). The conversion's tables are irregular: one Markdown
 * table may hold several codes, a code's number sits in a `CAMEO`, `NAME` or `Name` row or is missing
 * (only the code's name is given, sometimes at the start of a `Description` or `Example Note` row),
 * and text slips between rows. So an example's code is the code of the entry it follows, read as:
 * an explicit number of the section's root; else a row that starts with a code's name from the code
 * list (`CAMEO.eventcodes.txt`); else a `NAME`/`Name` row close enough in words to a later code's
 * name; else a bare `NAME | CAMEO` header, which opens the next code of the list.
 */

/** One parsed example: its 0-based position among the parsed examples, full CAMEO code and text. */
export interface CameoExample {
  position: number;
  code: string;
  root: string;
  text: string;
}

const words = (s: string) => s.toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').split(/\s+/).filter(Boolean);
const normal = (s: string) => words(s).join(' ');
/** A listed name without its residual-category tail ("Appeal for material cooperation, not specified below" → "appeal for material cooperation"). */
const listedName = (s: string) => normal(s.replace(/,?\s*not (otherwise )?specified below\s*$/i, ''));

/** Parses `CAMEO.eventcodes.txt` (tab-separated code, description; a header line) into code → description. */
export function parseCodeList(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^(\d{2,4})\t(.+)$/.exec(line.trim());
    if (m) out.set(m[1]!, m[2]!.trim());
  }
  return out;
}

/** Word overlap (Jaccard) of two names. */
function similarity(a: string, b: string): number {
  const x = new Set(words(a));
  const y = new Set(words(b));
  let both = 0;
  for (const w of x) if (y.has(w)) both++;
  return both === 0 ? 0 : both / (x.size + y.size - both);
}

const NAME_KEY = /^(name|cameo|name description)$/i;
const EXAMPLE_KEY = /^example$/i;
/** A sentence about the coding, not news ("Two reciprocal events are coded …", "This lead is coded as 040 …"). */
const CODING_NOTE = /\b(coded|codeable|coding|CAMEO|this (example|lead))\b/i;
/** Fewer words than this is a code, a name or a scrap of a sentence ("1383", "March, Belgrade radio said."). */
const MIN_WORDS = 6;

/**
 * The news text of an Example row: the row less the coding notes that slipped into it, or undefined
 * when what is left is no news lead: too short, or starting in lower case (the tail of a sentence the
 * page break cut off).
 */
export function newsText(value: string): string | undefined {
  const sentences = value.replace(/\s+/g, ' ').trim().split(/(?<=[.!?]["”']?)\s+(?=[A-Z"“])/);
  const text = sentences.filter((s) => !CODING_NOTE.test(s)).join(' ').trim();
  if (!/^["“]?[A-Z0-9]/.test(text) || text.split(' ').length < MIN_WORDS) return undefined;
  return text;
}

/** A name row this close in words to a code's listed name opens that code ("Make an appeal or request, not specified below" → 020). */
const MIN_NAME_SIMILARITY = 0.5;

/**
 * The examples of the manual's verb codebook (from its `## VERB CODEBOOK` heading up to the next
 * chapter), each with the code of the entry it belongs to. Sections `## 2.N` give the root (N); a code
 * is only taken from the section's own root, and entries only move forward through the code list.
 */
export function parseCameoExamples(manual: string, codeList: ReadonlyMap<string, string>): CameoExample[] {
  const out: CameoExample[] = [];
  let inCodebook = false;
  let root = '';
  let listed: string[] = [];
  // CAMEO codes sort as strings in codebook order ("105" < "1051" < "1056" < "106").
  let current = '';
  let explicitJustBefore = false;
  for (const line of manual.split(/\r?\n/)) {
    const heading = /^#+\s*(.*)$/.exec(line);
    if (heading) {
      const h = heading[1]!.trim();
      if (/^verb codebook$/i.test(h)) inCodebook = true;
      else if (inCodebook && /^chapter\b/i.test(h)) break;
      const section = /^2\.(\d{1,2})\s/.exec(h);
      if (inCodebook && section) {
        root = section[1]!.padStart(2, '0');
        listed = [...codeList.keys()].filter((c) => c.length > 2 && c.startsWith(root)).sort();
        current = '';
      }
      continue;
    }
    if (!inCodebook || !root || !line.startsWith('|')) continue;
    const cells = line.split('|').map((c) => c.trim());
    const key = cells[1] ?? '';
    const value = cells.slice(2).join(' ').trim();
    if (/^-+$/.test(key)) continue;
    if (EXAMPLE_KEY.test(key)) {
      const text = newsText(value);
      if (text) out.push({ position: out.length, code: current || `${root}0`, root, text });
      explicitJustBefore = false;
      continue;
    }
    const next = openedCode(key, value, root, listed, current, codeList, explicitJustBefore);
    explicitJustBefore = next?.explicit ?? false;
    if (next) current = next.code;
  }
  return out;
}

/** The code a non-example row opens, if any (see the file comment for the order of the rules). */
function openedCode(key: string, value: string, root: string, listed: readonly string[], current: string, codeList: ReadonlyMap<string, string>, explicitJustBefore: boolean): { code: string; explicit: boolean } | undefined {
  // The manual's own number wins, also where the code list numbers differently ("1834").
  const number = /^(\d{3,4})(\s|$)/.exec(value);
  if (number && number[1]!.startsWith(root)) return { code: number[1]!, explicit: true };
  const later = listed.filter((c) => c >= current);
  const v = normal(value);
  // The longest listed name the row starts with ("ACCUSE of crime, corruption …", "Cooperate militarily Initiate, …").
  const prefixed = later
    .map((c) => ({ c, name: listedName(codeList.get(c) ?? '') }))
    .filter(({ name }) => name.length > 0 && (v === name || v.startsWith(`${name} `)))
    .sort((a, b) => b.name.length - a.name.length)[0];
  if (prefixed) return { code: prefixed.c, explicit: false };
  if (!NAME_KEY.test(key)) return undefined;
  if (/^cameo$/i.test(value) || value === '') {
    const following = listed.find((c) => c > current);
    return following ? { code: following, explicit: false } : undefined;
  }
  // A name row right after a number row is that code's name, not a new entry.
  if (explicitJustBefore) return undefined;
  const best = later.map((c) => ({ c, s: similarity(listedName(value), listedName(codeList.get(c) ?? '')) })).sort((a, b) => b.s - a.s)[0];
  return best && best.s >= MIN_NAME_SIMILARITY ? { code: best.c, explicit: false } : undefined;
}
