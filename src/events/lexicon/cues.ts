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

/** Kinds of cue whose phrase occurs (as whole words) in `text`, e.g. ["negation", "reported"]. */
export function cueKindsIn(text: string): CueKind[] {
  const hay = ` ${text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ')} `;
  const kinds: CueKind[] = [];
  for (const kind of Object.keys(STATUS_CUES) as CueKind[]) {
    const found = STATUS_CUES[kind].some((cue) => {
      const at = hay.indexOf(cue);
      if (at < 0) return false;
      // Whole-word check on both sides (cues may start with an apostrophe: "'ll", "n't").
      for (let i = at; i >= 0; i = hay.indexOf(cue, i + 1)) {
        const before = hay[i - 1] ?? ' ';
        const after = hay[i + cue.length] ?? ' ';
        const startOk = /[^a-z0-9]/.test(before) || /^[^a-z0-9]/.test(cue);
        if (startOk && /[^a-z0-9]/.test(after)) return true;
      }
      return false;
    });
    if (found) kinds.push(kind);
  }
  return kinds;
}
