import type { Element } from 'domhandler';
import { textContent } from 'domutils';
import { sameHeadline } from './block-filter.js';
import type { NodeStats, PageAnalysis } from './page-analysis.js';

/**
 * The page's headline element: the first kept `<h1>`/`<h2>` that repeats the title, else the
 * only `<h1>` on the page. The article body starts right after it on almost every news page,
 * which locates short articles that would otherwise lose to longer boilerplate prose.
 */
export function findHeadline(analysis: PageAnalysis, title: string | undefined): Element | undefined {
  if (title) {
    for (const h of analysis.headings) {
      if (sameHeadline(textContent(h), title)) return h;
    }
  }
  const h1s = analysis.headings.filter((h) => h.name === 'h1');
  return h1s.length === 1 ? h1s[0] : undefined;
}

/** Kept-text characters between the headline and a candidate still counted as "right after". */
const NEAR_CHARS = 1000;

/**
 * True when a candidate container starts near the headline: it begins at most
 * {@link NEAR_CHARS} characters after the headline ends, or it contains the headline that
 * close to its own start.
 */
export function nearHeadline(candidate: NodeStats, headline: NodeStats): boolean {
  if (candidate.start >= headline.end) return candidate.start - headline.end <= NEAR_CHARS;
  return candidate.end >= headline.end && headline.start - candidate.start <= NEAR_CHARS;
}
