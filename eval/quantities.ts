/**
 * The `quantities` suite: number reading on hand-written news sentences
 * (eval/fixtures/quantities.json). Per item: found (a quantity with the expected span text),
 * value, qualifier and kind right (all three), and for counts the head noun right.
 */
import { quantitiesStage } from '../src/nlp/quantities/stage.js';
import { runStages } from '../src/nlp/test-doc.js';
import { tokensStage } from '../src/nlp/tokens/stage.js';
import fixture from './fixtures/quantities.json' with { type: 'json' };
import { markdownTable } from './suite.js';
import type { Suite, SuiteResult } from './suite.js';

interface Item {
  text: string;
  span: string;
  value: number;
  qualifier: string;
  kind: string;
  noun?: string;
}

export const quantitiesSuite: Suite = {
  name: 'quantities',
  needs: '.',
  async run(): Promise<SuiteResult> {
    const items = fixture.items as Item[];
    const byKind = new Map<string, { n: number; found: number; right: number; nouns: number; nounRight: number }>();
    const misses: string[][] = [];
    for (const item of items) {
      const doc = await runStages([item.text], [tokensStage, quantitiesStage]);
      const got = doc.layer('quantities')!.find((q) => q.text === item.span);
      const right = got !== undefined && got.value === item.value && got.qualifier === item.qualifier && got.kind === item.kind;
      const group = item.kind === 'count' || item.kind === 'duration' ? item.kind : 'not a count';
      const g = byKind.get(group) ?? { n: 0, found: 0, right: 0, nouns: 0, nounRight: 0 };
      g.n++;
      if (got) g.found++;
      if (right) g.right++;
      if (item.noun !== undefined) {
        g.nouns++;
        if (got?.noun?.text === item.noun) g.nounRight++;
      }
      byKind.set(group, g);
      if (!right || (item.noun !== undefined && got?.noun?.text !== item.noun)) {
        misses.push([item.text, `${item.span}: ${item.value} ${item.qualifier} ${item.kind} ${item.noun ?? ''}`, got ? `${got.text}: ${got.value} ${got.qualifier} ${got.kind} ${got.noun?.text ?? ''}` : 'not found']);
      }
    }
    const sum = (f: (g: { n: number; found: number; right: number; nouns: number; nounRight: number }) => number) => [...byKind.values()].reduce((a, g) => a + f(g), 0);
    const rows: (string | number)[][] = [...byKind].map(([k, g]) => [k, g.n, g.found / g.n, g.right / g.n, g.nouns ? g.nounRight / g.nouns : '—']);
    const n = items.length;
    rows.push(['all', n, sum((g) => g.found) / n, sum((g) => g.right) / n, sum((g) => g.nounRight) / sum((g) => g.nouns)]);
    const missTable = misses.length ? `\n\nMisses:\n\n${markdownTable(['sentence', 'expected', 'got'], misses)}` : '';
    return {
      name: 'quantities',
      title: 'Quantities',
      metrics: { accuracy: sum((g) => g.right) / n, noun_accuracy: sum((g) => g.nounRight) / sum((g) => g.nouns) },
      markdown: `${markdownTable(['items', 'n', 'found', 'value + qualifier + kind right', 'head noun right'], rows)}${missTable}\n`,
    };
  },
};
