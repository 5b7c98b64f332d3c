/**
 * The NGEC synthetic stories (MIT, `../shared/data/events/ngec_synthetic`): a zip holding one CSV of
 * GPT-written stories with a PLOVER type each. Read by the type classifier's training script and by
 * the `ngec` eval suite (which scores only stories the lexicon work never looked at).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';

/** The zip's path under the shared data folder. */
export const NGEC_ZIP = join('events', 'ngec_synthetic', 'gpt_synthetic_events_2023-10-19_19.csv.zip');

/** One story: its PLOVER type (label), mode, headline (the prompt's first line) and body text. */
export interface NgecStory {
  label: string;
  mode: string;
  headline: string;
  body: string;
}

/** The one file inside a zip (central directory → local header → raw deflate). */
export function unzipFirst(path: string): string {
  const b = readFileSync(path);
  let eocd = b.length - 22;
  while (eocd >= 0 && b.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error(`${path}: not a zip`);
  const cd = b.readUInt32LE(eocd + 16);
  const method = b.readUInt16LE(cd + 10);
  const size = b.readUInt32LE(cd + 20);
  const local = b.readUInt32LE(cd + 42);
  const data = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
  const raw = b.subarray(data, data + size);
  return (method === 0 ? raw : inflateRawSync(raw)).toString('utf8');
}

/** RFC 4180 rows (quoted fields may hold commas, quotes and newlines). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/** Every labelled story of the zip under `sharedData`, in file order. */
export function ngecStories(sharedData: string): NgecStory[] {
  const rows = parseCsv(unzipFirst(join(sharedData, NGEC_ZIP)));
  const head = rows[0]!;
  const col = (n: string) => head.indexOf(n);
  const [iText, iPrompt, iLabel, iMode] = [col('text'), col('prompt'), col('label'), col('mode')];
  const out: NgecStory[] = [];
  for (const r of rows.slice(1)) {
    const label = r[iLabel];
    if (!label || r.length < head.length) continue;
    out.push({ label, mode: r[iMode] ?? '', headline: (r[iPrompt] ?? '').split('\n')[0]!.trim(), body: (r[iText] ?? '').trim() });
  }
  return out;
}
