/**
 * Shared loading for the NER scripts and eval: the GMB corpus split (the last 2,000 sentences are
 * held out for evaluation and never trained on) and the unlabelled ScrapingHub page text.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHTML } from 'entities';
import { parseGmb } from '../src/nlp/entities/gmb.js';
import type { LabelledSentence } from '../src/nlp/entities/gmb.js';
import { parseCsv } from './ngec-data.js';

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
 * More UNLABELLED news-style text, as paragraphs (labels never read): the sentences of the
 * event-location corpus (events/event_location, deduplicated; other agencies and years than GMB)
 * and the story texts of NGEC's synthetic event stories (events/ngec_synthetic, Reuters/AP style).
 * Either source is skipped when missing.
 */
export function loadUnlabelledNews(sharedData: string): string[] {
  const out: string[] = [];
  const loc = join(sharedData, 'events/event_location/labeled_text.jsonl.zip');
  if (existsSync(loc)) {
    const raw = execFileSync('unzip', ['-p', loc, 'labeled_text.jsonl'], { maxBuffer: 256 * 1024 * 1024 }).toString('utf8');
    const seen = new Set<string>();
    for (const line of raw.split('\n')) {
      if (!line.trim()) continue;
      for (const r of JSON.parse(line) as { text?: string }[]) {
        if (typeof r.text !== 'string' || seen.has(r.text)) continue;
        out.push(r.text);
        seen.add(r.text);
      }
    }
  }
  const ngec = join(sharedData, 'events/ngec_synthetic/gpt_synthetic_events_2023-10-19_19.csv.zip');
  if (existsSync(ngec)) {
    const rows = parseCsv(execFileSync('unzip', ['-p', ngec], { maxBuffer: 256 * 1024 * 1024 }).toString('utf8'));
    const col = rows[0]?.indexOf('text') ?? -1;
    if (col >= 0) for (const r of rows.slice(1)) if (r[col]) out.push(...(r[col] as string).split(/\n+/));
  }
  return out;
}
