import type { Token } from '../../core/index.js';
import type { Gazetteer } from '../gazetteer/gazetteer.js';

/** A person's office as the text gives it in apposition. */
export interface RoleInfo {
  role: string;
  /** ISO alpha-2 of the country the office belongs to ("Russian Foreign Minister"). */
  affiliation?: string;
}

/** The country a word sequence names or qualifies ("Russian", "US", "Russia's"). */
function countryAt(words: readonly string[], i: number, end: number, gaz: Gazetteer): { country: string; length: number } | undefined {
  const m = gaz.match(words, i, end);
  const e = m?.entries.find((x) => (x.kind === 'country' || x.kind === 'demonym') && x.country);
  return m && e?.country ? { country: e.country, length: m.length } : undefined;
}

/**
 * Finds the office given before a person's name ("US Secretary of State John Kerry") or after it
 * in apposition ("Sergei Lavrov, the Russian foreign minister,").
 *
 * @param words token texts of the sentence; `first`/`last` the name's token range (inclusive).
 */
export function findRole(words: readonly string[], first: number, last: number, gaz: Gazetteer): RoleInfo | undefined {
  // Before the name: [country|demonym] role NAME. Try the longest role that ends right before it.
  for (let k = Math.max(0, first - 5); k < first; k++) {
    const m = gaz.match(words, k, first);
    if (!m || k + m.length !== first) continue;
    const role = m.entries.find((e) => e.kind === 'role');
    if (!role) continue;
    for (let a = Math.max(0, k - 4); a < k; a++) {
      const c = countryAt(words, a, k, gaz);
      if (c && a + c.length === k) return { role: role.canonical, affiliation: c.country };
      // "Russia's Foreign Minister"
      if (c && a + c.length + 1 === k && /^[’']s$/.test(words[k - 1]!)) return { role: role.canonical, affiliation: c.country };
    }
    return { role: role.canonical };
  }
  // After the name: NAME , [the|a] [country('s)|demonym] role
  let j = last + 1;
  if (words[j] !== ',') return undefined;
  j++;
  if (words[j] === 'the' || words[j] === 'a' || words[j] === 'an') j++;
  let affiliation: string | undefined;
  const c = countryAt(words, j, words.length, gaz);
  if (c) {
    affiliation = c.country;
    j += c.length;
    if (/^[’']s$/.test(words[j] ?? '')) j++;
  }
  const m = gaz.match(words, j);
  const role = m?.entries.find((e) => e.kind === 'role');
  if (!role) return undefined;
  return affiliation === undefined ? { role: role.canonical } : { role: role.canonical, affiliation };
}

/** Token index range `[first, last]` of a character span, by binary search over sorted tokens. */
export function tokenRange(tokens: readonly Token[], start: number, end: number): [number, number] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  let last = lo;
  while (last + 1 < tokens.length && tokens[last + 1]!.start < end) last++;
  return [lo, last];
}
