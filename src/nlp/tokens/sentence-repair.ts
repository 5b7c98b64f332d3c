/**
 * Repairs wink's sentence splits where news prose fools it. Wink ends a sentence after a
 * quoted exclamation or question (`"Go!" he shouted.`), which leaves a sentence that starts in
 * lower case; such a piece continues the sentence before it.
 *
 * @param sentences `[firstToken, lastToken]` pairs, in order.
 * @param firstChar the first character of a token, by index.
 * @returns the repaired pairs.
 */
export function repairSentences(sentences: readonly [number, number][], firstChar: (token: number) => string): [number, number][] {
  const out: [number, number][] = [];
  for (const [first, last] of sentences) {
    const prev = out[out.length - 1];
    const c = firstChar(first);
    if (prev && c >= 'a' && c <= 'z') {
      prev[1] = last;
    } else {
      out.push([first, last]);
    }
  }
  return out;
}
