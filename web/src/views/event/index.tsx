/**
 * The event page (`/events/:id`): the event's coding, then every evidence with its article — the
 * document text with the trigger, actors, recipient, place and date highlighted, scrolled to the
 * evidence sentence. Entities link to their actor and place pages.
 */
import type { JSX } from 'preact';
import { api } from '../../api.js';
import type { EventItem, Evidence } from '../../api-types.js';
import { ActorLinks, ErrorBox, Goldstein, Loading, PlaceLink, StatusBadge, TypeBadge } from '../../components.js';
import { formatDateRange } from '../../format.js';
import { useApi } from '../../use-api.js';
import type { ViewProps } from '../../view-props.js';
import { filtersToQuery } from '../../view-props.js';
import { DocumentEvidence, Legend } from './document-evidence.js';

/** The event page. */
export function EventView({ id, filters }: ViewProps & { id: string }): JSX.Element {
  const { data: event, error } = useApi(id, (signal) => api.event(id, signal));
  const back = filtersToQuery(filters).toString();
  return (
    <div class="event-page">
      <p class="small">
        <a href={`/${back ? `?${back}` : ''}`}>← Events</a>
      </p>
      {error && <ErrorBox error={error} />}
      {!event && !error && <Loading />}
      {event && <EventDetail event={event} />}
    </div>
  );
}

function EventDetail({ event: e }: { event: EventItem }): JSX.Element {
  const evidence = uniqueEvidence(e.evidence);
  const docs = [...new Set(evidence.map((v) => v.documentId))];
  return (
    <>
      <section class="panel">
        <div class="event-head">
          <TypeBadge type={e.type} />
          <h1>
            {headline(e)}
            {e.place && <span class="muted"> in {e.place.name}</span>}
          </h1>
        </div>
        <dl class="facts">
          <Fact label="Date">
            {formatDateRange(e.dateStart, e.dateEnd)}
            {e.datePrecision && e.dateStart && <span class="muted"> ({e.datePrecision})</span>}
          </Fact>
          <Fact label="Status">
            <StatusBadge status={e.status} />
            {e.claimedBy && <span class="muted"> claimed by {e.claimedBy}</span>}
          </Fact>
          <Fact label="Type / mode">
            {e.type}
            {e.mode && ` / ${e.mode}`}
            <span class="muted"> · CAMEO {e.cameo}</span>
          </Fact>
          <Fact label="Goldstein">
            <Goldstein score={e.goldstein} />
          </Fact>
          <Fact label="Actors">
            <ActorLinks actors={e.actors} max={10} />
          </Fact>
          <Fact label="Recipients">
            <ActorLinks actors={e.recipients} max={10} />
          </Fact>
          <Fact label="Place">
            <PlaceLink place={e.place} />
            {e.place && (
              <span class="muted small">
                {' '}
                {e.place.lat.toFixed(2)}, {e.place.lon.toFixed(2)}
                {e.place.admin1 && ` · ${e.place.admin1}`}
              </span>
            )}
          </Fact>
          <Fact label="Dead / injured / size">
            {e.dead ?? '–'} / {e.injured ?? '–'} / {e.size ?? '–'}
          </Fact>
          <Fact label="Sources">
            {e.sources} {e.sources === 1 ? 'document' : 'documents'}
            <span class="muted">
              {' '}
              · {e.reports} {e.reports === 1 ? 'report' : 'reports'}
            </span>
          </Fact>
          {e.context.length > 0 && <Fact label="Context">{e.context.join(', ')}</Fact>}
          <Fact label="Event id">
            <code class="small">{e.id}</code>
          </Fact>
        </dl>
      </section>
      <section class="panel evidence">
        <h2>Evidence</h2>
        <Legend />
        {docs.length === 0 && <p class="muted">This event has no stored evidence.</p>}
        {docs.map((docId, i) => (
          <DocumentEvidence key={docId} documentId={docId} event={e} evidence={evidence.filter((v) => v.documentId === docId)} index={i} />
        ))}
      </section>
    </>
  );
}

/** "Syrian government forces → rebels": who did it to whom. */
function headline(e: EventItem): string {
  const who = e.actors.map((a) => a.name).join(', ') || 'Unknown actor';
  const whom = e.recipients.map((a) => a.name).join(', ');
  return `${who}${whom ? ` → ${whom}` : ''}`;
}

/**
 * The evidence without repeats: reports of one event merged from the same document (the coder
 * may code a sentence twice, once per recipient) point at the same sentence and trigger.
 */
export function uniqueEvidence(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((v) => {
    const key = `${v.documentId}:${v.start}:${v.end}:${v.trigger.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function Fact({ label, children }: { label: string; children: JSX.Element | (JSX.Element | string | number | false | null | undefined)[] | string }): JSX.Element {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
