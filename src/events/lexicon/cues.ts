/**
 * Cue phrases that tell the event coder an event's status (negated, hypothetical, future,
 * intended, reported, threatened, historical), who claimed it, or that a trigger is not political.
 */
import cuesData from './data/cues.json' with { type: 'json' };
import { cuesFileSchema } from './schema.js';

/** The cue lists, by kind. Phrases are lower case and match whole words, case-insensitively. */
export interface StatusCues {
  /** "did not", "refused to", "denied": the event did not happen (manual: negation). */
  readonly negation: readonly string[];
  /** "could", "would", "if": hypothetical events. */
  readonly hypothetical: readonly string[];
  /** "will", "to be held", "scheduled": future events (CONSULT/SUPPORT/COOPERATE/AID become AGREE). */
  readonly future: readonly string[];
  /** "willing to", "ready to", "intends to": stated intent (AGREE for cooperative events). */
  readonly intended: readonly string[];
  /** "said", "according to": the event is reported by a source. */
  readonly reported: readonly string[];
  /** "threatened to", "warned that ... would": the complement event is a THREATEN. */
  readonly threat: readonly string[];
  /** "previously", "years ago": historical events. */
  readonly historical: readonly string[];
  /** "claimed responsibility": the claimant is the actor of the attack. */
  readonly responsibility: readonly string[];
  /** "heart attack", "earthquake", "football": the trigger is not a political event. */
  readonly nonPolitical: readonly string[];
  /** "unless", "or else": a condition after an announced action makes it an ultimatum (THREATEN). */
  readonly conditional: readonly string[];
  /** "preparing to", "readied … to": forces getting ready for an attack (MOBILIZE, not a verbal threat). */
  readonly preparation: readonly string[];
}

function load(): StatusCues {
  const { note: _note, ...lists } = cuesFileSchema.parse(cuesData);
  const lower = (xs: readonly string[]) => Object.freeze(xs.map((x) => x.toLowerCase()));
  return Object.freeze({
    negation: lower(lists.negation),
    hypothetical: lower(lists.hypothetical),
    future: lower(lists.future),
    intended: lower(lists.intended),
    reported: lower(lists.reported),
    threat: lower(lists.threat),
    historical: lower(lists.historical),
    responsibility: lower(lists.responsibility),
    nonPolitical: lower(lists.nonPolitical),
    conditional: lower(lists.conditional),
    preparation: lower(lists.preparation),
  });
}

/** Mode/status cue words for the coder (cues.json, validated at import). */
export const STATUS_CUES: StatusCues = load();

/** The kinds of cue lists in STATUS_CUES. */
export type CueKind = keyof StatusCues;

/** A cue phrase and the index of its kind in {@link CUE_KINDS}. */
interface IndexedCue {
  cue: string;
  kind: number;
}

/** The kinds in STATUS_CUES order: `cueKindsIn` reports them in this order. */
const CUE_KINDS = Object.keys(STATUS_CUES) as CueKind[];

const isWordChar = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57);

/**
 * Cues indexed by their first word (the leading run of [a-z0-9]): a cue that starts with a word
 * character can only match at a word start whose word is exactly that run, so one map look-up per
 * word of the text replaces an `indexOf` scan per cue (351 cues). Cues that start with another
 * character ("'ll") may match anywhere and are scanned as before.
 */
const CUE_INDEX: { byFirstWord: ReadonlyMap<string, readonly IndexedCue[]>; anywhere: readonly IndexedCue[] } = (() => {
  const byFirstWord = new Map<string, IndexedCue[]>();
  const anywhere: IndexedCue[] = [];
  CUE_KINDS.forEach((kind, k) => {
    for (const cue of STATUS_CUES[kind]) {
      let end = 0;
      while (end < cue.length && isWordChar(cue.charCodeAt(end))) end++;
      if (end === 0) {
        anywhere.push({ cue, kind: k });
        continue;
      }
      const first = cue.slice(0, end);
      let list = byFirstWord.get(first);
      if (!list) byFirstWord.set(first, (list = []));
      list.push({ cue, kind: k });
    }
  });
  return { byFirstWord, anywhere };
})();

/** Whether `cue` occurs in `hay` at `at` followed by a non-word character (or the end). */
function endsWholeWord(hay: string, cue: string, at: number): boolean {
  return at + cue.length >= hay.length || !isWordChar(hay.charCodeAt(at + cue.length));
}

/** A curly single quote, and whitespace other than a lone space (what `cueKindsIn`'s folding replaces). */
const CURLY = /[\u2018\u2019]/;
const SPACES = /[^\S ]| {2}/;

/** Recent answers by text: the coder asks about the same sentence and clause text several times. */
const RECENT = new Map<string, readonly CueKind[]>();
const RECENT_LIMIT = 4096;

/** Kinds of cue whose phrase occurs (as whole words) in `text`, e.g. ["negation", "reported"]. */
export function cueKindsIn(text: string): CueKind[] {
  const cached = RECENT.get(text);
  if (cached) return [...cached];
  // Each replace only where it changes something (most texts hold no curly quote, no run of spaces).
  let folded = text.toLowerCase();
  if (CURLY.test(folded)) folded = folded.replace(/[\u2018\u2019]/g, "'");
  if (SPACES.test(folded)) folded = folded.replace(/\s+/g, ' ');
  const hay = ` ${folded} `;
  const found = new Array<boolean>(CUE_KINDS.length).fill(false);
  // Whole-word matches at each word start (a cue's first character is a word character there).
  for (let i = 1; i < hay.length; i++) {
    if (!isWordChar(hay.charCodeAt(i)) || isWordChar(hay.charCodeAt(i - 1))) continue;
    let end = i + 1;
    while (end < hay.length && isWordChar(hay.charCodeAt(end))) end++;
    const cues = CUE_INDEX.byFirstWord.get(hay.slice(i, end));
    if (cues) for (const c of cues) if (!found[c.kind] && hay.startsWith(c.cue, i) && endsWholeWord(hay, c.cue, i)) found[c.kind] = true;
    i = end - 1;
  }
  // Cues starting with an apostrophe ("'ll", "n't") attach to the word before them.
  for (const c of CUE_INDEX.anywhere) {
    if (found[c.kind]) continue;
    for (let i = hay.indexOf(c.cue); i >= 0 && !found[c.kind]; i = hay.indexOf(c.cue, i + 1)) if (endsWholeWord(hay, c.cue, i)) found[c.kind] = true;
  }
  const kinds = CUE_KINDS.filter((_, k) => found[k]);
  if (RECENT.size >= RECENT_LIMIT) RECENT.clear();
  RECENT.set(text, kinds);
  return [...kinds];
}
