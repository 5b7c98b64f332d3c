import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { ingestBytes, ingestString, sourceFromBytes } from './source.js';

const PAGE = '<!doctype html><html><head><title>T</title></head><body><p>Hello “world”.</p></body></html>';
const bytes = (s: string): Buffer => Buffer.from(s, 'utf8');

/** Tiny but real-looking file headers. */
const FIXTURES = {
  pdf: Buffer.concat([bytes('%PDF-1.4\n%'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3]), bytes('\n1 0 obj\n<<>>\nendobj\n')]),
  png: Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'),
  jpeg: Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex'),
  gif: Buffer.concat([bytes('GIF89a'), Buffer.from([1, 0, 1, 0, 0x80, 0, 0])]),
  zip: Buffer.concat([Buffer.from('504b0304140000000800', 'hex'), bytes('word/document.xml')]),
  nul: Buffer.concat([bytes('abc'), Buffer.from([0, 1, 2, 0, 0, 0, 7]), bytes('def')]),
};

describe('ingestBytes: bad input', () => {
  test.each([
    ['x.pdf', FIXTURES.pdf, 'binary-input', /x\.pdf: this is a PDF document, not a web page; convert it to text first \(e\.g\. pdftotext/],
    ['x.png', FIXTURES.png, 'binary-input', /this is a PNG image/],
    ['x.jpg', FIXTURES.jpeg, 'binary-input', /this is a JPEG image/],
    ['x.gif', FIXTURES.gif, 'binary-input', /this is a GIF image/],
    ['x.docx', FIXTURES.zip, 'binary-input', /this is a ZIP archive/],
    ['x.bin', FIXTURES.nul, 'binary-input', /x\.bin: this is a binary file \(it contains NUL bytes\)/],
    ['x.pdf.gz', gzipSync(FIXTURES.pdf), 'binary-input', /this is a PDF document \(gzip-compressed\)/],
    ['empty.html', Buffer.alloc(0), 'empty-input', /empty\.html: is empty \(0 bytes\); pass a page/],
    ['blank.txt', bytes(' \n\t \r\n '), 'empty-input', /blank\.txt: contains only whitespace/],
    ['blank16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('  \n ', 'utf16le')]), 'empty-input', /contains only whitespace/],
    ['empty.gz', gzipSync(Buffer.alloc(0)), 'empty-input', /is empty/],
    ['cut.html.gz', gzipSync(bytes(PAGE.repeat(20))).subarray(0, 40), 'truncated-gzip', /cut\.html\.gz: the gzip data is truncated or corrupt \(it ends early\); download or compress the file again/],
    ['big.html', bytes(PAGE), 'too-large', /big\.html: is larger than the 64 bytes limit \(\d+ bytes\); raise the limit with --max-bytes/],
    ['bomb.html.gz', gzipSync(bytes(' '.repeat(5000))), 'too-large', /is larger than the 1000 bytes limit/],
  ])('%s → %s', (uri, input, code, message) => {
    const maxBytes = uri === 'big.html' ? 64 : uri === 'bomb.html.gz' ? 1000 : undefined;
    const run = () => ingestBytes(input, { uri, ...(maxBytes === undefined ? {} : { maxBytes }) });
    expect(run).toThrow(expect.objectContaining({ name: 'InputError', code, input: uri }));
    expect(run).toThrow(message);
  });

  test('a binary Content-Type is refused when the body is not HTML', () => {
    expect(() => ingestBytes(bytes('RIFF-ish data'), { uri: 'u', contentType: 'audio/mpeg' })).toThrow(/this is audio\/mpeg content \(says the server\), not a web page/);
  });
});

describe('ingestBytes: good input', () => {
  test('gzip is detected by its magic bytes, whatever the name', () => {
    const { source } = ingestBytes(gzipSync(bytes(PAGE)), { uri: 'download.bin' });
    expect(source).toMatchObject({ raw: PAGE, mediaType: 'text/html', encoding: 'utf-8' });
  });

  test('sha256 is the hash of the content bytes, the same with or without gzip', () => {
    const expected = createHash('sha256').update(bytes(PAGE)).digest('hex');
    expect(sourceFromBytes(bytes(PAGE), { uri: 'a.html' }).sha256).toBe(expected);
    expect(sourceFromBytes(gzipSync(bytes(PAGE)), { uri: 'a.html.gz' }).sha256).toBe(expected);
  });

  test.each([
    ['page.html', 'Just words, no tags.', undefined, 'text/html'],
    ['page.txt', PAGE, undefined, 'text/plain'],
    ['page.txt.gz', PAGE, undefined, 'text/plain'],
    ['noext', PAGE, undefined, 'text/html'],
    ['noext', 'Just words about <things> in prose.', undefined, 'text/plain'],
    ['page.txt', PAGE, 'text/html; charset=utf-8', 'text/html'],
    ['page.html', PAGE, 'text/plain', 'text/plain'],
  ])('media type of %s (%j, header %s) is %s', (uri, text, contentType, expected) => {
    const data = uri.endsWith('.gz') ? gzipSync(bytes(text)) : bytes(text);
    const source = sourceFromBytes(data, { uri, ...(contentType === undefined ? {} : { contentType }) });
    expect(source.mediaType).toBe(expected);
  });

  test('records id, url, date and fetchedAt', () => {
    const source = sourceFromBytes(bytes(PAGE), { uri: 'a.html', id: 'A1', url: 'https://example.com/a', date: '2014-01-13', fetchedAt: '2020-01-01T00:00:00.000Z' });
    expect(source).toMatchObject({ uri: 'a.html', id: 'A1', url: 'https://example.com/a', date: '2014-01-13', fetchedAt: '2020-01-01T00:00:00.000Z' });
  });

  test('mojibake is repaired with a note', () => {
    const { source, notes } = ingestBytes(bytes('<p>Itâ€™s a cafÃ©.</p>'), { uri: 'm.html' });
    expect(source.raw).toBe('<p>It’s a café.</p>');
    expect(notes).toEqual([expect.objectContaining({ code: 'mojibake-repaired', message: expect.stringMatching(/^m\.html: repaired 2 UTF-8 sequences/) })]);
  });

  test('a string is taken as given, but still repaired', () => {
    const { source, notes } = ingestString('<p>cafÃ© and rÃ©sumÃ©</p>', { uri: 'jsonl:b.jsonl#1', mediaType: 'text/html' });
    expect(source).toMatchObject({ raw: '<p>café and résumé</p>', encoding: 'utf-8', encodingSource: 'given' });
    expect(notes.map((n) => n.code)).toEqual(['mojibake-repaired']);
  });
});
