import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { extract } from './article.js';

const PAGE = '<html><head><title>Quake</title></head><body><article><p>An earthquake struck the city early on Tuesday, officials said, damaging dozens of buildings.</p></article></body></html>';

describe('extract', () => {
  test('an in-memory page reports how it was decoded', async () => {
    expect(await extract({ html: PAGE }, { id: 'q1' })).toMatchObject({ id: 'q1', title: 'Quake', encoding: 'utf-8', encodingSource: 'given', errors: [] });
  });

  test('ingest warnings become result warnings', async () => {
    const result = await extract({ html: PAGE.replace('officials said', 'officials saidâ€™') }, { id: 'q2' });
    expect(result.warnings).toEqual([expect.stringMatching(/^q2: repaired 1 UTF-8 sequence/)]);
    expect(result.text).toContain('officials said’');
  });

  test('caller notes are added as warnings', async () => {
    const result = await extract({ html: PAGE }, { id: 'q3', notes: [{ code: 'unknown-field', message: 'b.jsonl:1: ignored unknown field "x"' }] });
    expect(result.warnings).toEqual(['b.jsonl:1: ignored unknown field "x"']);
  });

  test('an unreadable input gives an error result, never a throw', async () => {
    const result = await extract('-', { stdin: Readable.from([Buffer.from('%PDF-1.4\n')]) });
    expect(result).toMatchObject({ id: '-', title: null, text: '', paragraphs: [], encoding: null, encodingSource: null });
    expect(result.errors).toEqual([{ code: 'binary-input', message: expect.stringMatching(/^-: this is a PDF document/) }]);
  });
});
