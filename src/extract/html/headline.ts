import type { Element } from 'domhandler';
import { textContent } from 'domutils';
import { sameHeadline } from './block-filter.js';
import type { NodeStats, PageAnalysis } from './page-analysis.js';

/** A lone `<h1>` shorter than this is taken for a logo, not a headline. */
const LONE_H1_MIN_CHARS = 15;

/** A headline element and its statistics (its kept-text position). */
export interface Headline {
  el: Element;
  stats: NodeStats;
}

/**
 * The page's headline: the first `<h1>`/`<h2>` that repeats the title, else the only `<h1>`
 * on the page (pruned or not). The article body starts right after it on almost every news page,
 * which locates short articles that would otherwise lose to longer boilerplate prose.
 */
export function findHeadline(analysis: PageAnalysis, title: string | undefined): Headline | undefined {
  const { headings } = analysis;
  if (title) {
    for (const h of headings) {
      if (sameHeadline(textContent(h.el), title)) return h;
    }
  }
  // Without a title match, a lone <h1> is the headline only if it reads like one: a logo or
  // site name in an <h1> is short or a link.
  const h1s = headings.filter((h) => h.el.name === 'h1');
  const only = h1s.length === 1 ? h1s[0] : undefined;
  return only && only.stats.text >= LONE_H1_MIN_CHARS && only.stats.link < 0.5 * only.stats.text ? only : undefined;
}

/** The first prose may start at most this many kept-text characters after the headline. */
const NEAR_CHARS = 1000;

/**
 * Kept-text offset of the first prose block after the headline, when it is near enough to be
 * the start of the article; otherwise `undefined`.
 */
export function firstProseAfter(headline: NodeStats, analysis: PageAnalysis): number | undefined {
  let first: number | undefined;
  for (const at of analysis.proseStarts) if (at >= headline.end && (first === undefined || at < first)) first = at;
  return first !== undefined && first - headline.end <= NEAR_CHARS ? first : undefined;
}

/**
 * True when a candidate container begins the article: it starts after the headline and holds
 * the first prose block after it. Elements that contain the headline get no credit: they would
 * pass it on to every ancestor up to `<body>`; nor do later blocks, which are as likely to be
 * a sidebar or a footer as the article.
 */
export function startsArticle(candidate: NodeStats, headline: NodeStats, firstProse: number): boolean {
  return candidate.start >= headline.end && candidate.start <= firstProse && candidate.end > firstProse;
}
