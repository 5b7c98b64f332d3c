import words from './page-words.json' with { type: 'json' };

const PREFIX_RE = new RegExp(`^(?:${words.bylinePrefixes.map((p) => p.replace(/\s+/g, '\\s+')).join('|')})\\s*:?\\s+`, 'i');
/** Surname particles that stay lowercase inside a name. */
const PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'ten', 'al', 'el', 'bin', 'bint', 'ibn', 'y', 'e', 'st']);
const ROLES = new Set(words.roleWords);
const WEEKDAY_RE = new RegExp(`\\s(?:${words.weekdays.join('|')})\\b.*$`, 'i');
const SPLIT_RE = /\s*(?:[,;&/]|\band\b|\bund\b|\bet\b|\bwith\b)\s*/i;

/** How strict {@link readNames} is: page text needs full names, structured data less so. */
export type NameStrictness = 'structured' | 'text';

/**
 * Reads author names from a byline-ish string: strips "By", drops URLs and handles, splits
 * "A, B and C", and keeps only parts that look like names. Job titles ("AP Auto Writer") and
 * run-on dates are dropped. Returns `[]` when nothing looks like a name.
 */
export function readNames(input: string, strictness: NameStrictness): string[] {
  let text = input.replace(/\s+/g, ' ').trim();
  if (/^(?:https?:|www\.)/i.test(text) || text.includes('://')) return [];
  // A byline often runs on into a date or a role: keep what comes before the first separator.
  text = text.split(/\s+[|•·–—-]\s+|\s*\|\s*|\s{2,}/)[0]!.trim();
  text = text.replace(PREFIX_RE, '').replace(WEEKDAY_RE, '').trim();
  const out: string[] = [];
  for (const part of text.split(SPLIT_RE)) {
    const name = part.replace(/^[\s"'“”‘’(@]+|[\s"'“”‘’):.]+$/g, '').trim();
    if (looksLikeName(name, strictness)) out.push(name);
  }
  return out;
}

/**
 * Joins names with ", ", dropping repeats (case- and accent-insensitive) and, when a person is
 * named too, parts that only name the publication (`Jill Disis, CNN Business` on CNN).
 */
export function joinNames(names: readonly string[], siteName?: string): string | undefined {
  const seen = new Set<string>();
  let kept: string[] = [];
  for (const n of names) {
    const key = fold(n);
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(n);
  }
  const site = siteName ? fold(siteName).replace(/[^\p{L}\p{N}]/gu, '') : '';
  const isSite = (n: string) => {
    const k = fold(n).replace(/[^\p{L}\p{N}]/gu, '');
    return site.length > 0 && k.length >= 3 && (site.startsWith(k) || k.startsWith(site));
  };
  const weak = (n: string) => isSite(n) || isInitialism(n);
  if (kept.some((n) => !weak(n))) kept = kept.filter((n) => !weak(n));
  return kept.length ? kept.join(', ') : undefined;
}

function looksLikeName(name: string, strictness: NameStrictness): boolean {
  if (!name || name.length > 60 || /\d|@|https?:|www\.|\.(?:com|org|net)\b/i.test(name)) return false;
  const tokens = name.split(' ');
  const min = strictness === 'text' ? 2 : 1;
  if (tokens.length < min || tokens.length > 6) return false;
  if (tokens.length === 1 && name.length < 2) return false;
  if (tokens.some((t) => ROLES.has(t.toLowerCase()))) return false;
  // Names are capitalised (or written in a script without case); particles may stay lowercase.
  return tokens.every((t) => PARTICLES.has(t.toLowerCase()) || !/^\p{Ll}/u.test(t));
}

/** Credentials and agency initialisms ("RDN", "PhD", "PTI"): a byline only when nothing else is. */
function isInitialism(name: string): boolean {
  return /^[\p{Lu}.]{1,5}$/u.test(name) || /^ph\.?d\.?$/i.test(name);
}

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
