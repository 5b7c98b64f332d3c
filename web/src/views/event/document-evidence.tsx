/** One document's evidence for an event: its header, the evidence sentences, and the highlighted full text. */
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { api } from '../../api.js';
import type { Evidence, EventItem } from '../../api-types.js';
import type { MarkedEvent } from './evidence-marks.js';
import { ErrorBox, Loading } from '../../components.js';
import { Highlighted } from '../../highlight.js';
import type { Mark } from '../../highlight.js';
import type { ROLE_COLOURS } from '../../palette.js';
import { useApi } from '../../use-api.js';
import { evidenceMarks, indexesText, standalone } from './evidence-marks.js';

const ROLE_LABELS: Record<keyof typeof ROLE_COLOURS, string> = { trigger: 'trigger', actor: 'actor', recipient: 'recipient', place: 'place', date: 'date' };

/** The colour legend of the evidence highlights. */
export function Legend(): JSX.Element {
  return (
    <div class="legend" aria-label="legend">
      <mark class="sentence">evidence sentence</mark>
      {(Object.keys(ROLE_LABELS) as (keyof typeof ROLE_LABELS)[]).map((role) => (
        <mark key={role} class={`role-${role}`}>
          {ROLE_LABELS[role]}
        </mark>
      ))}
      <span>
        <mark class="approx">underlined</mark>: found by name in the sentence (the store keeps sentence and trigger offsets)
      </span>
    </div>
  );
}

/** The evidence of `event` in one document. */
export function DocumentEvidence({ documentId, event, evidence, index }: { documentId: string; event: EventItem; evidence: Evidence[]; index: number }): JSX.Element {
  const { data: doc, error } = useApi(documentId, (signal) => api.document(documentId, signal));
  const panel = useRef<HTMLDivElement>(null);
  const text = doc?.text;
  // Scroll the text panel (not the page) so the first evidence sentence sits near its top.
  useEffect(() => {
    const box = panel.current;
    const first = box?.querySelector<HTMLElement>('mark.sentence');
    if (box && first) box.scrollTop = Math.max(0, first.offsetTop - box.clientHeight / 4);
  }, [text]);
  const inText = text === undefined ? [] : evidence.filter((ev) => indexesText(ev, text));
  const marks: Mark[] = text !== undefined ? evidenceMarks(event, inText, text) : [];
  const title = doc?.title ?? doc?.url ?? doc?.uri ?? documentId;
  return (
    <article class="doc-evidence" data-document={documentId}>
      <div class="doc-head">
        <h3>
          <span class="muted">{index + 1}. </span>
          {doc?.url ? (
            <a href={doc.url} target="_blank" rel="noreferrer">
              {title}
            </a>
          ) : (
            title
          )}
        </h3>
        {doc && (
          <span class="muted small">
            {[doc.site, doc.published?.slice(0, 10), doc.duplicateOf ? 'near-duplicate of an earlier document' : null].filter(Boolean).join(' · ')}
          </span>
        )}
      </div>
      {evidence.map((ev, i) => (
        <blockquote class="evidence-quote" key={i}>
          {text !== undefined && inText.includes(ev) ? <Highlighted text={text} marks={marks} from={ev.start} to={ev.end} /> : <SentenceOnly ev={ev} event={event} />}
          {text !== undefined && !inText.includes(ev) && <div class="small muted">{ev.field ? `(from the ${ev.field === 'title' ? 'headline' : 'standfirst'})` : '(not at its offsets in the article text)'}</div>}
        </blockquote>
      ))}
      {error && <ErrorBox error={error} />}
      {!doc && !error && <Loading>Loading the article…</Loading>}
      {text !== undefined && (
        <div class="doc-text" ref={panel} data-testid="document-text">
          <Highlighted text={text} marks={marks} />
        </div>
      )}
    </article>
  );
}

/** The sentence with its highlights, from the event alone (while or when the document cannot be shown with it). */
export function SentenceOnly({ ev, event }: { ev: Evidence; event: MarkedEvent }): JSX.Element {
  const alone = standalone(ev);
  return <Highlighted text={alone.text} marks={evidenceMarks(event, [alone], alone.text).filter((m) => m.cls !== 'sentence')} />;
}
