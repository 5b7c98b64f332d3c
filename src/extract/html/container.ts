import type { Element } from 'domhandler';
import { firstProseAfter, startsArticle } from './headline.js';
import type { Headline } from './headline.js';
import { isKept } from './page-analysis.js';
import type { NodeStats, PageAnalysis } from './page-analysis.js';

/** Weight of boilerplate-like text against prose when choosing the container. */
export const BAD_WEIGHT = 2;
/** Bonus (share of its prose) for an element whose class/id names the article body. */
const POSITIVE_BONUS = 0.1;
/** Bonus for a candidate holding the first prose right after the headline: its prose up to a cap, plus a constant. */
const HEADLINE_BONUS_CAP = 1200;
const HEADLINE_CONSTANT = 200;
/** Bonus for the element where the JSON-LD `articleBody` text sits (see json-ld-anchor.ts). */
const ANCHOR_BONUS = 1;
const ANCHOR_CONSTANT = 500;
/** Bonus for `itemprop=articleBody`: a share of its prose plus a constant, so a short marked body beats longer boilerplate. */
const ARTICLE_BODY_BONUS = 0.5;
const ARTICLE_BODY_CONSTANT = 300;

/**
 * A headline-anchored candidate overrules a wider winner only when it is article-sized: this much
 * prose, or more than one paragraph (a standfirst right under the headline is one short paragraph).
 */
const ANCHORED_MIN_GOOD = 400;

/**
 * True when the wider `best` holds, outside `anchored`, a longer run of sibling paragraphs than
 * `anchored` has: that run is the article body, and the headline candidate only a deck or a
 * key-points box. (Teaser cards hold one paragraph each, and teaser lists are list items.)
 */
function denserRunElsewhere(anchored: Element, best: Element, analysis: PageAnalysis): boolean {
  const a = analysis.stats.get(anchored);
  const b = analysis.stats.get(best);
  if (!a || !b) return false;
  let inside = 0;
  let outside = 0;
  for (const s of analysis.stats.values()) {
    if (s.proseChildren === 0 || s.start < b.start || s.end > b.end) continue;
    if (s.start >= a.start && s.end <= a.end) inside = Math.max(inside, s.proseChildren);
    else outside = Math.max(outside, s.proseChildren);
  }
  return outside > Math.max(inside, 1);
}

function isArticleSized(s: NodeStats | undefined): boolean {
  return s !== undefined && (s.good >= ANCHORED_MIN_GOOD || s.paragraphs >= 2);
}

/**
 * Picks the element that best holds the article: the one maximising prose minus
 * boilerplate-like text in its subtree. A wrapper only wins over its child when what it adds is
 * more prose than boilerplate, so sibling sections of a split article are merged while sidebars
 * and link lists are left out. Ties go to the deepest element (stats are in post-order).
 * `anchor`, the element holding the page's JSON-LD `articleBody`, gets a large bonus;
 * candidates starting right after the `headline` get a capped one (see headline.ts).
 *
 * Two candidates come out of the one pass: the overall winner and the best-scoring one that
 * starts the article right after the headline. When the winner is a strict ancestor of an
 * article-sized headline candidate, it won by adding prose from elsewhere on the page —
 * teaser cards of other stories, a "breaking news" list — whose descriptions read like prose
 * once their linked titles are pruned. Subtree sums cannot tell those apart from a split
 * article, but position can: the article starts at the headline, so the headline candidate is
 * kept (its prose siblings still join it, see {@link withProseSiblings}) — unless the winner
 * holds a longer run of sibling paragraphs elsewhere, the body under a deck or key-points box.
 */
export function chooseContainer(analysis: PageAnalysis, anchor?: Element, headline?: Headline): Element | undefined {
  let best: Element | undefined;
  let bestScore = 0;
  let bestByHeadline = false;
  let starter: Element | undefined;
  let starterScore = 0;
  const head = headline?.stats;
  const firstProse = head && firstProseAfter(head, analysis);
  for (const [el, s] of analysis.stats) {
    let score = s.good - BAD_WEIGHT * s.bad;
    const starts = head !== undefined && firstProse !== undefined && startsArticle(s, head, firstProse);
    if (starts) score += Math.min(s.good, HEADLINE_BONUS_CAP) + HEADLINE_CONSTANT;
    if (el === anchor) score += ANCHOR_BONUS * s.good + ANCHOR_CONSTANT;
    if (s.positive) score += POSITIVE_BONUS * s.good;
    if (s.articleBody && s.good > 0) score += ARTICLE_BODY_BONUS * s.good + ARTICLE_BODY_CONSTANT;
    const beatsStarter = starts && score > starterScore;
    if ((!beatsStarter && score <= bestScore) || !isKept(el, analysis)) continue;
    if (beatsStarter) {
      starter = el;
      starterScore = score;
    }
    if (score > bestScore) {
      best = el;
      bestScore = score;
      bestByHeadline = starts;
    }
  }
  if (!best || !headline) return best;
  if (bestByHeadline) return widenToHeadline(best, headline.el, analysis);
  if (starter) {
    const anchored = widenToHeadline(starter, headline.el, analysis);
    if (anchored !== best && contains(best, anchored) && isArticleSized(analysis.stats.get(anchored)) && !denserRunElsewhere(anchored, best, analysis)) return anchored;
  }
  return best;
}

/**
 * The headline bonus (and only it) can pick one paragraph of an article whose paragraphs sit directly beside
 * the headline. Widen such a one-paragraph choice along its ancestors up to the one that also
 * holds the headline, to whichever scores best there without bonuses (ties keep the narrower
 * one). A choice that already holds several paragraphs is a body wrapper: widening it would
 * only add what sits around the body (a promo box, an author note).
 */
function widenToHeadline(best: Element, headline: Element, analysis: PageAnalysis): Element {
  const own = analysis.stats.get(best);
  if (!own || own.paragraphs > 1) return best;
  let chosen = best;
  let chosenScore = own.good - BAD_WEIGHT * own.bad;
  for (let p = best.parent; p && p.type === 'tag'; p = p.parent) {
    const el = p as Element;
    const s = analysis.stats.get(el);
    if (!s) break;
    const score = s.good - BAD_WEIGHT * s.bad;
    if (score > chosenScore) {
      chosen = el;
      chosenScore = score;
    }
    if (contains(el, headline)) break;
  }
  return chosen;
}

function contains(ancestor: Element, node: Element): boolean {
  for (let p: Element['parent'] = node; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

/**
 * A sibling joins the container when it holds this many prose blocks (a part of a split article
 * is a run of paragraphs; a lone paragraph beside the body is a standfirst, a promo or a note)…
 */
const SIBLING_MIN_PARAGRAPHS = 2;
/** …this much prose… */
const SIBLING_MIN_GOOD = 100;
/** …at least this many times its boilerplate-like text… */
const SIBLING_GOOD_OVER_BAD = 2;
/** …and at most this link share. */
const SIBLING_MAX_LINK = 0.25;

/**
 * The container plus those of its siblings that are clearly prose too (readability's sibling
 * merge), in document order. Unlike moving up to the parent, this leaves out the link lists
 * and fragments between the parts of a split article.
 */
export function withProseSiblings(container: Element, analysis: PageAnalysis): Element[] {
  const parent = container.parent;
  if (!parent || parent.type !== 'tag') return [container];
  const out: Element[] = [];
  for (const child of parent.children) {
    if (child.type !== 'tag') continue;
    const el = child as Element;
    if (el === container) {
      out.push(el);
      continue;
    }
    const s = analysis.stats.get(el);
    if (!s || s.text === 0) continue;
    if (s.paragraphs >= SIBLING_MIN_PARAGRAPHS && s.good >= SIBLING_MIN_GOOD && s.good >= SIBLING_GOOD_OVER_BAD * s.bad && s.link <= SIBLING_MAX_LINK * s.text) out.push(el);
  }
  return out;
}
