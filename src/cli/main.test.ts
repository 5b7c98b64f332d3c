import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ArticleResult } from '../article.js';
import { main } from './main.js';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Storm hits coast</title></head>
<body><article><h1>Storm hits coast</h1>
<p>A powerful storm hit the coast on Monday, cutting power to thousands of homes and closing roads across the region.</p>
<p>Officials said repairs would take several days, and urged residents to stay indoors while crews cleared fallen trees.</p>
</article></body></html>`;

let dir: string;
let server: Server;
let base: string;

/** Runs the CLI in-process and returns what it printed. */
async function run(args: string[], stdin: string[] = []): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    stdin: Readable.from(stdin.map((s) => Buffer.from(s))),
  });
  return { code, stdout, stderr };
}

const jsonLines = (text: string): ArticleResult[] =>
  text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as ArticleResult);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sitrep-cli-'));
  await writeFile(join(dir, 'page.html'), PAGE);
  await writeFile(join(dir, 'doc.pdf'), Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'));
  server = createServer((req, res) => {
    // /page/<delay ms>/<n>: later inputs answer sooner, so completion order ≠ input order.
    const match = /^\/page\/(\d+)\/(\w+)$/.exec(req.url ?? '');
    if (!match) {
      res.writeHead(404).end();
      return;
    }
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE.replaceAll('Storm hits coast', `Story ${match[2] ?? ''}`));
    }, Number(match[1])).unref();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

describe('sitrep (global)', () => {
  test('--version prints the package version', async () => {
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  test('--help exits 0 and lists the extract command', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/extract \[options\] <inputs\.\.\.>/);
  });

  test.each([
    ['no arguments', [], /Usage: sitrep/],
    ['an unknown command', ['frobnicate'], /sitrep: unknown command 'frobnicate'/],
    ['an unknown option', ['extract', '--bogus', 'x.html'], /sitrep: unknown option '--bogus'/],
    ['a bad --date', ['extract', '--date', '13/01/2014', 'x.html'], /"13\/01\/2014" is not a date; use YYYY-MM-DD/],
    ['a bad --format', ['extract', '--format', 'xml', 'x.html'], /argument 'xml' is invalid/],
    ['a bad --max-bytes', ['extract', '--max-bytes', 'lots', 'x.html'], /"lots" is not a size; use e\.g\. 20MB/],
    ['no inputs', ['extract'], /missing required argument 'inputs'/],
    ['--url with two inputs', ['extract', '--url', 'https://e.com/a', 'a.html', 'b.html'], /--url names the page's URL, so it takes exactly one input/],
    ['stdin twice', ['extract', '-', '-'], /"-" \(stdin\) can be given only once/],
    ['--format markdown in batch mode', ['extract', '--input-format', 'jsonl', '--format', 'markdown', 'b.jsonl'], /batch mode writes JSON lines/],
    ['--url in batch mode', ['extract', '--input-format', 'jsonl', '--url', 'https://e.com/', 'b.jsonl'], /give each line its own "url"/],
    ['pages mixed with batch files', ['extract', 'a.html', 'b.jsonl'], /some inputs are batch JSONL files and some are pages/],
  ])('%s is a usage error (exit 2)', async (_name, args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });
});

describe('sitrep extract', () => {
  test('--format json has the documented fields, with paragraph offsets into the source', async () => {
    const result = await run(['extract', '--format', 'json', join(dir, 'page.html')]);
    expect(result.code).toBe(0);
    const [article] = jsonLines(result.stdout);
    expect(article).toMatchObject({ id: join(dir, 'page.html'), title: 'Storm hits coast', standfirst: null, byline: null, published: null, lang: 'en', url: null, errors: [] });
    expect(article?.paragraphs.length).toBeGreaterThan(1);
    for (const p of article?.paragraphs ?? []) expect(PAGE.slice(p.sourceStart, p.sourceEnd)).toBe(p.text);
  });

  test('--date and --url end up in the result', async () => {
    const [article] = jsonLines((await run(['extract', '--format', 'json', '--date', '2014-01-13', '--url', 'https://example.com/storm', join(dir, 'page.html')])).stdout);
    expect(article).toMatchObject({ published: '2014-01-13', url: 'https://example.com/storm' });
  });

  test('text format prints title and body', async () => {
    const result = await run(['extract', join(dir, 'page.html')]);
    expect(result.stdout).toMatch(/^Storm hits coast\n\n.*A powerful storm/s);
  });

  test('reads stdin for "-"', async () => {
    const result = await run(['extract', '--format', 'json', '-'], [PAGE.slice(0, 200), PAGE.slice(200)]);
    expect(jsonLines(result.stdout)[0]).toMatchObject({ id: '-', title: 'Storm hits coast' });
  });

  test('a failed input: exit 1, "sitrep: <input>: <what to do>" on stderr, the other inputs still run', async () => {
    const missing = join(dir, 'missing.html');
    const result = await run(['extract', missing, join(dir, 'doc.pdf'), join(dir, 'page.html')]);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n').filter(Boolean)).toEqual([
      `sitrep: ${missing}: no such file; check the path (or pass a URL starting with http:// or https://)`,
      `sitrep: ${join(dir, 'doc.pdf')}: this is a PDF document, not a web page; convert it to text first (e.g. pdftotext file.pdf file.txt) and pass the .txt`,
    ]);
    expect(result.stdout).toMatch(/^Storm hits coast/);
  });

  test('in JSON a failed input still gets a result line with errors filled', async () => {
    const result = await run(['extract', '--format', 'json', join(dir, 'missing.html'), join(dir, 'page.html')]);
    const lines = jsonLines(result.stdout);
    expect(lines.map((l) => l.errors.map((e) => e.code))).toEqual([['not-found'], []]);
    expect(lines[0]).toMatchObject({ title: null, text: '', paragraphs: [] });
  });

  test('--max-bytes is applied and the message says how to raise it', async () => {
    const result = await run(['extract', '--max-bytes', '100', join(dir, 'page.html')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/is larger than the 100 bytes limit \(\d+ bytes\); raise the limit with --max-bytes/);
  });

  test('URLs are fetched in parallel but printed in input order', async () => {
    const urls = [`${base}/page/300/a`, `${base}/page/150/b`, `${base}/page/0/c`];
    const result = await run(['extract', '--format', 'json', '--concurrency', '3', ...urls]);
    expect(result.code).toBe(0);
    expect(jsonLines(result.stdout).map((r) => [r.id, r.title])).toEqual([
      [urls[0], 'Story a'],
      [urls[1], 'Story b'],
      [urls[2], 'Story c'],
    ]);
  });
});

describe('sitrep extract --input-format jsonl', () => {
  const BATCH = [
    JSON.stringify({ id: 'good', html: PAGE, date: '2014-01-13' }),
    '{"id": "broken", "html": ',
    JSON.stringify({ id: 'extra', text: 'Storm hits coast\n\nA powerful storm hit the coast on Monday, cutting power to thousands of homes and closing roads across the region.\n\nOfficials said repairs would take several days, and urged residents to stay indoors while crews cleared fallen trees.', source: 'wire' }),
    '',
    JSON.stringify({ id: 'blank', html: '   ' }),
    JSON.stringify({ id: 'nopage' }),
    JSON.stringify({ id: 'last', html: PAGE }),
  ].join('\n');

  test('one result per line with the same id; a bad line never stops the others', async () => {
    await writeFile(join(dir, 'batch.jsonl'), BATCH);
    const result = await run(['extract', '--input-format', 'jsonl', join(dir, 'batch.jsonl')]);
    expect(result.code).toBe(1);
    const lines = jsonLines(result.stdout);
    expect(lines.map((l) => [l.id, l.line, l.errors.map((e) => e.code)])).toEqual([
      ['good', 1, []],
      ['broken', 2, ['bad-batch-line']],
      ['extra', 3, []],
      ['blank', 5, ['empty-input']],
      ['nopage', 6, ['bad-batch-line']],
      ['last', 7, []],
    ]);
    expect(lines[0]).toMatchObject({ title: 'Storm hits coast', published: '2014-01-13' });
    expect(lines[1]).toMatchObject({ title: null, text: '', paragraphs: [], published: null });
    expect(lines[1]?.errors[0]?.message).toMatch(/batch\.jsonl:2: not valid JSON/);
    expect(lines[2]?.warnings).toEqual([expect.stringMatching(/batch\.jsonl:3: ignored unknown field "source"; known fields are id, html, text, url, date/)]);
    expect(result.stderr).toMatch(/^sitrep: .*batch\.jsonl:2: not valid JSON/m);
  });

  test('a line without a usable id is reported under file:line', async () => {
    await writeFile(join(dir, 'noid.jsonl'), '{"html":"<p>x</p>"}\n');
    const [line] = jsonLines((await run(['extract', '--input-format', 'jsonl', join(dir, 'noid.jsonl')])).stdout);
    expect(line).toMatchObject({ id: `${join(dir, 'noid.jsonl')}:1`, line: 1 });
  });

  test('reads batch JSONL from stdin, and *.jsonl files are batches without the flag', async () => {
    await writeFile(join(dir, 'auto.jsonl'), `${JSON.stringify({ id: 'f1', html: PAGE })}\n`);
    const fromStdin = await run(['extract', '--input-format', 'jsonl', '-'], [`${JSON.stringify({ id: 's1', html: PAGE })}\n`]);
    const fromFile = await run(['extract', join(dir, 'auto.jsonl')]);
    expect([...jsonLines(fromStdin.stdout), ...jsonLines(fromFile.stdout)].map((l) => [l.id, l.title])).toEqual([
      ['s1', 'Storm hits coast'],
      ['f1', 'Storm hits coast'],
    ]);
  });

  test('URL lines are fetched in parallel and written in line order', async () => {
    const lines = ['a', 'b', 'c', 'd'].map((n, i) => JSON.stringify({ id: n, url: `${base}/page/${300 - i * 100}/${n}` }));
    lines.splice(2, 0, JSON.stringify({ id: 'gone', url: `${base}/nothing` }));
    await writeFile(join(dir, 'urls.jsonl'), lines.join('\n'));
    const result = await run(['extract', '--input-format', 'jsonl', '--concurrency', '4', join(dir, 'urls.jsonl')]);
    expect(jsonLines(result.stdout).map((l) => [l.id, l.title, l.errors.map((e) => e.code)])).toEqual([
      ['a', 'Story a', []],
      ['b', 'Story b', []],
      ['gone', null, ['http-error']],
      ['c', 'Story c', []],
      ['d', 'Story d', []],
    ]);
    expect(result.code).toBe(1);
  });

  test('a batch file that does not exist gives one error result', async () => {
    const missing = join(dir, 'nope.jsonl');
    const result = await run(['extract', '--input-format', 'jsonl', missing]);
    expect(result.code).toBe(1);
    expect(jsonLines(result.stdout)).toEqual([expect.objectContaining({ id: missing, errors: [expect.objectContaining({ code: 'not-found' })] })]);
  });
});
