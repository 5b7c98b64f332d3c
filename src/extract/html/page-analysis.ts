import type { Document as DomDocument, Element, Text } from 'domhandler';
import { classSignal } from './class-words.js';
import type { ClassSignal } from './class-words.js';
import words from './boilerplate-words.json' with { type: 'json' };

/** Text statistics of one element's subtree, after pruning. */
export interface NodeStats {
  /** Characters of kept text (whitespace runs counted as one). */
  text: number;
  /** Of which inside `<a>`. */
  link: number;
  /** Of which inside `<blockquote>` (quoted posts, embedded tweets). */
  quote: number;
  /** Characters in prose-like blocks (long enough, few links), discounted by their link share. */
  good: number;
  /** Characters in boilerplate-like blocks (link lists, short fragments). */
  bad: number;
  /** Number of prose-like blocks. */
  paragraphs: number;
  /**
   * Direct children (other than list items) that are prose blocks: a run of sibling paragraphs,
   * as an article body has, where teaser cards hold one paragraph each.
   */
  proseChildren: number;
  /** The subtree holds an explicit article-body marker (`itemprop=articleBody`, a large `<article>`). */
  marker: boolean;
  /** The element's class/id names the article body. */
  positive: boolean;
  /** The element itself is marked `itemprop=articleBody`. */
  articleBody: boolean;
  /** Depth below the root, for tie-breaking. */
  depth: number;
  /** Kept-text character offsets where the element starts and ends (document order). */
  start: number;
  end: number;
}

/** The result of the single analysis walk over a page. */
export interface PageAnalysis {
  /** Statistics of every kept element. */
  stats: Map<Element, NodeStats>;
  /** Elements pruned as non-content; the block walk skips them. */
  dropped: Set<Element>;
  /** Every `<script>` element (JSON-LD is read from them). */
  scripts: Element[];
  /** Every kept text node, in document order. */
  texts: Text[];
  /**
   * `<h1>`/`<h2>` elements in closing order with their statistics (headline candidates),
   * including those pruned afterwards: a headline often sits in a pruned `<header>` or
   * `.headline` block, and it is its position that matters.
   */
  headings: { el: Element; stats: NodeStats }[];
  /** Kept-text offsets where prose blocks start (unordered). */
  proseStarts: number[];
}

const DROP_TAGS = new Set(words.dropTags);
const CONDITIONAL_TAGS = new Set(words.conditionalTags);
/** Tags that start a new block of text; everything else is inline. */
export const BLOCK_TAGS = new Set(words.blockTags);
const TABLE_ROWS = new Set(['tr', 'tbody', 'thead', 'tfoot']);
const TABLE_CELLS = new Set(['td', 'th']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** A prose block has at least this many characters. */
const PROSE_MIN_CHARS = 60;
/** Link share above which a block counts as a link list. */
const LINK_HEAVY = 0.5;
/** A conditional container (aside, footer…) is kept when it holds this much prose. */
const CONDITIONAL_KEEP_GOOD = 1000;
/** An element with a weak boilerplate class word is kept when it holds this much prose. */
const WEAK_KEEP_GOOD = 1500;
/** …or this many prose blocks (a one-paragraph standfirst or summary box is still dropped). */
const WEAK_KEEP_PARAGRAPHS = 2;
/** An element named like the body but with a strong boilerplate word is kept with this much prose. */
const BODY_NAME_KEEP_GOOD = 500;
/** An inline element with a weak boilerplate word is kept when it has at most this much text (a name, a term). */
const INLINE_KEEP_CHARS = 50;
/** A boilerplate-classed element is kept when this share of its text is block-quoted. */
const QUOTE_KEEP_SHARE = 0.6;
/** An `<article>` element is a body marker when it holds this much prose. */
const ARTICLE_MARKER_GOOD = 400;

/** Options for {@link analysePage}. */
export interface AnalysisOptions {
  /**
   * Keep hidden elements and ignore class/id words (tags are still pruned): the second try
   * when the strict pass finds almost nothing, e.g. a page whose wrapper is hidden until a
   * script runs, or whose body wrapper carries a boilerplate-like class.
   */
  relaxed?: boolean;
}

const NO_SIGNAL = classSignal('', '');

/** An element being walked: its accumulator, class signal, and next child to visit. */
interface Open {
  el: Element;
  frame: Frame;
  signal: ClassSignal;
  next: number;
}

/** Per-element accumulator while walking. */
interface Frame {
  stats: NodeStats;
  /** Text directly owned (not inside a nested block element), and its link part. */
  ownText: number;
  ownLink: number;
  /** The element's own text was judged a prose block. */
  prose: boolean;
}

/** True when an element is hidden by attributes or inline style. */
export function isHidden(el: Element): boolean {
  const a = el.attribs;
  if (a.hidden !== undefined) return true;
  if (a['aria-hidden'] === 'true' && el.name !== 'html' && el.name !== 'body') return true;
  if (a.style && HIDDEN_STYLE.test(a.style)) return true;
  return false;
}

/** Counts characters of a text with whitespace runs counted as one (matches the block text). */
export function countChars(s: string): number {
  let n = 0;
  let ws = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const isWs = c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160;
    if (isWs) {
      if (!ws) n++;
      ws = true;
    } else {
      n++;
      ws = false;
    }
  }
  return n;
}

/**
 * Walks the page once, pruning non-content elements and computing per-element text, link and
 * prose statistics bottom-up. An element's own inline text is judged as one block when the
 * element closes; subtree totals roll up only from kept children, so pruning an inline
 * element also removes its text from its block.
 */
export function analysePage(root: DomDocument | Element, options: AnalysisOptions = {}): PageAnalysis {
  const relaxed = options.relaxed ?? false;
  const stats = new Map<Element, NodeStats>();
  const dropped = new Set<Element>();
  const scripts: Element[] = [];
  const texts: Text[] = [];
  const headings: { el: Element; stats: NodeStats }[] = [];
  const proseStarts: number[] = [];
  let charPos = 0;

  /** Opens an element: undefined when it is pruned on sight (tag, hidden). */
  const open = (el: Element, depth: number): Open | undefined => {
    const name = el.name;
    if (DROP_TAGS.has(name) || (!relaxed && isHidden(el))) {
      if (name === 'script') scripts.push(el);
      // JSON-LD usually sits in <head>, which is otherwise skipped whole.
      else if (name === 'head') collectScripts(el, scripts);
      dropped.add(el);
      return undefined;
    }
    // Table rows and row groups carry classes about their data (`player-12`, `date`, `odd`), not
    // page regions (layout tables put those on cells), so class words are not read there.
    const signal = relaxed || TABLE_ROWS.has(name) ? NO_SIGNAL : classSignal(el.attribs.class ?? '', el.attribs.id ?? '');
    if (signal.hidden) {
      dropped.add(el);
      return undefined;
    }
    const frame: Frame = {
      stats: { text: 0, link: 0, quote: 0, good: 0, bad: 0, paragraphs: 0, proseChildren: 0, marker: false, positive: signal.positive, articleBody: false, depth, start: charPos, end: charPos },
      ownText: 0,
      ownLink: 0,
      prose: false,
    };
    return { el, frame, signal, next: 0 };
  };

  /** Closes an element once its children are done: judges it, maybe prunes it. */
  const close = ({ el, frame, signal }: Open): Frame | undefined => {
    const name = el.name;
    const s = frame.stats;
    s.end = charPos;
    if (BLOCK_TAGS.has(name) && judgeOwnText(frame, name)) {
      proseStarts.push(s.start);
      frame.prose = name !== 'li';
    }
    if (name === 'h1' || name === 'h2') headings.push({ el, stats: s });
    const isArticleBody = (el.attribs.itemprop ?? '').toLowerCase().includes('articlebody');
    s.articleBody = isArticleBody;
    if (isArticleBody || (name === 'article' && s.good >= ARTICLE_MARKER_GOOD)) s.marker = true;

    if (name !== 'body' && name !== 'html' && !s.marker) {
      // Weak words (widget, meta, description…) also name page-builder wrappers around the
      // article or parts of it: such a wrapper is kept when it is mostly prose.
      const weakKept = (s.good >= WEAK_KEEP_GOOD || s.paragraphs >= WEAK_KEEP_PARAGRAPHS) && s.good > 3 * s.bad;
      // Embedded posts (tweets, Instagram) sit in blockquotes inside "social"/"embed" wrappers:
      // quoted text is content, so a wrapper that is mostly quote is kept.
      const quoted = name === 'blockquote' || (s.text > 0 && s.quote >= QUOTE_KEEP_SHARE * s.text);
      // A strong word on an element that names the body (`article-body pagination-first`) is a
      // page-state flag when the element holds real prose.
      const bodyKept = signal.bodyName && s.good >= BODY_NAME_KEEP_GOOD;
      // Weak words on a short inline element (`a.player-link`, `span.rollover-people`,
      // `a#auto-tag_…`) name a term in running text, not a page region: pruning it would cut
      // words out of a sentence. Strong words (share, ad…) still prune inline elements.
      const negative =
        !quoted && !bodyKept && (signal.negative === 2 || (signal.negative === 1 && (BLOCK_TAGS.has(name) || s.text > INLINE_KEEP_CHARS) && !signal.bodyName && !signal.positiveHead && !weakKept));
      const conditional = CONDITIONAL_TAGS.has(name) && s.good < (name === 'form' ? 300 : CONDITIONAL_KEEP_GOOD);
      if (negative || conditional) {
        dropped.add(el);
        return undefined;
      }
    }
    stats.set(el, s);
    return frame;
  };

  const addText = (parent: Open, node: Text): void => {
    texts.push(node);
    const n = countChars(node.data);
    charPos += n;
    const { frame } = parent;
    frame.stats.text += n;
    frame.ownText += n;
    if (parent.el.name === 'a') {
      frame.stats.link += n;
      frame.ownLink += n;
    }
  };

  /** Rolls a closed, kept child up into its parent. */
  const addChild = (parent: Open, el: Element, sub: Frame): void => {
    const { frame } = parent;
    const s = frame.stats;
    const c = sub.stats;
    const inLink = parent.el.name === 'a';
    s.text += c.text;
    s.link += inLink ? c.text : c.link;
    s.quote += el.name === 'blockquote' ? c.text : c.quote;
    s.good += c.good;
    s.bad += c.bad;
    s.paragraphs += c.paragraphs;
    s.marker ||= c.marker;
    if (!BLOCK_TAGS.has(el.name)) {
      // Inline child: its own text belongs to this element's block.
      frame.ownText += sub.ownText;
      frame.ownLink += inLink ? sub.ownText : sub.ownLink;
    }
  };

  // An explicit stack rather than recursion: malformed pages can nest thousands deep.
  const stack: Open[] = [];
  for (const top of root.children) {
    if (top.type !== 'tag') continue;
    const first = open(top as Element, 0);
    if (first) stack.push(first);
    while (stack.length > 0) {
      const cur = stack[stack.length - 1]!;
      const children = cur.el.children;
      if (cur.next < children.length) {
        const child = children[cur.next++]!;
        if (child.type === 'text') addText(cur, child as Text);
        else if (child.type === 'tag' || child.type === 'script' || child.type === 'style') {
          const o = open(child as Element, cur.frame.stats.depth + 1);
          if (o) stack.push(o);
        }
        continue;
      }
      stack.pop();
      const frame = close(cur);
      const parent = stack[stack.length - 1];
      if (frame && parent) {
        addChild(parent, cur.el, frame);
        if (frame.prose) parent.frame.stats.proseChildren++;
      }
    }
  }
  return { stats, dropped, scripts, texts, headings, proseStarts };
}

/** Scores an element's own inline text as one block; true when it is prose. */
function judgeOwnText(frame: Frame, name: string): boolean {
  const n = frame.ownText;
  if (n === 0) return false;
  const s = frame.stats;
  if (HEADINGS.has(name)) return false;
  const density = frame.ownLink / n;
  if (density > LINK_HEAVY) {
    s.bad += n;
  } else if (n >= PROSE_MIN_CHARS) {
    s.good += n * (1 - density);
    s.paragraphs++;
    return true;
  } else if (!TABLE_CELLS.has(name) || density > 0.25) {
    // Short link-poor cells are data (a results table), not fragments of page chrome.
    s.bad += n * (density > 0.25 ? 1 : 0.3);
  }
  return false;
}

function collectScripts(el: Element, out: Element[]): void {
  for (const c of el.children) {
    if (c.type !== 'script' && c.type !== 'tag') continue;
    const child = c as Element;
    if (child.name === 'script') out.push(child);
    else collectScripts(child, out);
  }
}

/**
 * True when neither the element nor any ancestor was pruned. (Stats are recorded as elements
 * close, before an ancestor may be pruned, so a recorded element can still sit inside a
 * pruned one.)
 */
export function isKept(el: Element, analysis: PageAnalysis): boolean {
  for (let p: Element['parent'] = el; p && p.type === 'tag'; p = p.parent) {
    if (analysis.dropped.has(p as Element)) return false;
  }
  return true;
}
