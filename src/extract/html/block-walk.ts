import type { AnyNode, Element, Text } from 'domhandler';
import type { BlockKind } from '../../core/index.js';
import { BLOCK_TAGS } from './page-analysis.js';
import { TextBuilder } from './text-builder.js';

/** A block as the walk finds it, with what the filters need to judge it. */
export interface RawBlock {
  kind: BlockKind;
  level?: number;
  text: string;
  segments: TextBuilder['segments'];
  /** Characters inside links. */
  linkChars: number;
  /** The element that holds the block's text. */
  tag: string;
}

/** How `<br>` is read: as a space, or as a block break (every one, or only doubled ones). */
export type BreakMode = 'space' | 'split' | 'double';

interface Context {
  kind: BlockKind;
  level?: number;
  tag: string;
}

/**
 * Turns the kept content under `root` into blocks: every block-level element starts a new
 * block, inline elements flow into the current one. Kinds come from the nearest structural
 * ancestor: `pre`, headings, list items (level = list depth), block quotes, else paragraphs.
 */
export function walkBlocks(root: Element, raw: string, dropped: Pick<ReadonlySet<Element>, 'has'>, breakMode: BreakMode = 'double'): RawBlock[] {
  const out: RawBlock[] = [];
  let builder = new TextBuilder();
  let ctx: Context = { kind: 'p', tag: root.name };
  let blockCtx: Context | undefined;
  let listDepth = 0;
  let sawBreak = false;

  const flush = (): void => {
    if (builder.text && blockCtx) {
      const { text, segments } = builder.finish();
      if (text) {
        out.push({
          kind: blockCtx.kind,
          ...(blockCtx.level === undefined ? {} : { level: blockCtx.level }),
          text,
          segments,
          linkChars: builder.linkChars,
          tag: blockCtx.tag,
        });
      }
    }
    builder = new TextBuilder();
    builder.preserve = ctx.kind === 'pre';
    blockCtx = undefined;
    sawBreak = false;
  };

  const addText = (t: Text, inLink: boolean): void => {
    if (!blockCtx) {
      if (!/\S/.test(t.data)) return;
      blockCtx = ctx;
      builder.preserve = ctx.kind === 'pre';
    }
    builder.addText(t, raw, inLink);
    if (/\S/.test(t.data)) sawBreak = false;
  };

  // An explicit stack rather than recursion: malformed pages can nest thousands deep. A block
  // element's frame remembers the context to restore when it closes.
  interface Open {
    el: Element;
    next: number;
    inLink: boolean;
    restore?: { ctx: Context; listDepth: number };
  }
  const stack: Open[] = [{ el: root, next: 0, inLink: root.name === 'a' }];
  while (stack.length > 0) {
    const cur = stack[stack.length - 1]!;
    if (cur.next >= cur.el.children.length) {
      stack.pop();
      if (cur.restore) {
        flush();
        ctx = cur.restore.ctx;
        listDepth = cur.restore.listDepth;
        builder.preserve = ctx.kind === 'pre';
      }
      continue;
    }
    const node: AnyNode = cur.el.children[cur.next++]!;
    if (node.type === 'text') {
      addText(node as Text, cur.inLink);
      continue;
    }
    if (node.type !== 'tag') continue;
    const el = node as Element;
    if (dropped.has(el)) continue;
    if (el.name === 'br') {
      if (breakMode === 'split' || (breakMode === 'double' && sawBreak)) flush();
      else builder.addBreak(el.startIndex ?? 0, (el.endIndex ?? el.startIndex ?? 0) + 1);
      sawBreak = true;
      continue;
    }
    if (!BLOCK_TAGS.has(el.name)) {
      stack.push({ el, next: 0, inLink: cur.inLink || el.name === 'a' });
      continue;
    }
    flush();
    const restore = { ctx, listDepth };
    ctx = contextFor(el, ctx, listDepth);
    if (el.name === 'ul' || el.name === 'ol') listDepth++;
    builder.preserve = ctx.kind === 'pre';
    stack.push({ el, next: 0, inLink: cur.inLink, restore });
  }
  flush();
  return out;
}

function contextFor(el: Element, parent: Context, listDepth: number): Context {
  const name = el.name;
  if (parent.kind === 'pre') return { ...parent, tag: name };
  if (name === 'pre') return { kind: 'pre', tag: name };
  if (/^h[1-6]$/.test(name)) return { kind: 'h', level: Number(name[1]), tag: name };
  if (name === 'li') return { kind: 'li', level: Math.max(1, listDepth), tag: name };
  if (name === 'blockquote') return { kind: 'blockquote', tag: name };
  // Inside a list item, quote or heading, nested paragraphs keep the enclosing kind.
  if (parent.kind !== 'p') return { ...parent, tag: name };
  return { kind: 'p', tag: name };
}
