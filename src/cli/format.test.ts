import { describe, expect, test } from 'vitest';
import type { ArticleResult } from '../article.js';
import { errorResult } from '../article.js';
import { formatArticle } from './format.js';

function result(title: string | null, paragraphs: [string, string][]): ArticleResult {
  let start = 0;
  const ps = paragraphs.map(([kind, text]) => {
    const p = { text, kind, start, end: start + text.length, sourceStart: 0, sourceEnd: 0, ...(kind === 'h' ? { level: 1 } : {}) };
    start += text.length + 2;
    return p;
  });
  return { ...errorResult('x', new Error('-')), errors: [], title, text: ps.map((p) => p.text).join('\n\n'), paragraphs: ps };
}

describe('formatArticle', () => {
  test.each([
    ['text: a headline repeated as the first block is printed once', 'text', result('Storm hits', [['h', 'Storm hits'], ['p', 'Body.']]), 'Storm hits\n\nBody.\n'],
    ['text: a different first heading is kept', 'text', result('Storm hits', [['h', 'Live updates'], ['p', 'Body.']]), 'Storm hits\n\nLive updates\n\nBody.\n'],
    ['markdown: headline once, headings and lists kept', 'markdown', result('Storm hits', [['h', 'Storm  hits'], ['p', 'Body.'], ['li', 'One']]), '# Storm hits\n\nBody.\n\n- One\n'],
    ['text without a title', 'text', result(null, [['p', 'Body.']]), 'Body.\n'],
  ] as const)('%s', (_name, format, input, expected) => {
    expect(formatArticle(input, format)).toBe(expected);
  });
});
