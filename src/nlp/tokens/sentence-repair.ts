import abbreviations from './abbreviations.json' with { type: 'json' };

const TITLES = new Set(abbreviations.titles);

/**
 * Repairs wink's sentence splits where news prose fools it:
 * - wink ends a sentence after a quoted exclamation or question (`"Go!" he shouted.`), which
 *   leaves a piece that starts in lower case; such a piece continues the sentence before it;
 * - a sentence cannot end on a title abbreviation ("signed by Pres. Obama").
 *
 * @param sentences `[firstToken, lastToken]` pairs, in order.
 * @param tokenText the text of a token, by index.
 * @returns the repaired pairs.
 */
export function repairSentences(sentences: readonly [number, number][], tokenText: (token: number) => string): [number, number][] {
  const out: [number, number][] = [];
  for (const [first, last] of sentences) {
    const prev = out[out.length - 1];
    const c = tokenText(first).charAt(0);
    if (prev && ((c >= 'a' && c <= 'z') || endsOnTitle(prev, tokenText))) {
      prev[1] = last;
    } else {
      out.push([first, last]);
    }
  }
  return out;
}

/** Whether a sentence ends on a title abbreviation, as one token ("Pres.") or two ("Pres", "."). */
function endsOnTitle([first, last]: [number, number], tokenText: (token: number) => string): boolean {
  const end = tokenText(last);
  if (TITLES.has(end)) return true;
  return end === '.' && last > first && TITLES.has(`${tokenText(last - 1)}.`);
}
