/**
 * The `dates` suite: date resolution on hand-written news sentences (eval/fixtures/dates.json),
 * each with a reference (publication) date or none. An item is right when the dates layer has a
 * date with the expected text whose value and precision are the expected ones (with no
 * publication date, a relative date must stay unresolved: value null). The `tense` group holds
 * bare weekdays and weekends whose direction the governing verb's tense decides.
 */
import { datesStage } from '../src/nlp/dates/stage.js';
import { runStages } from '../src/nlp/test-doc.js';
import { tokensStage } from '../src/nlp/tokens/stage.js';
import fixture from './fixtures/dates.json' with { type: 'json' };
import { markdownTable } from './suite.js';
import type { Suite, SuiteResult } from './suite.js';

interface Item {
  text: string;
  published: string | null;
  date: string;
  value: string | { start: string; end: string } | null;
  precision: string;
  /** `tense`: a bare weekday or weekend placed by the tense of its verb ("X on Tuesday rejected Y"). */
  group?: string;
}

export const datesSuite: Suite = {
  name: 'dates',
  needs: '.',
  async run(): Promise<SuiteResult> {
    const items = fixture.items as Item[];
    const groups = new Map<string, { n: number; found: number; right: number }>();
    const misses: string[][] = [];
    for (const item of items) {
      const doc = await runStages([item.text], [tokensStage, datesStage], item.published ?? undefined);
      const got = doc.layer('dates')!.find((d) => d.text === item.date);
      const right = got !== undefined && JSON.stringify(got.value) === JSON.stringify(item.value) && got.precision === item.precision;
      const group = item.group === 'tense' ? 'relative days by verb tense (anchored)' : item.published === null ? 'no publication date' : item.value !== null && typeof item.value === 'object' ? 'ranges (anchored)' : 'points (anchored)';
      const g = groups.get(group) ?? { n: 0, found: 0, right: 0 };
      g.n++;
      if (got) g.found++;
      if (right) g.right++;
      groups.set(group, g);
      if (!right) misses.push([item.text, item.published ?? '—', JSON.stringify(item.value), got ? `${JSON.stringify(got.value)} (${got.precision})` : 'not found']);
    }
    const rows = [...groups].map(([name, g]) => [name, g.n, g.found / g.n, g.right / g.n]);
    const total = items.length;
    const right = [...groups.values()].reduce((a, g) => a + g.right, 0);
    const found = [...groups.values()].reduce((a, g) => a + g.found, 0);
    rows.push(['all', total, found / total, right / total]);
    const missTable = misses.length ? `\n\nMisses:\n\n${markdownTable(['sentence', 'published', 'expected', 'got'], misses)}` : '';
    return {
      name: 'dates',
      title: 'Dates',
      metrics: { accuracy: right / total, found: found / total },
      markdown: `${markdownTable(['items', 'n', 'found', 'value + precision right'], rows)}${missTable}\n`,
    };
  },
};
