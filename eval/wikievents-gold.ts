/**
 * The WikiEvents gold side: the document layout, the article text rebuilt from its tokens (a token →
 * character map kept), the KAIROS → PLOVER type rules and the gold triggers in rebuilt-text offsets.
 *
 * @module
 */

/** One WikiEvents document (the fields this suite reads). */
export interface WikiDoc {
  doc_id: string;
  tokens: string[];
  /** Per sentence: its tokens as [text, start, end] in the upstream text, and the sentence string. */
  sentences: [[string, number, number][], string][];
  entity_mentions: { id: string; start: number; end: number; text: string }[];
  event_mentions: { id: string; event_type: string; trigger: { start: number; end: number; text: string; sent_idx: number }; arguments: { entity_id: string; role: string; text: string }[] }[];
}

/** A character span. */
export interface Span {
  start: number;
  end: number;
}

/** An article rebuilt from its tokens: the text, each token's span in it, each sentence's span. */
export interface Rebuilt {
  text: string;
  tokens: Span[];
  sentences: Span[];
}

/** One KAIROS → PLOVER rule of the mapping file. */
export interface TypeRule {
  kairos: string;
  types: string[];
  optional?: boolean;
  actorRoles: string[];
  recipientRoles: string[];
  why: string;
}

/** A gold trigger with the PLOVER types that fit it. */
export interface GoldTrigger extends Span {
  kairos: string;
  /** The rule's `kairos` prefix, for the per-type table. */
  group: string;
  types: string[];
  optional: boolean;
  sentence: number;
  actors: (Span & { text: string })[];
  recipients: (Span & { text: string })[];
  /** Whether one of the actor-role arguments lies in the trigger's own sentence (what a sentence-level coder can find). */
  actorHere: boolean;
}

const CLOSES_SENTENCE = /[.!?"'\u201d\u2019)]$/;

/**
 * Rebuilds a document's text from its sentences' tokens: tokens keep the upstream spacing (a gap
 * becomes one space); sentences are joined by a space, or by a blank line after one that does not
 * end like a sentence (the headline and subheads, which upstream runs into the next sentence).
 */
export function rebuild(doc: Pick<WikiDoc, 'sentences'>): Rebuilt {
  let text = '';
  const tokens: Span[] = [];
  const sentences: Span[] = [];
  for (const [toks] of doc.sentences) {
    if (text.length > 0) text += CLOSES_SENTENCE.test(text) ? ' ' : '\n\n';
    const start = text.length;
    let prevEnd: number | undefined;
    for (const [word, s, e] of toks) {
      if (prevEnd !== undefined && s > prevEnd) text += ' ';
      tokens.push({ start: text.length, end: text.length + word.length });
      text += word;
      prevEnd = e;
    }
    sentences.push({ start, end: text.length });
  }
  return { text, tokens, sentences };
}

/** The rule of the longest `kairos` prefix that matches the type (whole dotted parts), if any. */
export function ruleFor(type: string, rules: readonly TypeRule[]): TypeRule | undefined {
  let best: TypeRule | undefined;
  for (const r of rules) {
    if ((type === r.kairos || type.startsWith(`${r.kairos}.`)) && (!best || r.kairos.length > best.kairos.length)) best = r;
  }
  return best;
}

/** The gold triggers of a document whose KAIROS types have a rule, in rebuilt-text offsets. */
export function goldTriggers(doc: WikiDoc, rebuilt: Rebuilt, rules: readonly TypeRule[]): GoldTrigger[] {
  const entities = new Map(doc.entity_mentions.map((m) => [m.id, m]));
  const spanOf = (start: number, end: number): Span | undefined => {
    const a = rebuilt.tokens[start];
    const b = rebuilt.tokens[end - 1];
    return a && b ? { start: a.start, end: b.end } : undefined;
  };
  const out: GoldTrigger[] = [];
  for (const m of doc.event_mentions) {
    const rule = ruleFor(m.event_type, rules);
    const span = spanOf(m.trigger.start, m.trigger.end);
    if (!rule || !span) continue;
    const args = (roles: readonly string[]) =>
      m.arguments.flatMap((a) => {
        const ent = entities.get(a.entity_id);
        const s = ent && roles.includes(a.role) ? spanOf(ent.start, ent.end) : undefined;
        return s ? [{ ...s, text: a.text }] : [];
      });
    const actors = args(rule.actorRoles);
    const sent = rebuilt.sentences[m.trigger.sent_idx];
    const actorHere = sent !== undefined && actors.some((a) => a.start >= sent.start && a.end <= sent.end);
    out.push({ ...span, kairos: m.event_type, group: rule.kairos, types: rule.types, optional: rule.optional === true, sentence: m.trigger.sent_idx, actors, recipients: args(rule.recipientRoles), actorHere });
  }
  return out;
}

/** Parses a JSON-lines file of WikiEvents documents. */
export function parseDocs(text: string): WikiDoc[] {
  return text.split('\n').filter((l) => l.trim().length > 0).map((l) => JSON.parse(l) as WikiDoc);
}
