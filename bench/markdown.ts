/**
 * Markdown helpers for docs/BENCHMARKS.md: tables, and merging the sections a run measured into
 * the existing document so that `--only=<section>` refreshes one section and keeps the others.
 */

/** Column alignment in a Markdown table. */
export type Align = 'left' | 'right';

/** Renders a Markdown table. Cells are pre-formatted strings; pipes in cells are escaped. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[] = []): string {
  const escape = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const rule = header.map((_, i) => (align[i] === 'right' ? '---:' : '---'));
  return [
    `| ${header.map(escape).join(' | ')} |`,
    `| ${rule.join(' | ')} |`,
    ...rows.map((r) => `| ${header.map((_, i) => escape(r[i] ?? '')).join(' | ')} |`),
  ].join('\n');
}

/** One section of the benchmark document, as a run produced it. */
export interface DocSection {
  /** Section id (the `--only=` name); also the marker name in the document. */
  name: string;
  /** Markdown body, starting with its own `##` heading. */
  markdown: string;
}

const MARKER = /<!-- bench:([\w-]+):start -->\n([\s\S]*?)\n<!-- bench:\1:end -->/g;

/** The sections found in an existing benchmark document, in document order. */
export function parseSections(doc: string): DocSection[] {
  return [...doc.matchAll(MARKER)].map((m) => ({ name: m[1] as string, markdown: m[2] as string }));
}

/** Wraps one section in the markers {@link parseSections} reads back. */
export function wrapSection(section: DocSection): string {
  return `<!-- bench:${section.name}:start -->\n${section.markdown.trim()}\n<!-- bench:${section.name}:end -->`;
}

/**
 * Builds the document: `preamble`, then every section in `order` — the fresh one where this run
 * measured it, else the one already in `existing` — then any older sections no longer in `order`
 * (kept rather than silently dropped).
 */
export function mergeDocument(preamble: string, existing: string, fresh: readonly DocSection[], order: readonly string[]): string {
  const old = new Map(parseSections(existing).map((s) => [s.name, s]));
  const now = new Map(fresh.map((s) => [s.name, s]));
  const names = [...order, ...[...old.keys()].filter((n) => !order.includes(n))];
  const parts: string[] = [];
  for (const name of names) {
    const s = now.get(name) ?? old.get(name);
    if (s) parts.push(wrapSection(s));
  }
  return `${preamble.trim()}\n\n${parts.join('\n\n')}\n`;
}
