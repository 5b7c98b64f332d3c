/**
 * The `cameo` suite: the Example rows of the CAMEO 1.1b3 manual's verb codebook (parsed by
 * `cameo-manual.ts`), each run through the full pipeline as one short text, scored on the CAMEO root
 * (two digits) of its primary events and of any event, and on the PLOVER type its code maps to in our
 * lexicon's CAMEO → PLOVER table. The PLOVER gold records are taken from the same manual, so an
 * example that is also a PLOVER record keeps that record's half (the plover suite's: even = dev, odd =
 * check); every other example goes by the parity of its position among the parsed examples.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/analysis.js';
import { cameoInfo } from '../src/events/lexicon/cameo.js';
import { parseCameoExamples, parseCodeList } from './cameo-manual.js';
import type { CameoExample } from './cameo-manual.js';
import { chosenEvents } from './petrarch.js';
import { markdownTable } from './suite.js';
import type { Suite, SuiteResult } from './suite.js';

const MANUAL = 'events/cameo/CAMEO.Manual.1.1b3.md';
const CODES = 'events/cameo/CAMEO.eventcodes.txt';
const PLOVER = 'events/plover/PLOVER_GSR_CAMEO.txt';

/** The PLOVER type a CAMEO code maps to in our table, from the nearest listed ancestor ("1834" → "183"); undefined for codes PLOVER drops. */
export function ploverTypeOf(code: string): string | undefined {
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
    const info = cameoInfo(c);
    if (info) return info.plover?.type;
  }
  return undefined;
}

/** Letters and digits only, for matching an example to a PLOVER record's (sometimes cut) text. */
const key = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');
/** Characters of a record's text an example must share at its start to count as the same sentence. */
const SAME_START = 40;

/** The PLOVER records' halves (as the plover suite splits them: even = dev) by their first letters. */
export function recordHalves(texts: readonly string[]): Map<string, 'dev' | 'check'> {
  const out = new Map<string, 'dev' | 'check'>();
  texts.forEach((text, k) => {
    const start = key(text).slice(0, SAME_START);
    if (start.length === SAME_START) out.set(start, k % 2 === 0 ? 'dev' : 'check');
  });
  return out;
}

/**
 * Which half an example belongs to: the PLOVER record's half when the example is one of them (the
 * same first {@link SAME_START} letters), else the parity of its position (even = dev).
 */
export function halfOf(example: CameoExample, ploverHalf: ReadonlyMap<string, 'dev' | 'check'>): 'dev' | 'check' {
  return recordHalf(example, ploverHalf) ?? (example.position % 2 === 0 ? 'dev' : 'check');
}

const isPloverRecord = (example: CameoExample, ploverHalf: ReadonlyMap<string, 'dev' | 'check'>) => recordHalf(example, ploverHalf) !== undefined;

/** The half of the PLOVER record the example is, if it is one. */
function recordHalf(example: CameoExample, ploverHalf: ReadonlyMap<string, 'dev' | 'check'>): 'dev' | 'check' | undefined {
  const k = key(example.text);
  for (let i = 0; i + SAME_START <= k.length; i++) {
    const half = ploverHalf.get(k.slice(i, i + SAME_START));
    // Only at a sentence start: the example row may hold two sentences, the record one of them.
    if (half && (i === 0 || /[.!?]["”']?\s*$/.test(example.text.slice(0, textIndex(example.text, i))))) return half;
  }
  return undefined;
}

/** The index in `text` where its `n`-th kept (letter or digit) character is. */
function textIndex(text: string, n: number): number {
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    if (/[a-z0-9]/i.test(text[i]!)) {
      if (seen === n) return i;
      seen++;
    }
  }
  return text.length;
}

interface Tally { n: number; primaryRoot: number; primaryCode: number; anyRoot: number; typed: number; type: number; noEvent: number; roots: Map<string, [number, number]> }

const tally = (): Tally => ({ n: 0, primaryRoot: 0, primaryCode: 0, anyRoot: 0, typed: 0, type: 0, noEvent: 0, roots: new Map() });
const share = (a: number, n: number) => (n === 0 ? 0 : a / n);

export const cameoSuite: Suite = {
  name: 'cameo',
  needs: MANUAL,
  async run(shared: string): Promise<SuiteResult> {
    // Without the code list only explicit numbers and bare headers place an example; the roots still hold.
    const codeList = existsSync(join(shared, CODES)) ? parseCodeList(readFileSync(join(shared, CODES), 'utf8')) : new Map<string, string>();
    const examples = parseCameoExamples(readFileSync(join(shared, MANUAL), 'utf8'), codeList);
    let ploverHalf: ReadonlyMap<string, 'dev' | 'check'> = new Map();
    try {
      const records = (JSON.parse(readFileSync(join(shared, PLOVER), 'utf8')) as { event: string; text?: string }[]).filter((r) => r.event !== 'DOCUMENT' && r.text);
      ploverHalf = recordHalves(records.map((r) => r.text ?? ''));
    } catch {
      // Without the PLOVER records every example goes by parity.
    }
    const halves = { dev: tally(), check: tally() };
    let asRecords = 0;
    for (const ex of examples) {
      const half = halfOf(ex, ploverHalf);
      if (isPloverRecord(ex, ploverHalf)) asRecords++;
      const t = halves[half];
      const r = await analyze({ text: ex.text }, { preExtracted: true, date: '2000-01-01' });
      const chosen = chosenEvents(r.events);
      const gold = ploverTypeOf(ex.code);
      t.n++;
      const rootRight = chosen.some((e) => e.cameo.slice(0, 2) === ex.root);
      if (rootRight) t.primaryRoot++;
      // The full code (sub-codes such as 0253 "appeal for the release of persons" or 1831 "suicide bombing").
      if (chosen.some((e) => e.cameo === ex.code)) t.primaryCode++;
      if (r.events.some((e) => e.cameo.slice(0, 2) === ex.root)) t.anyRoot++;
      if (r.events.length === 0) t.noEvent++;
      if (gold) {
        t.typed++;
        if (chosen.some((e) => e.type === gold)) t.type++;
      }
      const row = t.roots.get(ex.root) ?? [0, 0];
      t.roots.set(ex.root, [row[0] + (rootRight ? 1 : 0), row[1] + 1]);
    }
    const line = (name: string, t: Tally) => [name, t.n, share(t.primaryRoot, t.n), share(t.primaryCode, t.n), share(t.anyRoot, t.n), t.typed, share(t.type, t.typed), share(t.noEvent, t.n)];
    const roots = [...new Set([...halves.dev.roots.keys(), ...halves.check.roots.keys()])].sort();
    const cell = (t: Tally, r: string) => {
      const [right, n] = t.roots.get(r) ?? [0, 0];
      return `${right}/${n}`;
    };
    return {
      name: 'cameo',
      title: 'CAMEO manual examples',
      metrics: {
        devPrimaryRootAccuracy: share(halves.dev.primaryRoot, halves.dev.n),
        checkPrimaryRootAccuracy: share(halves.check.primaryRoot, halves.check.n),
        devAnyRootAccuracy: share(halves.dev.anyRoot, halves.dev.n),
        checkAnyRootAccuracy: share(halves.check.anyRoot, halves.check.n),
        devPrimaryCodeAccuracy: share(halves.dev.primaryCode, halves.dev.n),
        checkPrimaryCodeAccuracy: share(halves.check.primaryCode, halves.check.n),
        devPloverTypeAccuracy: share(halves.dev.type, halves.dev.typed),
        checkPloverTypeAccuracy: share(halves.check.type, halves.check.typed),
      },
      markdown: `${markdownTable(['half', 'examples', 'primary root right', 'primary full code right', 'some event of the root', 'examples with a PLOVER type', 'PLOVER type right (primary)', 'no event'], [line('dev', halves.dev), line('check', halves.check)])}\n\n` +
        `${examples.length} Example rows of the verb codebook (chapter 2 of \`CAMEO.Manual.1.1b3.md\`), each run as one text; an example's code is that of the codebook entry it sits in (\`eval/cameo-manual.ts\`). ` +
        'Primary root right: some primary event (the main clause\'s; the first event when none is primary) has the example\'s CAMEO root (full code: its whole code, sub-code included). PLOVER type: the type the code maps to in `src/events/lexicon/data/cameo.json` (examples of codes PLOVER drops, most of CAMEO 01, are left out of that column). ' +
        `Split: an example that is also a PLOVER gold record (${asRecords} of them) keeps that record's half (even = dev, odd = check); the others go by the parity of their position among the parsed examples (even = dev).\n\n` +
        `By root (primary root right / examples):\n\n${markdownTable(['root', 'dev', 'check'], roots.map((r) => [r, cell(halves.dev, r), cell(halves.check, r)]))}\n`,
    };
  },
};
