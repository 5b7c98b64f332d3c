/**
 * Finds an event's actor, recipient, place and date in its evidence sentence when the API gives
 * no offsets for them (the store keeps the sentence and trigger offsets only). The match is by
 * name, so it is marked as approximate in the view: a canonical name the sentence words otherwise
 * ("the regime" for "Syrian government") is simply not highlighted.
 */
import dateWords from './date-words.json';
import shortForms from './name-short-forms.json';
import stopwords from './name-stopwords.json';

/** A located span (offsets into the same text as the sentence's). */
export interface Found {
  start: number;
  end: number;
}

const STOP = new Set(stopwords.words);
const SHORT: Readonly<Record<string, readonly string[]>> = shortForms.forms;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The first whole-word, case-insensitive occurrence of `phrase` in `text[from, to)`. */
export function findPhrase(text: string, phrase: string, from = 0, to = text.length): Found | undefined {
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${words.map(escape).join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu');
  const match = re.exec(text.slice(from, to));
  return match ? { start: from + match.index, end: from + match.index + match[0].length } : undefined;
}

/**
 * A name in `text[from, to)`: the whole name, else its longest run of words that has a word
 * outside the stopword list ("Syrian government forces" → "Syrian government" → "government forces" → "Syrian").
 */
export function locateName(text: string, name: string, from = 0, to = text.length): Found | undefined {
  const words = name.trim().split(/\s+/).filter(Boolean);
  for (let size = words.length; size >= 1; size--) {
    for (let first = 0; first + size <= words.length; first++) {
      const run = words.slice(first, first + size);
      if (!run.some((w) => w.length >= 3 && !STOP.has(w.toLowerCase()))) continue;
      const found = findPhrase(text, run.join(' '), from, to);
      if (found) return found;
    }
  }
  return locateShortForm(text, name, from, to);
}

/**
 * A short form of `name` ("US" for "United States", from name-short-forms.json; a sector suffix
 * such as " (government)" ignored), matched case-sensitively as a whole word: "US" is not "us".
 */
export function locateShortForm(text: string, name: string, from = 0, to = text.length): Found | undefined {
  const base = name.replace(/\s*\([^)]*\)\s*$/, '').trim();
  let best: Found | undefined;
  for (const form of SHORT[base] ?? []) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}.])${escape(form)}(?![\\p{L}\\p{N}])`, 'u');
    const match = re.exec(text.slice(from, to));
    if (match && (!best || from + match.index < best.start)) best = { start: from + match.index, end: from + match.index + form.length };
  }
  return best;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Ways a sentence may name the day `iso` (YYYY-MM-DD), most specific first, then relative words. */
export function dateCandidates(iso: string): string[] {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return [...dateWords.words];
  const [, y, mo, d] = m;
  const month = MONTHS[Number(mo) - 1] ?? '';
  const day = String(Number(d));
  const weekday = WEEKDAYS[new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d))).getUTCDay()] ?? '';
  return [`${month} ${day}, ${y}`, `${day} ${month} ${y}`, `${month} ${day}`, `${day} ${month}`, iso.slice(0, 10), `on ${weekday}`, weekday, `${month} ${y}`, ...dateWords.words];
}

/** The first candidate for `iso` found in `text[from, to)`. */
export function locateDate(text: string, iso: string | null, from = 0, to = text.length): Found | undefined {
  for (const candidate of iso ? dateCandidates(iso) : dateWords.words) {
    const found = findPhrase(text, candidate, from, to);
    if (found) return found;
  }
  return undefined;
}
