/** A direct quotation found by its marks, in paragraph offsets. */
export interface Marked {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark (the paragraph end when the quote runs on past it). */
  close: number;
}

const PAIRS: Record<string, string> = { '“': '”', '"': '"', '‘': '’', '«': '»' };
const LETTER = /\p{L}/u;
/** Character codes of the opening marks in {@link PAIRS}. */
const OPEN_DOUBLE = 0x201c;
const OPEN_SINGLE = 0x2018;
const STRAIGHT = 0x22;
const GUILLEMET = 0xab;

/** At least this many words, so scare quotes ("so-called 'terrorists'") are not taken for speech. */
const MIN_WORDS = 3;

/**
 * Finds quotations by their marks: “…”, "…", ‘…’ and «…». A single curly quote opens only after a
 * space or the paragraph start and closes only before a non-letter, so apostrophes
 * ("Assad’s") do not pair up. A quote left open runs to the end of the paragraph (news prose
 * leaves a multi-paragraph quote open).
 */
export function findMarked(text: string): Marked[] {
  const out: Marked[] = [];
  let i = 0;
  while (i < text.length) {
    // Most characters open nothing: their code alone says so (no one-character string, no look-up).
    const code = text.charCodeAt(i);
    if (code !== OPEN_DOUBLE && code !== OPEN_SINGLE && code !== STRAIGHT && code !== GUILLEMET) {
      i++;
      continue;
    }
    const ch = text[i]!;
    const closer = PAIRS[ch];
    const prev = i > 0 ? text[i - 1]! : ' ';
    if (closer === undefined || (ch === '‘' && LETTER.test(prev)) || (ch === '"' && LETTER.test(prev))) {
      i++;
      continue;
    }
    let j = i + 1;
    for (; j < text.length; j++) {
      if (text[j] !== closer) continue;
      if (closer === '’' && LETTER.test(text[j + 1] ?? ' ')) continue;
      break;
    }
    const content = text.slice(i + 1, j).trim();
    if (content.split(/\s+/).length >= MIN_WORDS) out.push({ open: i, close: j });
    i = j + 1;
  }
  return out;
}
