/**
 * The `metadata` suite: how often sitrep finds each metadata field on the ScrapingHub benchmark
 * pages, and how often what it finds holds up. No gold exists for metadata, so the checks are:
 *
 * - coverage: share of pages where a field was found (title, published, byline, lang, siteName,
 *   standfirst);
 * - `titleVisible`: share of found titles written out in the page's visible text (the headline a
 *   reader sees, not an SEO string or a site name) — a check independent of `og:title`/`<title>`;
 * - `dateUrlAgreement`: where the URL carries a date and the date was read from elsewhere, the
 *   share within a day of the URL's date;
 * - `sampleAgreement`: share of fields that agree with a hand-checked sample
 *   (`eval/metadata-sample.json`: headline shown, date shown, people in the byline).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AnyNode, Element, Text } from 'domhandler';
import type { ArticleMeta } from '../src/core/index.js';
import { parseHtml } from '../src/extract/dom.js';
import { dateFromUrl } from '../src/extract/metadata/dates.js';
import { extractMetadata } from '../src/extract/metadata/metadata.js';
import { bylineNames, foldText, titleIsVisible, withinADay } from './metadata-checks.js';
import sample from './metadata-sample.json' with { type: 'json' };
import { markdownTable } from './suite.js';
import type { Suite, SuiteResult } from './suite.js';

const NEEDS = 'extraction/scrapinghub';
const FIELDS = ['title', 'published', 'byline', 'lang', 'siteName', 'standfirst', 'url'] as const;
const HIDDEN = new Set(['head', 'script', 'style', 'noscript', 'template', 'title']);

interface SampleEntry {
  title: string;
  published: string | null;
  byline: string[] | null;
}

/** The metadata suite (see the module comment). */
export const metadataSuite: Suite = {
  name: 'metadata',
  needs: NEEDS,
  async run(sharedData: string): Promise<SuiteResult> {
    const dir = join(sharedData, NEEDS);
    const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Record<string, { url: string }>;
    const ids = readdirSync(join(dir, 'html')).filter((f) => f.endsWith('.html')).map((f) => f.slice(0, -5)).sort();
    const found = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<(typeof FIELDS)[number], number>;
    const sources = new Map<string, number>();
    let titleVisible = 0;
    let urlDated = 0;
    let urlAgrees = 0;
    let sampleChecked = 0;
    let sampleAgrees = 0;
    const sampleRows: string[][] = [];
    let ms = 0;
    for (const id of ids) {
      const raw = readFileSync(join(dir, 'html', `${id}.html`), 'utf8');
      const url = gold[id]?.url;
      const dom = parseHtml(raw);
      const t0 = performance.now();
      const meta = extractMetadata(dom, raw, url === undefined ? {} : { url });
      ms += performance.now() - t0;
      for (const f of FIELDS) {
        const field = meta[f];
        if (!field) continue;
        found[f]++;
        const key = `${f} ← ${field.from.replace(/\[(\w+)=.*\]/, '[$1=…]')}`;
        sources.set(key, (sources.get(key) ?? 0) + 1);
      }
      if (meta.title && titleIsVisible(meta.title.value, visibleText(dom.children))) titleVisible++;
      const urlDate = url ? dateFromUrl(url) : undefined;
      if (urlDate && meta.published && meta.published.from !== 'url') {
        urlDated++;
        if (withinADay(meta.published.value, urlDate)) urlAgrees++;
      }
      const key = Object.keys(sample.pages).find((k) => id.startsWith(k));
      if (key) {
        const checked = checkSample(meta, (sample.pages as Record<string, SampleEntry>)[key]!);
        sampleChecked += checked.total;
        sampleAgrees += checked.agree;
        sampleRows.push([key, checked.notes.join('; ') || 'all agree']);
      }
    }
    const n = ids.length;
    const share = (k: number, of = n) => (of === 0 ? 0 : k / of);
    const metrics: Record<string, number> = {
      titleCoverage: share(found.title),
      dateCoverage: share(found.published),
      bylineCoverage: share(found.byline),
      langCoverage: share(found.lang),
      siteNameCoverage: share(found.siteName),
      standfirstCoverage: share(found.standfirst),
      titleVisible: share(titleVisible, found.title),
      dateUrlAgreement: share(urlAgrees, urlDated),
      sampleAgreement: share(sampleAgrees, sampleChecked),
    };
    const markdown = [
      `${n} pages; metadata read in ${(ms / n).toFixed(2)} ms/page (parsing excluded).`,
      '',
      markdownTable(['metric', 'value'], Object.entries(metrics).map(([k, v]) => [k, v])),
      '',
      `\`titleVisible\`: of ${found.title} titles, ${titleVisible} appear in the visible page text. \`dateUrlAgreement\`: ${urlAgrees} of ${urlDated} pages whose URL carries a date. \`sampleAgreement\`: ${sampleAgrees} of ${sampleChecked} hand-checked fields.`,
      '',
      markdownTable(['field ← rule', 'pages'], [...sources].sort((a, b) => a[0].localeCompare(b[0])).map(([k, v]) => [k, v])),
      '',
      markdownTable(['sample page', 'disagreements'], sampleRows),
    ].join('\n');
    return { name: 'metadata', title: 'Metadata (ScrapingHub pages)', metrics, markdown };
  },
};

function checkSample(meta: ArticleMeta, expected: SampleEntry): { total: number; agree: number; notes: string[] } {
  const notes: string[] = [];
  let total = 0;
  let agree = 0;
  const check = (ok: boolean, note: string) => {
    total++;
    if (ok) agree++;
    else notes.push(note);
  };
  check(meta.title !== undefined && foldText(meta.title.value) === foldText(expected.title), `title: ${meta.title?.value ?? '—'}`);
  if (expected.published) check(meta.published !== undefined && withinADay(meta.published.value, expected.published), `published: ${meta.published?.value ?? '—'}`);
  if (expected.byline) check(meta.byline !== undefined && bylineNames(meta.byline.value, expected.byline), `byline: ${meta.byline?.value ?? '—'}`);
  return { total, agree, notes };
}

function visibleText(nodes: readonly AnyNode[], out: string[] = []): string {
  for (const node of nodes) {
    if (node.type === 'text') out.push((node as Text).data);
    else if (node.type === 'tag' && !HIDDEN.has((node as Element).name)) visibleText((node as Element).children, out);
  }
  return out.join(' ');
}
