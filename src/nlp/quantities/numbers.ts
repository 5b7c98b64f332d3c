import words from './words.json' with { type: 'json' };

const UNITS: Record<string, number> = words.units;
const TENS: Record<string, number> = words.tens;
const SCALES: Record<string, number> = words.scales;
const VAGUE: Record<string, number> = words.vague;

/** A number read from tokens `[start, end)`. */
export interface NumberRead {
  start: number;
  end: number;
  value: number;
  /** A plural number word ("hundreds", "tens of thousands"): the value is the least it implies. */
  vague: boolean;
  /** Written in digits. */
  digits: boolean;
  /** The tokens were "N of …" and the counted noun comes after "of" ("dozens of people"). */
  of: boolean;
}

const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** Reads a spelled number (< 1000 per group) from `i`: "seventy", "twenty - five", "two hundred and ten". */
function readSpelled(w: readonly string[], i: number): { value: number; end: number } | undefined {
  let total = 0;
  let group = 0;
  let j = i;
  let any = false;
  while (j < w.length) {
    const word = w[j]!.toLowerCase();
    if (UNITS[word] !== undefined) group += UNITS[word]!;
    else if (TENS[word] !== undefined) group += TENS[word]!;
    else if (word === 'hundred' && any) group = (group || 1) * 100;
    else if ((word === 'thousand' || word === 'million' || word === 'billion') && any) {
      total += (group || 1) * SCALES[word]!;
      group = 0;
    } else if ((word === '-' || word === 'and') && any && j + 1 < w.length && (UNITS[w[j + 1]!.toLowerCase()] !== undefined || TENS[w[j + 1]!.toLowerCase()] !== undefined)) {
      j++;
      continue;
    } else break;
    any = true;
    j++;
  }
  return any ? { value: total + group, end: j } : undefined;
}

/** The read of tokens [i, end), taking an "of" after a vague count or "dozen" along (a module function: no closure per call). */
function numberRead(w: readonly string[], i: number, end: number, value: number, vague: boolean, digits: boolean): NumberRead {
  const of = w[end]?.toLowerCase() === 'of' && (vague || w[end - 1]!.toLowerCase() === 'dozen');
  return { start: i, end: of ? end + 1 : end, value, vague, digits, of };
}

/**
 * Reads the number that starts at token `i`, if any: digits ("1,200", "1.5 million"), spelled
 * numbers ("seven hundred"), dozens ("two dozen", "half a dozen") and vague plurals ("hundreds",
 * "tens of thousands", "dozens of").
 */
export function readNumber(w: readonly string[], i: number): NumberRead | undefined {
  // Callers probe past a joiner ("50 -", "50 to") that may end the sentence.
  const word = w[i];
  if (word === undefined) return undefined;
  const lower = word.toLowerCase();
  const next = w[i + 1]?.toLowerCase();
  // Vague plurals: "tens of thousands", "hundreds of thousands", "dozens".
  if (VAGUE[lower] !== undefined) {
    if (next === 'of' && VAGUE[w[i + 2]?.toLowerCase() ?? ''] !== undefined) {
      const scale = SCALES[w[i + 2]!.toLowerCase().replace(/s$/, '')] ?? 1;
      return numberRead(w, i, i + 3, (lower === 'tens' ? 20 : VAGUE[lower]!) * scale, true, false);
    }
    // "scores" and "tens" count only before "of" ("scores of people"; "the scores", "tens" alone).
    if ((lower === 'scores' || lower === 'tens') && next !== 'of') return undefined;
    return numberRead(w, i, i + 1, VAGUE[lower]!, true, false);
  }
  if (lower === 'half' && next === 'a' && w[i + 2]?.toLowerCase() === 'dozen') return numberRead(w, i, i + 3, 6, false, false);
  if ((lower === 'a' || lower === 'an') && next !== undefined) {
    if (next === 'dozen') return numberRead(w, i, i + 2, 12, false, false);
    if (next === 'hundred' || next === 'thousand' || next === 'million') {
      const s = readSpelled(['one', ...w.slice(i + 1)], 0);
      if (s) return numberRead(w, i, i + s.end, s.value, false, false);
    }
    return undefined;
  }
  let value: number;
  let end: number;
  let digits = false;
  if (DIGITS.test(word)) {
    value = Number(word.replace(/,/g, ''));
    end = i + 1;
    digits = true;
    const scale = w[end]?.toLowerCase();
    if (scale !== undefined && SCALES[scale] !== undefined) {
      value *= SCALES[scale]!;
      end++;
    }
  } else {
    const s = readSpelled(w, i);
    if (!s) return undefined;
    value = s.value;
    end = s.end;
  }
  if (w[end]?.toLowerCase() === 'dozen') return numberRead(w, i, end + 1, value * 12, false, digits);
  return numberRead(w, i, end, value, false, digits);
}
