import { decodeHTML } from 'entities';
import type { Text } from 'domhandler';
import type { BlockSegment } from '../block.js';

/** One piece of a text node: decoded text and the source range it was read from. */
interface Atom {
  text: string;
  sourceStart: number;
  sourceEnd: number;
}

const ENTITY = /&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]{0,31};?)/g;
const WS_OR_WORD = /\s+|\S+/g;

/**
 * Splits a text node into atoms whose source lengths match their text lengths, except for
 * decoded entities, which map to their own `&…;` range. Falls back to one atom covering the
 * whole node when piecewise decoding does not reproduce the parser's text (odd markup).
 */
export function textAtoms(node: Text, raw: string): Atom[] {
  const data = node.data;
  const start = node.startIndex ?? 0;
  const end = (node.endIndex ?? start + data.length - 1) + 1;
  const amp = raw.indexOf('&', start);
  // No entity: the node is the source slice itself (or, if lengths differ, one covering atom).
  if (amp < 0 || amp >= end) return [{ text: data, sourceStart: start, sourceEnd: end }];
  const slice = raw.slice(start, end);
  const atoms: Atom[] = [];
  let last = 0;
  let rebuilt = '';
  ENTITY.lastIndex = 0;
  for (let m = ENTITY.exec(slice); m; m = ENTITY.exec(slice)) {
    const decoded = decodeHTML(m[0]);
    if (decoded === m[0]) continue;
    if (m.index > last) atoms.push({ text: slice.slice(last, m.index), sourceStart: start + last, sourceEnd: start + m.index });
    atoms.push({ text: decoded, sourceStart: start + m.index, sourceEnd: start + m.index + m[0].length });
    last = m.index + m[0].length;
  }
  if (last < slice.length) atoms.push({ text: slice.slice(last), sourceStart: start + last, sourceEnd: end });
  for (const a of atoms) rebuilt += a.text;
  return rebuilt === data ? atoms : [{ text: data, sourceStart: start, sourceEnd: end }];
}

/**
 * Accumulates the text of one block with whitespace collapsed to single spaces, trimmed, and
 * segments that map every kept character back to the source. A whitespace run becomes one
 * space only when more text follows it in the same block, so no trailing space is ever emitted.
 */
export class TextBuilder {
  text = '';
  segments: BlockSegment[] = [];
  /** Characters that were inside `<a>` elements. */
  linkChars = 0;
  /** Source offset of a pending collapsed whitespace run, or -1, and where it ends. */
  private pendingSpace = -1;
  private pendingSpaceEnd = -1;
  /** Keep whitespace verbatim (inside `<pre>`). */
  preserve = false;
  /** The text being added is link text. */
  private inLink = false;
  /** The pending space was seen inside link text. */
  private pendingInLink = false;

  /** Appends a text node. `inLink` counts its characters as link text. */
  addText(node: Text, raw: string, inLink: boolean): void {
    this.inLink = inLink;
    for (const atom of textAtoms(node, raw)) this.addAtom(atom);
    this.inLink = false;
  }

  /** Records a soft break (`<br>` kept inline, at `[start, end)` in the source): a space. */
  addBreak(start: number, end: number): void {
    this.markSpace(start, end);
  }

  private addAtom(atom: Atom): void {
    const exact = atom.text.length === atom.sourceEnd - atom.sourceStart;
    if (this.preserve) {
      this.push(atom.text, atom.sourceStart, atom.sourceEnd, exact);
      return;
    }
    if (!exact) {
      // A decoded entity (or an unalignable node): collapse inside, map to the covering range.
      const collapsed = atom.text.replace(/\s+/g, ' ');
      if (collapsed === ' ') {
        this.markSpace(atom.sourceStart);
        return;
      }
      const lead = collapsed.startsWith(' ');
      const trail = collapsed.endsWith(' ');
      if (lead) this.markSpace(atom.sourceStart);
      this.push(collapsed.trim(), atom.sourceStart, atom.sourceEnd, false);
      if (trail) this.markSpace(atom.sourceEnd - 1);
      return;
    }
    WS_OR_WORD.lastIndex = 0;
    for (let m = WS_OR_WORD.exec(atom.text); m; m = WS_OR_WORD.exec(atom.text)) {
      const at = atom.sourceStart + m.index;
      if (/^\s/.test(m[0])) {
        this.markSpace(at);
      } else {
        this.push(m[0], at, at + m[0].length, true);
      }
    }
  }

  /** Notes a whitespace run at `at`; it becomes one space if more text follows. */
  private markSpace(at: number, end = at + 1): void {
    if (!this.text || this.pendingSpace >= 0) return;
    this.pendingSpace = at;
    this.pendingSpaceEnd = end;
    this.pendingInLink = this.inLink;
  }

  private push(piece: string, sourceStart: number, sourceEnd: number, exact: boolean): void {
    if (!piece) return;
    if (this.pendingSpace >= 0 && this.text && !this.preserve) {
      // A collapsed run maps to its first character; a <br> to the whole tag (not exact).
      this.appendSegment(' ', this.pendingSpace, this.pendingSpaceEnd, this.pendingSpaceEnd - this.pendingSpace === 1);
      // A space between two words of the same link is link text too.
      if (this.inLink && this.pendingInLink) this.linkChars++;
    }
    this.pendingSpace = -1;
    this.appendSegment(piece, sourceStart, sourceEnd, exact);
    if (this.inLink) this.linkChars += piece.length;
  }

  private appendSegment(piece: string, sourceStart: number, sourceEnd: number, exact: boolean): void {
    const start = this.text.length;
    this.text += piece;
    const prev = this.segments[this.segments.length - 1];
    // Merge with the previous segment when both are exact and contiguous in text and source.
    if (exact && prev && prev.end === start && prev.sourceEnd === sourceStart && prev.end - prev.start === prev.sourceEnd - prev.sourceStart) {
      prev.end = this.text.length;
      prev.sourceEnd = sourceEnd;
      return;
    }
    this.segments.push({ start, end: this.text.length, sourceStart, sourceEnd });
  }

  /** Drops leading/trailing blank lines of preserved text; returns the finished block text. */
  finish(): { text: string; segments: BlockSegment[] } {
    if (!this.preserve) return { text: this.text, segments: this.segments };
    const lead = this.text.length - this.text.trimStart().length;
    const trimmed = this.text.trim();
    const segments = this.segments
      .map((s) => ({ ...s, start: Math.max(0, s.start - lead), end: Math.min(trimmed.length, s.end - lead) }))
      .filter((s) => s.end > s.start)
      .map((s) => {
        // Re-align a segment cut by the trim (only exact ones can be cut meaningfully).
        const orig = this.segments.find((o) => o.start - lead <= s.start && o.end - lead >= s.end)!;
        const exact = orig.end - orig.start === orig.sourceEnd - orig.sourceStart;
        if (!exact) return s;
        const offset = s.start - (orig.start - lead);
        return { ...s, sourceStart: orig.sourceStart + offset, sourceEnd: orig.sourceStart + offset + (s.end - s.start) };
      });
    return { text: trimmed, segments };
  }
}
