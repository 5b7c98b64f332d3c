/** The import-boundary rule: stages import only core/, never each other (DEVELOPERS.md, Architecture). */
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

async function restricted(filePath: string, code: string): Promise<boolean> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).some((m) => m.ruleId === 'no-restricted-imports');
}

describe('import boundaries', () => {
  test.each([
    ['src/extract/x.ts', "import { readInput } from '../ingest/index.js';"],
    ['src/ingest/x.ts', "import { extractStage } from '../extract/stage.js';"],
    ['src/nlp/x.ts', "import { extractStage } from '../extract/index.js';"],
    ['src/extract/html/x.ts', "import { defaultPipeline } from '../../default-pipeline.js';"],
    ['src/core/x.ts', "import { extract } from '../article.js';"],
  ])('%s may not import %s', async (file, code) => {
    expect(await restricted(file, `${code}\nexport const x = 1;\n`)).toBe(true);
  });

  test.each([
    ['src/extract/x.ts', "import { Document } from '../core/index.js';"],
    ['src/extract/html/x.ts', "import type { Block } from '../block.js';"],
    ['src/cli/x.ts', "import { extract } from '../article.js';"],
  ])('%s may import %s', async (file, code) => {
    expect(await restricted(file, `${code}\nexport const x = 1;\n`)).toBe(false);
  });
});
