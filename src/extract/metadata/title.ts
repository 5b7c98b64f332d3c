/** Separators sites put between a headline and their name: " | ", " - ", " — ", " :: ", " » ". */
const SEPARATOR_RE = /\s+(?:[|\-–—·•»«~/]|::)\s+|\s*\|\s*/g;

/**
 * Strips site-name prefixes/suffixes from a page title ("Headline | The Guardian" → "Headline").
 * A part is the site's name when it matches a known site name or the URL's host, compared
 * without case, spaces, punctuation or a leading "the", or when its initials spell the host
 * ("Wall Street Journal" on wsj.com). Never strips the title to nothing.
 */
export function stripSiteName(title: string, siteNames: readonly string[], host?: string): string {
  const parts: { text: string; start: number; end: number }[] = [];
  let from = 0;
  for (const m of title.matchAll(SEPARATOR_RE)) {
    parts.push({ text: title.slice(from, m.index), start: from, end: m.index });
    from = m.index + m[0].length;
  }
  parts.push({ text: title.slice(from), start: from, end: title.length });
  if (parts.length < 2) return title;
  const keys = new Set(siteNames.map(compact).filter(Boolean));
  const hostLabels = host ? host.toLowerCase().replace(/^www\d?\./, '').split('.').slice(0, -1).filter((l) => l.length >= 2) : [];
  for (const l of hostLabels) {
    const key = l.replace(/[^a-z0-9]/g, '');
    keys.add(key);
    if (key.startsWith('the') && key.length > 6) keys.add(key.slice(3));
  }
  const isSite = (part: string): boolean => {
    const c = compact(part);
    if (!c) return true;
    if (keys.has(c)) return true;
    const initials = part.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!.toLowerCase()).join('');
    if (initials.length >= 2 && keys.has(initials)) return true;
    // "BBC News" on bbc.co.uk, "Vortex Cannon Entertainment" on vortexcannon.org: a short part
    // that begins with the site's own name.
    const short = part.trim().split(/\s+/).length <= 5;
    return [...keys].some((k) => (c.startsWith(k) || k.startsWith(c)) && Math.min(c.length, k.length) >= 3 && (Math.abs(c.length - k.length) <= 6 || (short && k.length >= 5 && c.startsWith(k))));
  };
  let first = 0;
  let last = parts.length - 1;
  while (last > first && isSite(parts[last]!.text)) last--;
  while (first < last && isSite(parts[first]!.text)) first++;
  if (first === 0 && last === parts.length - 1) return title;
  // Cut the original string, so separators inside the kept headline ("A - B") survive.
  const kept = title.slice(parts[first]!.start, parts[last]!.end).trim();
  return kept || title;
}

function compact(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The headline part of a page title: the first separator-delimited part, which is where most
 * sites put it, unless a later part is more than twice as long ("Herald | Storm closes schools").
 */
export function headlinePart(title: string): string {
  const parts = title.split(SEPARATOR_RE).map((p) => p.trim());
  const first = parts[0] ?? '';
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a), '');
  return longest.length > 2 * first.length ? longest : first;
}
