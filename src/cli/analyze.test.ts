import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import type { AnalysisResult } from '../analysis.js';
import { main } from './main.js';

async function run(args: string[], stdin: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    stdin: Readable.from([Buffer.from(stdin)]),
  });
  return { code, stdout, stderr };
}

// A short clean text: the text-dump reader would look for a prose run and drop the short line.
const CLEAN = 'Share\n\nMr Kerry met Mr Lavrov in Paris on Monday, officials said, and they agreed to meet again.\n';

describe('sitrep analyze', () => {
  test('prints entities with offsets into the text as JSON', async () => {
    const { code, stdout } = await run(['analyze', '-', '--format', 'json', '--date', '2014-01-13'], CLEAN);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as AnalysisResult;
    const paris = result.entities.find((e) => e.text === 'Paris');
    expect(paris?.type).toBe('LOC');
    expect(result.text.slice(paris!.start, paris!.end)).toBe('Paris');
  });

  test.each([
    ['keeps every paragraph with --no-extract', ['--no-extract'], ['Share', 'Mr']],
    ['extracts the article by default', [], ['Mr']],
  ])('%s', async (_label, flags, firstWords) => {
    const { stdout } = await run(['analyze', '-', '--format', 'json', ...flags], CLEAN);
    const result = JSON.parse(stdout) as AnalysisResult;
    expect(result.paragraphs.map((p) => p.text.split(' ')[0])).toEqual(firstWords);
  });
});
