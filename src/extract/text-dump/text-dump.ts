import type { ArticleMeta } from '../../core/index.js';
import type { Block } from '../block.js';

/** What the plain-text path returns. */
export interface TextDumpResult {
  meta: ArticleMeta;
  blocks: Block[];
}

/**
 * Recovers title, standfirst and body from a plain-text page dump, dropping site clutter.
 * PLACEHOLDER: every blank-line-separated chunk is a paragraph.
 */
export function extractTextDump(raw: string): TextDumpResult {
  const blocks: Block[] = [];
  const re = /[^\n]+(?:\n[^\n]+)*/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const text = m[0].trim();
    if (!text) continue;
    const start = m.index + m[0].indexOf(text);
    blocks.push({ kind: 'p', text, segments: [{ start: 0, end: text.length, sourceStart: start, sourceEnd: start + text.length }] });
  }
  return { meta: {}, blocks };
}
