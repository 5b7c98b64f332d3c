/**
 * The `ngec` suite: the trigger lexicon on the NGEC synthetic stories (MIT; GPT-written news stories,
 * each labelled with a PLOVER type) — a large second signal for trigger coverage that is not the PLOVER
 * gold. Only the odd-numbered stories are scored: the even half is the one looked at while writing
 * lexicon entries. For each story, the primary lexicon trigger of the first body sentence (found as the
 * event stage finds triggers, actor or not, no status shift) is compared with the story's type; "some
 * trigger of the type" is the share where any trigger of the headline or that sentence has it. The
 * stories' first sentences often tell background rather than the labelled event, so the numbers are low
 * by construction: use them to compare lexicon versions, not as accuracy. The sentence classifier that
 * chooses between a word's readings is trained on these stories (all of them), a small contamination.
 */
import { clauseRoles, primaryTrigger } from '../src/events/coder/clauses.js';
import { findTriggers } from '../src/events/coder/find-triggers.js';
import { bySentence, wordsBySentence } from '../src/events/coder/sentence-index.js';
import { Document } from '../src/core/index.js';
import type { Source } from '../src/core/index.js';
import { defaultPipeline } from '../src/default-pipeline.js';
import { NGEC_ZIP, ngecStories } from '../scripts/ngec-data.js';
import { markdownTable } from './suite.js';
import type { Suite, SuiteResult } from './suite.js';

interface Tally { n: number; primary: number; some: number; none: number }

/** Trigger types of a Document's sentences: each sentence's primary type (or undefined) and all types. */
function sentenceTriggers(doc: Document): { primary: string | undefined; all: string[] }[] {
  const words = wordsBySentence(doc);
  const spans = bySentence(doc.layer('sentences') ?? [], [...(doc.layer('actors') ?? []), ...(doc.layer('places') ?? [])].sort((a, b) => a.start - b.start));
  return words.map((ws, s) => {
    const blocked = new Set<number>();
    for (const m of spans[s] ?? []) for (const w of ws) if (w.start >= m.start && w.end <= m.end) blocked.add(w.i);
    const hits = findTriggers(ws, blocked, { fallback: false });
    const k = primaryTrigger(clauseRoles(ws, hits));
    return { primary: k >= 0 ? hits[k]!.entry.type : undefined, all: hits.map((h) => h.entry.type) };
  });
}

export const ngecSuite: Suite = {
  name: 'ngec',
  needs: NGEC_ZIP,
  async run(shared: string): Promise<SuiteResult> {
    const pipeline = defaultPipeline();
    const byType = new Map<string, Tally>();
    const all: Tally = { n: 0, primary: 0, some: 0, none: 0 };
    for (const [n, story] of ngecStories(shared).entries()) {
      if (n % 2 === 0) continue;
      // The headline and the body's first paragraph, as two paragraphs of one text.
      const raw = `${story.headline}\n\n${story.body.split(/\n\s*\n/)[0]!}`;
      const source: Source = { uri: `ngec:${n}`, id: String(n), mediaType: 'text/plain', raw, encoding: 'utf-8', encodingSource: 'given', fetchedAt: '2023-10-19T00:00:00Z', sha256: String(n), preExtracted: true, date: '2023-10-19' };
      const sentences = sentenceTriggers(await pipeline.run(new Document(source)));
      const first = sentences[1] ?? sentences[0];
      if (!first) continue;
      const t = byType.get(story.label) ?? { n: 0, primary: 0, some: 0, none: 0 };
      byType.set(story.label, t);
      const some = sentences.slice(0, 2).some((x) => x.all.includes(story.label));
      for (const x of [t, all]) {
        x.n++;
        if (first.primary === story.label) x.primary++;
        if (some) x.some++;
        if (first.primary === undefined) x.none++;
      }
    }
    const row = (name: string, t: Tally) => [name, t.n, t.primary / t.n, t.some / t.n, t.none / t.n];
    return {
      name: 'ngec',
      title: 'NGEC synthetic stories (trigger lexicon, held-out odd half)',
      metrics: { primaryTriggerTypeAccuracy: all.primary / all.n, someTriggerOfType: all.some / all.n },
      markdown: `${markdownTable(['story type', 'stories', 'primary trigger of the type', 'some trigger of the type', 'no trigger'], [...[...byType].sort((a, b) => a[0].localeCompare(b[0])).map(([k, v]) => row(k, v)), row('**all**', all)])}\n\nThe odd-numbered stories of the NGEC synthetic set (the even half was looked at while writing lexicon entries). "Primary trigger of the type": the primary lexicon trigger of the body's first sentence (actor or not, no status shift, no classifier fallback); "some trigger": any trigger of the headline or that sentence. First sentences often tell background, so these are comparisons between lexicon versions, not accuracies; the classifier that chooses between a word's readings is trained on all of these stories.\n`,
    };
  },
};
