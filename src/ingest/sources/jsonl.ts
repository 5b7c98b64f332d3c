import { createReadStream } from 'node:fs';
import { readBatch, unknownFieldsNote } from '../batch.js';
import type { ByteStream } from '../read-stream.js';
import { toFailure } from './source-errors.js';
import type { PageInput, SourceItem } from './types.js';

/**
 * Streams a batch JSONL file (or stdin, `-`; gzip too) and yields one page per valid line, one
 * failure per bad line (reading goes on), and a failure for damage that stops the reading.
 * Page uris are `jsonl:<file>#<id>`, as in `sitrep extract` batch mode.
 */
export async function* expandJsonl(file: string, stdin?: ByteStream): AsyncGenerator<SourceItem> {
  const stream = file === '-' && stdin !== undefined ? stdin : createReadStream(file);
  try {
    for await (const parsed of readBatch(stream, file)) {
      if (!parsed.ok) {
        yield toFailure(parsed.error, `${file}:${parsed.line}`, file);
        continue;
      }
      const item = parsed.item;
      const note = unknownFieldsNote(item, file);
      const page: PageInput = {
        type: 'page',
        uri: `jsonl:${file}#${item.id}`,
        id: item.id,
        from: file,
        content: item.html !== undefined ? { kind: 'html', html: item.html } : item.text !== undefined ? { kind: 'text', text: item.text } : { kind: 'spec', spec: item.url ?? '' },
        ...(item.url === undefined ? {} : { url: item.url }),
        ...(item.date === undefined ? {} : { date: item.date }),
        ...(note === undefined ? {} : { notes: [note] }),
      };
      yield page;
    }
  } catch (error) {
    yield toFailure(error, file);
  }
}
