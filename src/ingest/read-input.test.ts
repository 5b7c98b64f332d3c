import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ingestInput, readInput } from './read-input.js';

const PAGE = '<html><head><meta charset="utf-8"><title>T</title></head><body><p>Héllo</p></body></html>';
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sitrep-ingest-'));
  await writeFile(join(dir, 'page.html'), PAGE);
  await writeFile(join(dir, 'page.html.gz'), gzipSync(Buffer.from(PAGE)));
  await writeFile(join(dir, 'disguised.txt'), gzipSync(Buffer.from('plain text, gzipped')));
  await writeFile(join(dir, 'latin.htm'), Buffer.from('<p>caf\xe9 \x93ok\x94</p>', 'latin1'));
  await writeFile(join(dir, 'big.txt'), 'x'.repeat(2000));
  await mkdir(join(dir, 'sub'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readInput: files', () => {
  test('reads an HTML file', async () => {
    const source = await readInput(join(dir, 'page.html'));
    expect(source).toMatchObject({ raw: PAGE, mediaType: 'text/html', encoding: 'utf-8', encodingSource: 'meta', uri: join(dir, 'page.html') });
  });

  test('reads a gzip file', async () => {
    expect((await readInput(join(dir, 'page.html.gz'))).raw).toBe(PAGE);
  });

  test('detects gzip by magic bytes even under a .txt name', async () => {
    expect(await readInput(join(dir, 'disguised.txt'))).toMatchObject({ raw: 'plain text, gzipped', mediaType: 'text/plain' });
  });

  test('decodes a windows-1252 file without declaration', async () => {
    expect(await readInput(join(dir, 'latin.htm'))).toMatchObject({ raw: '<p>café “ok”</p>', encoding: 'windows-1252', encodingSource: 'sniff' });
  });

  test('reads a file: URL', async () => {
    expect((await readInput(pathToFileURL(join(dir, 'page.html')).href)).raw).toBe(PAGE);
  });

  test('passes url, date and id through', async () => {
    const source = await readInput(join(dir, 'page.html'), { url: 'https://example.com/p', date: '2014-01-13', id: 'p1' });
    expect(source).toMatchObject({ url: 'https://example.com/p', date: '2014-01-13', id: 'p1' });
  });

  test.each([
    ['missing.html', 'not-found', /missing\.html: no such file; check the path/],
    ['sub', 'is-directory', /sub: is a directory, not a file; pass the files inside it, e\.g\. .*sub\/\*\.html/],
    ['page.html/child', 'not-found', /no such file/],
  ])('%s → %s', async (name, code, message) => {
    const run = readInput(join(dir, name));
    await expect(run).rejects.toMatchObject({ code, input: join(dir, name) });
    await expect(readInput(join(dir, name))).rejects.toThrow(message);
  });

  test('refuses a file over the cap before reading it, naming the cap', async () => {
    await expect(readInput(join(dir, 'big.txt'), { maxBytes: 1000 })).rejects.toThrow(/big\.txt: is larger than the 1000 bytes limit \(1\.95 KB\); raise the limit with --max-bytes/);
  });
});

describe('readInput: stdin', () => {
  test('reads "-" from the given stream', async () => {
    const source = await readInput('-', { stdin: Readable.from([Buffer.from('<p>one '), Buffer.from('two</p>')]) });
    expect(source).toMatchObject({ uri: '-', raw: '<p>one two</p>', mediaType: 'text/html' });
  });

  test('reads gzip from stdin', async () => {
    expect((await readInput('-', { stdin: Readable.from([gzipSync(Buffer.from('piped text'))]) })).raw).toBe('piped text');
  });

  test('stops reading stdin over the cap', async () => {
    const stream = Readable.from((function* () {
      for (let i = 0; i < 100; i++) yield Buffer.alloc(100, 0x61);
    })());
    await expect(readInput('-', { stdin: stream, maxBytes: 1000 })).rejects.toMatchObject({ code: 'too-large', input: '-' });
  });

  test('refuses an interactive terminal instead of waiting forever', async () => {
    const tty = Object.assign(Readable.from([]), { isTTY: true });
    await expect(readInput('-', { stdin: tty })).rejects.toMatchObject({ code: 'stdin-tty' });
  });

  test('empty stdin is an empty-input error', async () => {
    await expect(readInput('-', { stdin: Readable.from([]) })).rejects.toMatchObject({ code: 'empty-input', input: '-' });
  });
});

describe('ingestInput', () => {
  test('returns the notes found while reading', async () => {
    const { notes } = await ingestInput('-', { stdin: Readable.from([Buffer.from('<meta charset="iso-8859-1"><p>Café “x”</p>')]) });
    expect(notes.map((n) => n.code)).toEqual(['encoding-corrected']);
  });

  test.each([
    ['ftp://example.com/x.html', /the scheme ftp: is not supported; sitrep fetches http:\/\/ and https:\/\/ URLs only/],
    ['file://remote-host/x.html', /not a usable file: URL/],
  ])('refuses %s', async (spec, message) => {
    await expect(ingestInput(spec)).rejects.toMatchObject({ code: 'bad-url', input: spec });
    await expect(ingestInput(spec)).rejects.toThrow(message);
  });
});
