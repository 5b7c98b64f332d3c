import { findDateInText } from '../metadata/dates.js';
import { readNames } from '../metadata/names.js';
import clutter from './clutter.json' with { type: 'json' };

/** What a dump item looks like. */
export type ItemKind =
  /** Long sentence-final prose: the stuff of an article body. */
  | 'prose'
  /** A short sentence: body text only between prose paragraphs. */
  | 'sentence'
  /** A short unpunctuated line that could be a crosshead inside the body. */
  | 'heading'
  | 'clutter'
  | 'breadcrumb'
  | 'byline'
  | 'dateline'
  | 'other';

/** Measurements of one item's text. */
export interface ItemShape {
  words: number;
  /** Ends with sentence-final punctuation (optionally followed by closing quotes/brackets). */
  sentenceEnd: boolean;
  /** Share of words after the first that start lowercase (or have no case): high in prose, low in Title Case. */
  lowerShare: number;
  /** Ends in "..." or "…" right after a word: a cut-off teaser. */
  truncated: boolean;
}

/** Prose needs this many words; fewer make at most a sentence. */
const PROSE_WORDS = 10;
const SENTENCE_WORDS = 2;
/** Sentence case: at least this share of lowercase words. */
const PROSE_LOWER = 0.4;
const SENTENCE_LOWER = 0.3;
const HEADING_MAX_WORDS = 12;
const HEADING_MAX_CHARS = 90;
/** A dateline or byline line is short. */
const META_MAX_WORDS = 14;

const PHRASES = new Set(clutter.phrases);
const PREFIXES = clutter.prefixes;
const PATTERNS = clutter.patterns.map((p) => new RegExp(p, 'iu'));
const BYLINE_RE = /^(?:by|words by|written by|reported by|from)\s*:?\s+\p{Lu}/iu;
const BREADCRUMB_SEP_RE = /\s+[>›»/|]\s+|\s*[›»]\s*/;
const DATE_WORDS_RE = /\b(?:published|posted|updated|last updated|first published|on|at|am|pm|gmt|utc|bst|est|edt|[a-z]{3,9}day|mon|tue|wed|thu|fri|sat|sun)\b/giu;

/** Measures an item's text. CJK-style text without spaces counts two characters as a word. */
export function shapeOf(text: string): ItemShape {
  const tokens = text.split(/\s+/).filter(Boolean);
  const uncased = (text.match(/[\p{Lo}]/gu) ?? []).length;
  const words = Math.max(tokens.length, Math.floor(uncased / 2));
  let lower = 0;
  let counted = 0;
  for (const t of tokens.slice(1)) {
    const first = /\p{L}/u.exec(t)?.[0];
    if (!first) continue;
    counted++;
    if (first === first.toLowerCase()) lower++;
  }
  return {
    words,
    sentenceEnd: /[.!?。！？…]["'”’»)\]]*$/u.test(text),
    lowerShare: counted ? lower / counted : uncased > 0 ? 1 : 0,
    truncated: /[\p{L}\p{N},]\s?(?:\.\.\.|…)$/u.test(text),
  };
}

/** Matches the clutter word list: whole-line phrases, prefixes and patterns. */
export function isClutter(text: string): boolean {
  const key = text.toLowerCase().replace(/[\s:.!|»›>-]+$/u, '').trim();
  if (PHRASES.has(key)) return true;
  const lower = text.toLowerCase();
  if (PREFIXES.some((p) => lower.startsWith(p))) return true;
  return PATTERNS.some((re) => re.test(text));
}

/** "Home > World > Middle East": three or more short parts joined by path separators. */
export function isBreadcrumb(text: string): boolean {
  const parts = text.split(BREADCRUMB_SEP_RE);
  return parts.length >= 3 && parts.every((p) => p.trim() !== '' && p.trim().split(/\s+/).length <= 4);
}

/** The author names of a "By Jane Smith" line, or `[]`. */
export function bylineNames(text: string): string[] {
  if (!BYLINE_RE.test(text) || text.split(/\s+/).length > META_MAX_WORDS) return [];
  return readNames(text, 'text');
}

/**
 * The ISO date of a dateline ("Monday 13 January 2014", "Published: 13 Jan 2014 10:23 GMT"):
 * a short line that is a date and little else. Update times are not publication dates.
 */
export function datelineDate(text: string, now?: number): { value: string; index: number; length: number; updated: boolean } | undefined {
  if (text.split(/\s+/).length > META_MAX_WORDS) return undefined;
  const hit = findDateInText(text, now === undefined ? {} : { now });
  if (!hit) return undefined;
  const rest = (text.slice(0, hit.index) + ' ' + text.slice(hit.index + hit.length)).replace(DATE_WORDS_RE, ' ').replace(/[^\p{L}]+/gu, ' ').trim();
  // What is left besides the date may be a byline ("By Jane Smith"), nothing else.
  if (rest && rest.split(' ').length > 2 && bylineNames(rest).length === 0) return undefined;
  return { ...hit, updated: /\b(?:updated|modified)\b/i.test(text.slice(0, hit.index)) };
}

/** Classifies one item by the rules above, clutter first. */
export function classify(text: string, now?: number): ItemKind {
  if (isClutter(text)) return 'clutter';
  if (isBreadcrumb(text)) return 'breadcrumb';
  if (bylineNames(text).length) return 'byline';
  if (datelineDate(text, now)) return 'dateline';
  const shape = shapeOf(text);
  if (shape.truncated) return 'other';
  if (shape.sentenceEnd && shape.words >= PROSE_WORDS && shape.lowerShare >= PROSE_LOWER) return 'prose';
  if (shape.sentenceEnd && shape.words >= SENTENCE_WORDS && shape.lowerShare >= SENTENCE_LOWER) return 'sentence';
  if (!shape.sentenceEnd && shape.words <= HEADING_MAX_WORDS && text.length <= HEADING_MAX_CHARS && /^\p{Lu}/u.test(text)) return 'heading';
  return 'other';
}
