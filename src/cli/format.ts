import type { ArticleResult } from '../article.js';

/** Output formats of `sitrep extract`. */
export type OutputFormat = 'text' | 'json' | 'markdown';

/** Renders one result in the requested format. */
export function formatArticle(result: ArticleResult, format: OutputFormat): string {
  if (format === 'json') return JSON.stringify(result);
  if (format === 'markdown') return toMarkdown(result);
  const head = [result.title, result.standfirst].filter((x): x is string => !!x);
  const body = bodyParagraphs(result).map((p) => p.text);
  return [...head, ...body].filter(Boolean).join('\n\n') + '\n';
}

/**
 * The paragraphs to print under the title: without leading blocks that repeat the title or
 * standfirst (pages usually carry the headline as an `<h1>` inside the article too).
 */
function bodyParagraphs(result: ArticleResult): ArticleResult['paragraphs'] {
  const head = new Set([result.title, result.standfirst].filter((x): x is string => !!x).map(normalize));
  let skip = 0;
  while (skip < result.paragraphs.length && head.has(normalize(result.paragraphs[skip]?.text ?? ''))) skip += 1;
  return result.paragraphs.slice(skip);
}

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

function toMarkdown(result: ArticleResult): string {
  const out: string[] = [];
  if (result.title) out.push(`# ${result.title}`);
  if (result.standfirst) out.push(`*${result.standfirst}*`);
  const meta = [result.byline, result.published].filter(Boolean).join(' · ');
  if (meta) out.push(meta);
  for (const p of bodyParagraphs(result)) {
    if (p.kind === 'h') out.push(`${'#'.repeat(Math.min(6, (p.level ?? 2) + 0))} ${p.text}`);
    else if (p.kind === 'li') out.push(`${'  '.repeat(Math.max(0, (p.level ?? 1) - 1))}- ${p.text}`);
    else if (p.kind === 'blockquote') out.push(`> ${p.text}`);
    else if (p.kind === 'pre') out.push('```\n' + p.text + '\n```');
    else out.push(p.text);
  }
  return out.join('\n\n') + '\n';
}
