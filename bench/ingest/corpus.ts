/**
 * Builds the ingest benchmark's corpus: the ScrapingHub pages repeated until there are `size` of
 * them, each copy after the first with a small textual change, so every page has its own content
 * hash (a byte-identical copy would be skipped before analysis and measure nothing). The copies
 * stay near-identical, as syndicated news is: the store's near-duplicate linking and event
 * clustering do real work on them.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Copy `n` of a page: a short sentence naming the copy opens its first paragraph. */
export function variant(html: string, n: number): string {
  if (n === 0) return html;
  const note = `Update ${n}: this report was revised. `;
  const at = html.search(/<p[\s>]/i);
  const open = at < 0 ? -1 : html.indexOf('>', at);
  if (open < 0) return `${html}\n<!-- copy ${n} -->`;
  return `${html.slice(0, open + 1)}${note}${html.slice(open + 1)}`;
}

/**
 * Writes `size` HTML pages into `outDir` (created), cycling through the `.html` files of
 * `sourceDir` in name order, and returns the number written.
 */
export function buildCorpus(sourceDir: string, outDir: string, size: number): number {
  const names = readdirSync(sourceDir).filter((f) => f.endsWith('.html')).sort();
  if (names.length === 0) throw new Error(`no .html pages in ${sourceDir}`);
  const pages = names.map((f) => readFileSync(join(sourceDir, f), 'utf8'));
  mkdirSync(outDir, { recursive: true });
  for (let i = 0; i < size; i++) {
    const copy = Math.floor(i / pages.length);
    writeFileSync(join(outDir, `${String(i).padStart(6, '0')}.html`), variant(pages[i % pages.length] as string, copy));
  }
  return size;
}
