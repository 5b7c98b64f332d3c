/**
 * Turns a peer extractor's HTML output (Defuddle's and article-extractor's `content`) into plain
 * text the way sitrep's own text is built: one block per block-level element, blocks joined by a
 * blank line, whitespace inside a block collapsed. Scoring every extractor's text through the same
 * shape keeps the shingle metric from rewarding or punishing a peer for its output format: the
 * metric's `\w+` tokens would otherwise fuse words across `</p><p>` when tags are just removed.
 */
import { Parser } from 'htmlparser2';
import tags from './block-tags.json' with { type: 'json' };

const BLOCK = new Set(tags.block);
const LINE_BREAK = new Set(tags.lineBreak);
const SKIP = new Set(tags.skip);

/** Plain text of an HTML fragment: blocks separated by "\n\n", `<br>` as "\n". */
export function htmlToText(html: string): string {
  const blocks: string[] = [];
  let lines: string[] = [];
  let current = '';
  let skipDepth = 0;

  const endLine = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const endBlock = () => {
    endLine();
    if (lines.length > 0) blocks.push(lines.join('\n'));
    lines = [];
  };

  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skipDepth++;
        else if (BLOCK.has(name)) endBlock();
        else if (LINE_BREAK.has(name)) endLine();
      },
      onclosetag(name) {
        if (SKIP.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else if (BLOCK.has(name)) endBlock();
      },
      ontext(text) {
        if (skipDepth === 0) current += text;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  endBlock();
  return blocks.join('\n\n');
}
