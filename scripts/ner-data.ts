/**
 * Shared loading for the NER scripts and eval: the GMB corpus split (the last 2,000 sentences are
 * held out for evaluation and never trained on) and unlabelled news text: the ScrapingHub page
 * text and the newswire sentences of the event-location corpus.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

/**
 * Unlabelled newswire sentences (AP, AFP, Xinhua, Al-Masdar… 1995-2018) from the event-location
 * corpus (events/event_location), deduplicated, in file order. Its gold check records
 * (`source: RELABEL`, the event-location suite's check split) are left out. Empty when the
 * corpus is absent.
 */
export function loadNewsSentences(sharedData: string): string[] {
  const zip = join(sharedData, 'events/event_location/labeled_text.jsonl.zip');
  if (!existsSync(zip)) return [];
  const raw = execFileSync('unzip', ['-p', zip, 'labeled_text.jsonl'], { maxBuffer: 256 * 1024 * 1024 }).toString('utf8');
  const records = JSON.parse(raw) as { text: string; source?: string }[];
  const seen = new Set<string>();
  for (const r of records) if (r.source !== 'RELABEL' && typeof r.text === 'string') seen.add(r.text.trim());
  return [...seen];
}
