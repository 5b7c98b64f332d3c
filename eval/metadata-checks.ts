/**
 * Checks the metadata suite applies. No gold exists for metadata, so each check compares a
 * value with evidence found independently on the page or in a hand-checked sample.
 */

/** Folds case, quotes, dashes and whitespace so "‘Meth’" and "'meth'" compare equal. */
export function foldText(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether `title` is written out in the page's visible text (folded): a headline the reader sees. */
export function titleIsVisible(title: string, visibleText: string): boolean {
  return foldText(visibleText).includes(foldText(title));
}

/** Whether an ISO date or date-time falls within a day of `YYYY-MM-DD` (time zones move dates). */
export function withinADay(published: string, date: string): boolean {
  const a = Date.parse(published.slice(0, 10));
  const b = Date.parse(date);
  return Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) <= 86_400_000;
}

/** Whether a byline names every expected person (folded, in any order). */
export function bylineNames(byline: string, names: readonly string[]): boolean {
  const folded = foldText(byline);
  return names.every((n) => folded.includes(foldText(n)));
}
