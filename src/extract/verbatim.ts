import type { Block } from './block.js';

/** A paragraph: lines up to a blank line. */
const PARAGRAPH = /[^\r\n]*\S[^\r\n]*(?:\r?\n[^\r\n]*\S[^\r\n]*)*/g;

/**
 * Splits text that is already the clean article into paragraphs at blank lines, keeping every
 * character's source offset (lines inside a paragraph are joined with a space, one segment each).
 * Used when the caller says the text needs no extraction.
 */
export function verbatimBlocks(raw: string): Block[] {
  const blocks: Block[] = [];
  for (const match of raw.matchAll(PARAGRAPH)) {
    let text = '';
    const segments: Block['segments'] = [];
    let offset = match.index;
    for (const line of match[0].split(/\r?\n/)) {
      const lead = line.length - line.trimStart().length;
      const trimmed = line.trim();
      if (trimmed) {
        if (text) text += ' ';
        segments.push({ start: text.length, end: text.length + trimmed.length, sourceStart: offset + lead, sourceEnd: offset + lead + trimmed.length });
        text += trimmed;
      }
      offset += line.length + (raw[offset + line.length] === '\r' ? 2 : 1);
    }
    if (text) blocks.push({ kind: 'p', text, segments });
  }
  return blocks;
}
