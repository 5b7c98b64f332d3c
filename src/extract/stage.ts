import type { Document, OffsetSegment, Paragraph, Stage } from '../core/index.js';
import { OffsetMap } from '../core/index.js';
import type { Block } from './block.js';
import { parseHtml } from './dom.js';
import { extractBody } from './html/body.js';
import { extractMetadata } from './metadata/metadata.js';
import { extractTextDump } from './text-dump/text-dump.js';
import { verbatimBlocks } from './verbatim.js';

/** Text placed between body blocks in `doc.text`. */
export const BLOCK_SEPARATOR = '\n\n';

/**
 * The extract stage: source page → clean article text, paragraphs layer, metadata, and the
 * text→source offset map. HTML goes through the DOM cascade; plain text through the dump reader.
 */
export const extractStage: Stage = {
  name: 'extract',
  version: 1,
  requires: ['source'],
  assigns: ['text', 'meta', 'paragraphs'],
  run(doc: Document) {
    const { raw, mediaType, url } = doc.source;
    let blocks: Block[];
    if (mediaType === 'text/html') {
      const dom = parseHtml(raw);
      doc.meta = extractMetadata(dom, raw, url === undefined ? {} : { url });
      const title = doc.meta.title?.value;
      blocks = extractBody(dom, raw, title === undefined ? {} : { title });
    } else if (doc.source.preExtracted) {
      blocks = verbatimBlocks(raw);
    } else {
      const dump = extractTextDump(raw);
      doc.meta = dump.meta;
      blocks = dump.blocks;
    }
    if (doc.source.date && !doc.meta.published) {
      doc.meta.published = { value: doc.source.date, from: 'given' };
    }
    if (doc.source.url && !doc.meta.url) doc.meta.url = { value: doc.source.url, from: 'given' };
    const { text, offsets, paragraphs } = joinBlocks(blocks);
    doc.setText(text, offsets);
    doc.setLayer('paragraphs', paragraphs);
    if (paragraphs.length === 0) {
      doc.message(noArticleReason(doc.source.uri, raw), {
        source: 'extract',
        ruleId: 'no-article',
        severity: 'error',
      });
    }
    return doc;
  },
};

/** Feeds and web archives are lists of pages: `sitrep ingest` reads them, one article at a time. */
const CONTAINER_FORMATS: readonly { name: string; signature: RegExp }[] = [
  { name: 'a WARC web archive', signature: /^WARC\/1\.[01]\r?\n/ },
  { name: 'an RSS or Atom feed', signature: /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>]/i },
  { name: 'a sitemap', signature: /^\s*(?:<\?xml[^>]*>\s*)?<(?:urlset|sitemapindex)[\s>]/i },
];

/** Why a page gave no article text, and what to do: a feed or archive names `sitrep ingest`. */
export function noArticleReason(uri: string, raw: string): string {
  const head = raw.slice(0, 2000);
  const container = CONTAINER_FORMATS.find((f) => f.signature.test(head));
  if (container) return `no article text found in ${uri}: it is ${container.name}, a list of pages, not one page; read its articles with \`sitrep ingest ${uri}\``;
  return `no article text found in ${uri}; check that the page is an article, not an index or a login page`;
}

/** Joins blocks into one text with {@link BLOCK_SEPARATOR}, keeping every block's source offsets. */
export function joinBlocks(blocks: readonly Block[]): { text: string; offsets: OffsetMap; paragraphs: Paragraph[] } {
  let text = '';
  const segments: OffsetSegment[] = [];
  const paragraphs: Paragraph[] = [];
  for (const block of blocks) {
    if (!block.text) continue;
    if (text) text += BLOCK_SEPARATOR;
    const base = text.length;
    text += block.text;
    for (const s of block.segments) {
      segments.push({ textStart: base + s.start, textEnd: base + s.end, sourceStart: s.sourceStart, sourceEnd: s.sourceEnd });
    }
    paragraphs.push({ start: base, end: text.length, kind: block.kind, ...(block.level === undefined ? {} : { level: block.level }) });
  }
  return { text, offsets: new OffsetMap(segments), paragraphs };
}
