import { describe, expect, test } from 'vitest';
import { htmlToText } from './html-to-text.js';

describe('htmlToText', () => {
  test.each([
    ['paragraphs become blocks', '<p>One two.</p><p>Three</p>', 'One two.\n\nThree'],
    ['adjacent block words do not fuse', '<p>end</p><p>Start</p>', 'end\n\nStart'],
    ['inline tags keep words together', '<p>a <b>bold</b> <i>move</i></p>', 'a bold move'],
    ['whitespace inside a block collapses', '<p>  a\n\t b  </p>', 'a b'],
    ['br breaks a line inside a block', '<p>line one<br>line two</p>', 'line one\nline two'],
    ['entities are decoded', '<p>Fish &amp; chips&nbsp;&mdash; yes</p>', 'Fish & chips — yes'],
    ['script and style text is dropped', '<p>kept</p><script>var x = 1;</script><style>p{}</style>', 'kept'],
    ['empty blocks leave no blank lines', '<div><div></div><p>x</p></div>', 'x'],
    ['nested blocks split text', '<div>intro<p>para</p>outro</div>', 'intro\n\npara\n\noutro'],
  ])('%s', (_label, html, expected) => {
    expect(htmlToText(html)).toBe(expected);
  });
});
