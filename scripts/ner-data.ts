/**
 * Shared loading for the NER scripts and eval: the GMB corpus split (the last 2,000 sentences are
 * held out for evaluation and never trained on) and the unlabelled ScrapingHub page text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHTML } from 'entities';
import { parseGmb } from '../src/nlp/entities/gmb.js';
import type { LabelledSentence } from '../src/nlp/entities/gmb.js';

/** Sentences held out at the end of the GMB file. */
export const HELD_OUT = 2000;

/** Path of the GMB CSV under the shared data folder. */
export const GMB_PATH = 'ner/gmb/ner_dataset.csv';

/** Reads GMB (windows-1252) and splits it into train and held-out parts. */
export function loadGmbSplit(sharedData: string): { train: LabelledSentence[]; heldOut: LabelledSentence[] } {
  const text = new TextDecoder('windows-1252').decode(readFileSync(join(sharedData, GMB_PATH)));
  const all = parseGmb(text);
  return { train: all.slice(0, all.length - HELD_OUT), heldOut: all.slice(all.length - HELD_OUT) };
}

/** Crude text of each ScrapingHub benchmark page: scripts, styles and tags removed, entities decoded. */
export function loadPageTexts(sharedData: string): string[] {
  const dir = join(sharedData, 'extraction/scrapinghub/html');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) =>
      decodeHTML(
        readFileSync(join(dir, f), 'utf8')
          .replace(/<(script|style|noscript|svg)\b[\s\S]*?<\/\1\s*>/gi, ' ')
          .replace(/<!--[\s\S]*?-->/g, ' ')
          .replace(/<\/?(p|div|br|li|h\d|td|tr|section|article|header|footer|title)\b[^>]*>/gi, '\n')
          .replace(/<[^>]+>/g, ' '),
      ),
    );
}

