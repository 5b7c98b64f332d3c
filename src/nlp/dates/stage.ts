import type { DateMention, Document, Stage } from '../../core/index.js';
import { parseIsoDay } from './calendar.js';
import { chronoDates } from './chrono-dates.js';
import { ruleDates } from './rules.js';
import { tenseAt } from './tense.js';

/**
 * Words without which chrono finds nothing we keep (clock times alone are dropped): a cheap test
 * that spares chrono most paragraphs.
 */
const DATE_WORDS =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|ago|week|month|year|weekend|fortnight|day|decade|century|\d{1,4}[/-]\d{1,2})/i;

/**
 * The dates stage: date expressions anchored to the publication date (`doc.meta.published`).
 * Our rules (vague and relative periods chrono lacks: "in recent days", "late 2011", "over the
 * weekend", "earlier this week") run first; chrono fills in the rest. A bare weekday or weekend
 * goes back or forward by the tense of the verb that governs it ("X on Wednesday accused Y"). Without a publication date,
 * relative dates keep `value: null` and a reason; they are never anchored to today.
 */
export const datesStage: Stage = {
  name: 'dates',
  version: 1,
  requires: ['text', 'paragraphs', 'sentences', 'tokens'],
  assigns: ['dates'],
  run(doc: Document) {
    const text = doc.text;
    const anchor = parseIsoDay(doc.meta.published?.value);
    const sentences = doc.layer('sentences') ?? [];
    const sentenceAt = (offset: number) => {
      const s = sentences.find((x) => x.start <= offset && offset < x.end);
      return s ? text.slice(s.start, s.end) : '';
    };
    const tokens = doc.layer('tokens') ?? [];
    const tenseOf = (start: number, end: number) => tenseAt(tokens, text, start, end);
    const out: DateMention[] = [];
    for (const para of doc.layer('paragraphs') ?? []) {
      const slice = text.slice(para.start, para.end);
      const rules = ruleDates(slice, para.start, anchor, tenseOf);
      const fromChrono = (DATE_WORDS.test(slice) ? chronoDates(slice, para.start, anchor, sentenceAt, tenseOf) : []).filter((c) =>
        rules.every((r) => c.end <= r.start || c.start >= r.end),
      );
      for (const d of [...rules, ...fromChrono].sort((a, b) => a.start - b.start)) {
        out.push({ ...d, text: text.slice(d.start, d.end) });
      }
    }
    if (!anchor && out.some((d) => d.value === null)) {
      doc.message('no publication date: relative dates were left unresolved; pass --date to anchor them', {
        source: 'dates',
        ruleId: 'no-anchor',
        severity: 'info',
      });
    }
    doc.setLayer('dates', out);
    return doc;
  },
};
