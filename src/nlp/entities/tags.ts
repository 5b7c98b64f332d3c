/**
 * The BIO tag set and conversions between spans and tag sequences. Tag ids: 0 = O, then
 * B-x = 1 + 2k and I-x = 2 + 2k for the k-th entry of ENTITY_TYPES.
 */
import { ENTITY_TYPES } from './types.js';
import type { EntityType, TaggedSpan } from './types.js';

/** Number of BIO tags (O plus B/I per type). */
export const TAG_COUNT = 1 + 2 * ENTITY_TYPES.length;

/** Tag names by id, e.g. `B-PERSON`. */
export const TAG_NAMES: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];

/** Id of the B- tag of a type. */
export function beginTag(type: EntityType): number {
  return 1 + 2 * ENTITY_TYPES.indexOf(type);
}

/** The entity type of a tag id, or undefined for O. */
export function typeOfTag(tag: number): EntityType | undefined {
  return tag === 0 ? undefined : ENTITY_TYPES[(tag - 1) >> 1];
}

/** True for I- tags. */
export function isInside(tag: number): boolean {
  return tag !== 0 && (tag - 1) % 2 === 1;
}

/**
 * Whether tag `next` may follow tag `prev` (prev = -1 for sentence start). BIO forbids an I-x
 * that does not continue a B-x or I-x of the same type.
 */
export function allowedTransition(prev: number, next: number): boolean {
  if (!isInside(next)) return true;
  if (prev <= 0) return false;
  return typeOfTag(prev) === typeOfTag(next);
}

/** Whether a sentence may end on this tag (always, in BIO). */
export function allowedEnd(tag: number): boolean {
  return tag >= 0;
}

/** Encodes spans (assumed non-overlapping) as a BIO tag sequence of `length` tags. */
export function spansToTags(spans: readonly TaggedSpan[], length: number): number[] {
  const tags = new Array<number>(length).fill(0);
  for (const s of spans) {
    const b = beginTag(s.type);
    for (let i = s.start; i < s.end && i < length; i++) tags[i] = i === s.start ? b : b + 1;
  }
  return tags;
}

/** Decodes a BIO tag sequence into spans; a stray I- (which Viterbi never emits) opens a span. */
export function tagsToSpans(tags: readonly number[]): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  let open: TaggedSpan | undefined;
  tags.forEach((tag, i) => {
    const type = typeOfTag(tag);
    if (open && (type === undefined || !isInside(tag) || type !== open.type)) {
      spans.push(open);
      open = undefined;
    }
    if (type !== undefined && !open) open = { start: i, end: i + 1, type };
    else if (open) open.end = i + 1;
  });
  if (open) spans.push(open);
  return spans;
}
