/**
 * The ScrapingHub article-extraction-benchmark corpus as the extraction benchmark uses it: every
 * page read into memory up front (file I/O is not part of any extractor's time), in id order so
 * every worker sees the same sequence.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The corpus folder under the shared data folder. */
export const CORPUS = 'extraction/scrapinghub';

/** One benchmark page. */
export interface CorpusPage {
  id: string;
  url: string;
  html: string;
  /** The gold article body. */
  gold: string;
}

interface GoldEntry {
  url: string;
  articleBody: string;
}

/** Reads gold.json and every page's HTML (UTF-8; all 181 pages of this corpus are). */
export function loadCorpus(dir: string): CorpusPage[] {
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Record<string, GoldEntry>;
  return Object.keys(gold)
    .sort()
    .map((id) => {
      const entry = gold[id] as GoldEntry;
      return { id, url: entry.url, gold: entry.articleBody, html: readFileSync(join(dir, 'html', `${id}.html`), 'utf8') };
    });
}
