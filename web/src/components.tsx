/** Small pieces shared by the views: badges, links to actor/place pages, error and loading states. */
import type { ComponentChildren, JSX } from 'preact';
import type { ActorRef, Place } from './api-types.js';
import { ApiError } from './api.js';
import { actorLabel, formatGoldstein } from './format.js';
import { goldsteinColour, typeColour } from './palette.js';
import { paths } from './router.js';

/** An event type as a coloured badge. */
export function TypeBadge({ type }: { type: string }): JSX.Element {
  return (
    <span class="type-badge" style={{ background: typeColour(type) }}>
      {type}
    </span>
  );
}

/** An event status (occurred, claimed, planned…) as a tinted label. */
export function StatusBadge({ status }: { status: string }): JSX.Element {
  return <span class={`status status-${status}`}>{status}</span>;
}

/** A Goldstein score, coloured from conflict (red) to cooperation (green). */
export function Goldstein({ score }: { score: number }): JSX.Element {
  return (
    <span class="goldstein" style={{ color: goldsteinColour(score) }} title="Goldstein score: −10 (conflict) … +10 (cooperation)">
      {formatGoldstein(score)}
    </span>
  );
}

/** Links to the pages of the first `max` actors, with "+N more". */
export function ActorLinks({ actors, max = 3 }: { actors: ActorRef[]; max?: number }): JSX.Element {
  if (actors.length === 0) return <span class="muted">—</span>;
  const shown = actors.slice(0, max);
  return (
    <span>
      {shown.map((a, i) => (
        <span key={`${a.name}-${i}`}>
          {i > 0 && ', '}
          <a href={paths.actor(a.name)} title={[a.country, a.sector].filter(Boolean).join(' · ') || undefined}>
            {actorLabel(a)}
          </a>
        </span>
      ))}
      {actors.length > max && <span class="more"> +{actors.length - max} more</span>}
    </span>
  );
}

/** A link to a place's page (with its coordinates, so the page need not look them up). */
export function PlaceLink({ place }: { place: Place | null }): JSX.Element {
  if (!place) return <span class="muted">—</span>;
  return (
    <a href={placeHref(place)} title={`${place.lat.toFixed(3)}, ${place.lon.toFixed(3)} (${place.precision})`}>
      {place.name}
      {place.country && <span class="muted"> {place.country}</span>}
    </a>
  );
}

/** The place page's path, carrying the coordinates. */
export function placeHref(place: Pick<Place, 'name' | 'lat' | 'lon'>): string {
  return `${paths.place(place.name)}?at=${place.lat},${place.lon}`;
}

/** An API or network error, with the API's code. */
export function ErrorBox({ error }: { error: Error }): JSX.Element {
  return (
    <div class="error" role="alert">
      {error instanceof ApiError && error.status === 404 ? 'Not found: ' : 'Error: '}
      {error.message}
      {error instanceof ApiError && error.status > 0 && (
        <code>
          {' '}
          ({error.status} {error.code})
        </code>
      )}
    </div>
  );
}

/** A muted "Loading…" line. */
export function Loading({ children }: { children?: ComponentChildren }): JSX.Element {
  return <div class="loading">{children ?? 'Loading…'}</div>;
}
