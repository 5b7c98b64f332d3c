import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { parseBatchLine, readBatch, unknownFieldsNote } from './batch.js';
import type { BatchLineResult } from './batch.js';

describe('parseBatchLine', () => {
  test.each([
    ['html', '{"id":"a","html":"<p>x</p>"}', { id: 'a', html: '<p>x</p>' }],
    ['text with date', '{"id":"b","text":"words","date":"2014-01-13"}', { id: 'b', text: 'words', date: '2014-01-13' }],
    ['url alone', '{"id":"c","url":"https://example.com/a"}', { id: 'c', url: 'https://example.com/a' }],
    ['html with its url', '{"id":"d","html":"<p/>","url":"https://example.com/d"}', { id: 'd', html: '<p/>', url: 'https://example.com/d' }],
    ['numeric id', '{"id":7,"text":"t"}', { id: '7', text: 't' }],
  ])('accepts %s', (_name, line, expected) => {
    const result = parseBatchLine(line, 3, 'in.jsonl');
    expect(result).toEqual({ ok: true, line: 3, item: { line: 3, unknownFields: [], ...expected } });
  });

  test.each([
    ['broken JSON', '{"id":"a","html":', 'a', /^in\.jsonl:4: not valid JSON \(.+\); each line must be one JSON object/],
    ['broken JSON without a leading id', '{"html":"<p>", "id":"a"', undefined, /not valid JSON/],
    ['an array', '[1,2]', undefined, /in\.jsonl:4: a JSON array, not an object/],
    ['no id', '{"html":"<p/>"}', undefined, /"id" is missing; every line needs an "id"/],
    ['empty id', '{"id":" ","html":"<p/>"}', undefined, /"id" must not be empty/],
    ['no page', '{"id":"a"}', 'a', /the line has none of "html", "text" or "url"/],
    ['html and text', '{"id":"a","html":"x","text":"y"}', 'a', /the line has both "html" and "text"/],
    ['html not a string', '{"id":"a","html":42}', 'a', /"html" must be a string/],
    ['bad url', '{"id":"a","url":"example.com/a"}', 'a', /"url" must be an http\(s\) URL/],
    ['bad date', '{"id":"a","text":"t","date":"13/01/2014"}', 'a', /"date" must be an ISO date such as 2014-01-13/],
    ['impossible date', '{"id":"a","text":"t","date":"2014-02-30"}', 'a', /"date" must be an ISO date/],
  ])('rejects %s with the line number', (_name, line, id, message) => {
    const result = parseBatchLine(line, 4, 'in.jsonl');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.id).toBe(id);
    expect(result.line).toBe(4);
    expect(result.error).toMatchObject({ code: 'bad-batch-line', input: 'in.jsonl:4' });
    expect(result.error.message).toMatch(message);
  });

  test('keeps unknown fields for a warning instead of dropping them silently', () => {
    const result = parseBatchLine('{"id":"a","html":"<p/>","lang":"en","hmtl":"x"}', 1, 'in.jsonl');
    expect(result).toMatchObject({ ok: true, item: { unknownFields: ['lang', 'hmtl'] } });
    if (!result.ok) return;
    expect(unknownFieldsNote(result.item, 'in.jsonl')).toEqual({
      code: 'unknown-field',
      message: 'in.jsonl:1: ignored unknown fields "lang", "hmtl"; known fields are id, html, text, url, date',
    });
  });
});

describe('readBatch', () => {
  test('yields one result per non-blank line, in order, numbering lines from 1', async () => {
    const stream = Readable.from(['\uFEFF{"id":"a","text":"x"}\n', '\n{oops\r\n', '{"id":"c","te', 'xt":"z"}\n']);
    const results: BatchLineResult[] = [];
    for await (const r of readBatch(stream, 'in.jsonl')) results.push(r);
    expect(results.map((r) => [r.ok, r.line, r.ok ? r.item.id : undefined])).toEqual([
      [true, 1, 'a'],
      [false, 3, undefined],
      [true, 4, 'c'],
    ]);
  });
});

describe('readBatch: gzip', () => {
  const JSONL = '{"id":"a","text":"x"}\n{"id":"b","text":"y"}\n';

  test('reads gzip-compressed JSONL', async () => {
    const ids: string[] = [];
    for await (const r of readBatch(Readable.from([gzipSync(Buffer.from(JSONL))]), 'in.jsonl.gz')) if (r.ok) ids.push(r.item.id);
    expect(ids).toEqual(['a', 'b']);
  });

  test('truncated gzip ends with a truncated-gzip error', async () => {
    const cut = gzipSync(Buffer.from(JSONL.repeat(50))).subarray(0, 30);
    const read = async () => {
      for await (const _ of readBatch(Readable.from([cut]), 'in.jsonl.gz')) void _;
    };
    await expect(read()).rejects.toMatchObject({ code: 'truncated-gzip', input: 'in.jsonl.gz' });
  });
});
