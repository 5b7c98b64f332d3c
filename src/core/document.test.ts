import { describe, expect, test } from 'vitest';
import { Document } from './document.js';
import { OffsetMap } from './offsets.js';
import { makeSource } from './test-helpers.js';

describe('Document', () => {
  test('reading text before extraction says which stage to run', () => {
    expect(() => new Document(makeSource('x')).text).toThrow(/run the extract stage first/);
  });

  test('text can be set only once', () => {
    const doc = new Document(makeSource('abc'));
    doc.setText('abc', OffsetMap.identity(3));
    expect(() => doc.setText('x', OffsetMap.identity(1))).toThrow(/already set/);
  });

  test.each([
    [{ start: -1, end: 2 }],
    [{ start: 2, end: 1 }],
    [{ start: 0, end: 4 }],
  ])('rejects a layer span outside the text: %o', (span) => {
    const doc = new Document(makeSource('abc'));
    doc.setText('abc', OffsetMap.identity(3));
    expect(() => doc.setLayer('paragraphs', [{ ...span, kind: 'p' }])).toThrow(/outside the text/);
  });

  test('round-trips through JSON', () => {
    const doc = new Document(makeSource('Hello world'));
    doc.setText('Hello world', OffsetMap.identity(11));
    doc.setLayer('paragraphs', [{ start: 0, end: 11, kind: 'p' }]);
    doc.meta.title = { value: 'Hello', from: 'test' };
    doc.message('careful', { source: 'test', ruleId: 'r1', place: { start: 0, end: 5 } });
    const back = Document.fromJSON(JSON.parse(JSON.stringify(doc.toJSON())));
    expect(back.toJSON()).toEqual(doc.toJSON());
    expect(back.toSource({ start: 6, end: 11 })).toEqual({ start: 6, end: 11 });
  });
});
