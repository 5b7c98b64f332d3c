/**
 * @extractus/article-extractor's `extractFromHtml(html, url)` (linkedom + Readability inside,
 * plus its own sanitizing). It returns sanitized HTML `content`, turned into text with
 * {@link htmlToText}; it returns `null` when it finds under 200 characters of text, counted as an
 * empty output.
 */
import { extractFromHtml } from '@extractus/article-extractor';
import type { ExtractText } from './extractor.js';
import { htmlToText } from './html-to-text.js';

/** article-extractor article text. */
export const articleExtractorText: ExtractText = async (html, url) => {
  const article = await extractFromHtml(html, url);
  return article?.content ? htmlToText(article.content) : '';
};
