import type { Source } from '../core/index.js';
import rules from './media-type.json' with { type: 'json' };

/** What a Content-Type header says about the body. */
export type HeaderKind = Source['mediaType'] | 'binary' | undefined;

/** How many leading characters the HTML sniff looks at. */
const SNIFF_CHARS = 4096;

const TAG = new RegExp(`<(?:${rules.htmlTags.map((t) => t.replace(/[!-]/g, (c) => `\\${c}`)).join('|')})(?=[\\s/>]|$)`, 'i');
const DOCTYPE_OR_COMMENT = /^\s*<(?:!doctype|\?xml|!--)/i;

/** The media type named by a Content-Type value (`text/html; charset=…` → `text/html`). */
export function essence(contentType: string): string {
  return (contentType.split(';')[0] ?? '').trim().toLowerCase();
}

/** Classifies a Content-Type header. */
export function headerKind(contentType: string | undefined): HeaderKind {
  if (contentType === undefined) return undefined;
  const type = essence(contentType);
  if (rules.htmlTypes.includes(type)) return 'text/html';
  if (rules.textTypes.includes(type)) return 'text/plain';
  if (rules.binaryTypePrefixes.some((p) => type.startsWith(p))) return 'binary';
  return undefined;
}

/** Classifies a path or URL by its extension, looking through a trailing `.gz`. */
export function extensionKind(name: string): Source['mediaType'] | undefined {
  const path = name.replace(/[?#].*$/, '').toLowerCase().replace(/\.gz$/, '');
  const dot = path.lastIndexOf('.');
  if (dot < 0 || dot < path.lastIndexOf('/')) return undefined;
  const ext = path.slice(dot);
  if (rules.htmlExtensions.includes(ext)) return 'text/html';
  if (rules.textExtensions.includes(ext)) return 'text/plain';
  return undefined;
}

/**
 * Decides HTML vs plain text: the Content-Type header, then the extension, then the content.
 * Content counts as HTML when it starts with a doctype, XML declaration or comment, or when a
 * common HTML tag appears in the first {@link SNIFF_CHARS} characters.
 */
export function detectMediaType(text: string, hints: { contentType?: string; name?: string }): Source['mediaType'] {
  const fromHeader = headerKind(hints.contentType);
  if (fromHeader === 'text/html' || fromHeader === 'text/plain') return fromHeader;
  const fromExtension = hints.name === undefined ? undefined : extensionKind(hints.name);
  if (fromExtension !== undefined) return fromExtension;
  return sniffIsHtml(text) ? 'text/html' : 'text/plain';
}

/** Whether the text looks like HTML. */
export function sniffIsHtml(text: string): boolean {
  const head = text.slice(0, SNIFF_CHARS);
  return DOCTYPE_OR_COMMENT.test(head) || TAG.test(head);
}
