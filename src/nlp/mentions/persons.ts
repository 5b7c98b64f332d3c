/** A person mention to cluster: its surface name and where it starts. */
export interface PersonName {
  text: string;
  start: number;
}

/** Normalises a name word for matching: "al-Assad" and "Assad" match, case is ignored. */
export function nameKey(word: string): string {
  return word
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/^(?:al|el|ad|as|ar)[-‐]/, '')
    .replace(/[.,]/g, '');
}

/** Splits a name into words (hyphenated parts stay one word). */
function nameWords(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/**
 * Clusters person names within one document: a full name ("John Kerry") founds a cluster;
 * a shorter name ("Kerry", "Mr Kerry" → "Kerry") joins the nearest earlier cluster whose
 * surname (or, failing that, first name) matches, else any later one, else founds its own.
 *
 * @returns for each input name, a cluster index; and each cluster's canonical (fullest) name.
 */
export function clusterPersons(names: readonly PersonName[]): { cluster: number[]; canonical: string[] } {
  const canonical: string[] = [];
  const surnames: { key: string; first: string; cluster: number; start: number }[] = [];
  const cluster = new Array<number>(names.length).fill(-1);
  const fullKey = new Map<string, number>();
  // Pass 1: multi-word names found clusters (identical full names share one).
  names.forEach((n, i) => {
    const words = nameWords(n.text);
    if (words.length < 2) return;
    const key = words.map(nameKey).join(' ');
    let c = fullKey.get(key);
    if (c === undefined) {
      c = canonical.length;
      canonical.push(n.text);
      fullKey.set(key, c);
    } else if (n.text.length > canonical[c]!.length) {
      canonical[c] = n.text;
    }
    cluster[i] = c;
    surnames.push({ key: nameKey(words[words.length - 1]!), first: nameKey(words[0]!), cluster: c, start: n.start });
  });
  // Pass 2: single words join a cluster by surname, else by first name.
  const singles = new Map<string, number>();
  names.forEach((n, i) => {
    if (cluster[i] !== -1) return;
    const key = nameKey(n.text);
    const pick = (field: 'key' | 'first') => {
      const hits = surnames.filter((s) => s[field] === key);
      const earlier = hits.filter((s) => s.start <= n.start);
      return (earlier[earlier.length - 1] ?? hits[0])?.cluster;
    };
    let c = pick('key') ?? pick('first') ?? singles.get(key);
    if (c === undefined) {
      c = canonical.length;
      canonical.push(n.text.replace(/[’']s$/, ''));
      singles.set(key, c);
    }
    cluster[i] = c;
  });
  return { cluster, canonical };
}
