import { describe, expect, test } from 'vitest';
import { markdownTable, mergeDocument, parseSections, wrapSection } from './markdown.js';

describe('markdownTable', () => {
  test('renders header, alignment rule and rows, escaping pipes', () => {
    expect(markdownTable(['a', 'b'], [['x|y', '1']], ['left', 'right'])).toBe('| a | b |\n| --- | ---: |\n| x\\|y | 1 |');
  });

  test('short rows are padded with empty cells', () => {
    expect(markdownTable(['a', 'b'], [['x']])).toBe('| a | b |\n| --- | --- |\n| x |  |');
  });
});

describe('mergeDocument', () => {
  const old = `# T\n\n${wrapSection({ name: 'one', markdown: '## One\nold' })}\n\n${wrapSection({ name: 'two', markdown: '## Two\nold' })}\n`;

  test('sections round-trip through their markers', () => {
    expect(parseSections(old)).toEqual([
      { name: 'one', markdown: '## One\nold' },
      { name: 'two', markdown: '## Two\nold' },
    ]);
  });

  test('a fresh section replaces its old text and the others are kept', () => {
    const doc = mergeDocument('# T', old, [{ name: 'two', markdown: '## Two\nnew' }], ['one', 'two']);
    expect(parseSections(doc)).toEqual([
      { name: 'one', markdown: '## One\nold' },
      { name: 'two', markdown: '## Two\nnew' },
    ]);
  });

  test('sections follow the given order, old unknown ones last', () => {
    const doc = mergeDocument('# T', old, [{ name: 'zero', markdown: '## Zero' }], ['zero', 'two']);
    expect(parseSections(doc).map((s) => s.name)).toEqual(['zero', 'two', 'one']);
  });

  test('the preamble is rewritten', () => {
    expect(mergeDocument('# New title', old, [], ['one', 'two']).startsWith('# New title\n\n<!-- bench:one:start -->')).toBe(true);
  });
});
