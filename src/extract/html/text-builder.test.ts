import { describe, expect, test } from 'vitest';
import type { Text } from 'domhandler';
import { parseHtml } from '../dom.js';
import { TextBuilder } from './text-builder.js';

function textNodes(raw: string): Text[] {
  const out: Text[] = [];
  const visit = (n: { type: string; children?: unknown[] }): void => {
    if (n.type === 'text') out.push(n as unknown as Text);
    for (const c of (n.children ?? []) as { type: string }[]) visit(c);
  };
  visit(parseHtml(raw) as unknown as { type: string; children: unknown[] });
  return out;
}

function build(raw: string): TextBuilder {
  const b = new TextBuilder();
  for (const t of textNodes(raw)) b.addText(t, raw, false);
  return b;
}

describe('TextBuilder', () => {
  test.each([
    ['<p>  Hello \n\t world  </p>', 'Hello world'],
    ['<p>a<b>b</b> c</p>', 'ab c'],
    ['<p>one <i> two </i> three</p>', 'one two three'],
    ['<p>Tom &amp; Jerry&nbsp;&nbsp;run</p>', 'Tom & Jerry run'],
  ])('collapses whitespace and decodes entities: %j', (raw, text) => {
    expect(build(raw).text).toBe(text);
  });

  test.each([['<p>The quick\n brown   fox jumps.</p>'], ['<div><p>Alpha <em>beta</em>  gamma</p></div>']])(
    'exact segments map back to the same characters in the source: %j',
    (raw) => {
      const b = build(raw);
      for (const s of b.segments) {
        if (s.end - s.start !== s.sourceEnd - s.sourceStart) continue;
        expect(raw.slice(s.sourceStart, s.sourceEnd).replace(/\s/g, ' ')).toBe(b.text.slice(s.start, s.end));
      }
      const covered = b.segments.reduce((n, s) => n + (s.end - s.start), 0);
      expect(covered).toBe(b.text.length);
    },
  );

  test('a decoded entity maps to the range of the entity in the source', () => {
    const raw = '<p>Fish &amp; chips</p>';
    const b = build(raw);
    const amp = b.segments.find((s) => b.text.slice(s.start, s.end) === '&');
    expect(amp).toBeDefined();
    expect(raw.slice(amp!.sourceStart, amp!.sourceEnd)).toBe('&amp;');
  });

  test('segments are in order and do not overlap', () => {
    const b = build('<p>a &lt; b &gt; c and   d</p>');
    for (let i = 1; i < b.segments.length; i++) expect(b.segments[i]!.start).toBeGreaterThanOrEqual(b.segments[i - 1]!.end);
  });

  test('pre text keeps its line breaks', () => {
    const raw = '<pre>\nline 1\n  line 2\n</pre>';
    const b = new TextBuilder();
    b.preserve = true;
    for (const t of textNodes(raw)) b.addText(t, raw, false);
    const { text, segments } = b.finish();
    expect(text).toBe('line 1\n  line 2');
    expect(raw.slice(segments[0]!.sourceStart, segments[0]!.sourceEnd)).toBe('line 1\n  line 2');
  });

  test('link characters are counted', () => {
    const raw = '<p>see <a href="/x">this link</a></p>';
    const b = new TextBuilder();
    const [see, link] = textNodes(raw);
    b.addText(see!, raw, false);
    b.addText(link!, raw, true);
    expect(b.linkChars).toBe('this link'.length);
  });
});
