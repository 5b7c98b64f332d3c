/** What a pasted input is: a URL (one http(s) address), an HTML page (it has tags), or plain text. */

/** The analyze API's input kinds. */
export type InputKind = 'url' | 'html' | 'text';

/** Guesses the kind of a pasted input. */
export function detectKind(input: string): InputKind {
  const trimmed = input.trim();
  if (/^https?:\/\/\S+$/i.test(trimmed)) return 'url';
  if (/<(?:!doctype|html|head|body|article|main|div|p|h1|h2|section|span|meta|title)[\s>/]/i.test(trimmed)) return 'html';
  return 'text';
}
