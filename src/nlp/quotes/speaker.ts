import cues from './cues.json' with { type: 'json' };

const CONNECTORS = new Set(cues.nameConnectors);
/** Most tokens a speaker phrase takes (a long name: "the UN Office for the Coordination of Humanitarian Affairs"). */
const MAX_PHRASE = 12;

/** Token POS tags that can make up a speaker noun phrase ("a rebel militant", "US Secretary of State John Kerry"). */
const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PRON']);

/** A sentence as the quote finder sees it: token texts, POS and character offsets. */
export interface QuoteSentence {
  words: readonly string[];
  pos: readonly string[];
  starts: readonly number[];
  ends: readonly number[];
}

const capitalised = (w: string | undefined) => w !== undefined && /^\p{Lu}/u.test(w);

/**
 * Whether token k may sit inside a noun phrase: a hyphen in "al-Assad", or a name connector
 * between capitalised words ("Secretary of State", "Observatory for Human Rights", "for the
 * Prohibition of"), so a long name is not cut at its first lower-case word.
 */
function inner(s: QuoteSentence, k: number): boolean {
  const w = s.words[k]!;
  if (w === '-' || w === '’s' || w === "'s") return s.starts[k] === s.ends[k - 1] || s.ends[k] === s.starts[k + 1];
  if (!CONNECTORS.has(w.toLowerCase()) || !capitalised(s.words[k - 1]) || !NP_POS.has(s.pos[k - 1]!)) return false;
  const next = s.words[k + 1] === 'the' ? k + 2 : k + 1;
  return capitalised(s.words[next]) && (s.pos[next] === 'PROPN' || s.pos[next] === 'NOUN' || s.pos[next] === 'ADJ');
}

const hasHead = (s: QuoteSentence, a: number, b: number) => {
  for (let k = a; k <= b; k++) if (s.pos[k] === 'NOUN' || s.pos[k] === 'PROPN' || s.pos[k] === 'PRON') return true;
  return false;
};

/** The noun phrase ending at token `end` (inclusive), as a token range, or undefined. */
export function phraseBefore(s: QuoteSentence, end: number): [number, number] | undefined {
  let k = end;
  while (k >= 0 && k > end - MAX_PHRASE && (NP_POS.has(s.pos[k]!) || inner(s, k))) k--;
  const a = k + 1;
  // A relative pronoun or object pronoun heads no speaker ("which said").
  if (a > end || !hasHead(s, a, end)) return undefined;
  if (s.pos[end] === 'PRON' && a < end) return [end, end];
  return [a, end];
}

/** The noun phrase starting at token `start`, as a token range, or undefined. */
export function phraseAfter(s: QuoteSentence, start: number): [number, number] | undefined {
  let k = start;
  while (k < s.words.length && k < start + MAX_PHRASE && (NP_POS.has(s.pos[k]!) || inner(s, k))) k++;
  const b = k - 1;
  if (b < start || !hasHead(s, start, b)) return undefined;
  return [start, b];
}
