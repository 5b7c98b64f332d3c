import type { Document as DomDocument, Element, Text } from 'domhandler';
import type { Block } from '../block.js';

/** Options for {@link extractBody}. */
export interface BodyOptions {
  /** The article title, when known, so a repeated title is not taken as body. */
  title?: string;
}

/**
 * Finds the article body in a parsed page and returns it as blocks with source offsets.
 * PLACEHOLDER: takes every `<p>`; the real cascade replaces this.
 */
export function extractBody(dom: DomDocument, _raw: string, _options: BodyOptions = {}): Block[] {
  const blocks: Block[] = [];
  const visit = (node: DomDocument | Element): void => {
    for (const child of node.children) {
      if (child.type === 'tag' || child.type === 'script' || child.type === 'style') {
        const el = child as Element;
        if (el.name === 'script' || el.name === 'style') continue;
        if (el.name === 'p') {
          const texts: Text[] = [];
          collectText(el, texts);
          let text = '';
          const segments: Block['segments'] = [];
          for (const t of texts) {
            const piece = t.data.replace(/\s+/g, ' ');
            if (!piece) continue;
            const start = text.length;
            text += piece;
            segments.push({ start, end: text.length, sourceStart: t.startIndex ?? 0, sourceEnd: (t.endIndex ?? 0) + 1 });
          }
          if (text.trim()) blocks.push({ kind: 'p', text: text.trim(), segments: shiftTrim(text, segments) });
          continue;
        }
        visit(el);
      }
    }
  };
  visit(dom);
  return blocks;
}

function collectText(node: Element, out: Text[]): void {
  for (const child of node.children) {
    if (child.type === 'text') out.push(child as Text);
    else if (child.type === 'tag') collectText(child as Element, out);
  }
}

function shiftTrim(text: string, segments: Block['segments']): Block['segments'] {
  const lead = text.length - text.trimStart().length;
  const trimmedLength = text.trim().length;
  return segments
    .map((s) => ({ ...s, start: Math.max(0, s.start - lead), end: Math.min(trimmedLength, s.end - lead) }))
    .filter((s) => s.end > s.start);
}
