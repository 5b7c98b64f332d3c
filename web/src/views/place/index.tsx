/**
 * A place's page (`/places/:name?at=LAT,LON`): where it is and the events located there (the
 * `near` filter within 1 km of its point: the geocoder gives every mention of a place the same
 * point). Without `at`, the place is looked up by name in `/api/places`.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { api } from '../../api.js';
import { ErrorBox, Loading } from '../../components.js';
import { findPlace } from '../../place-lookup.js';
import { paths } from '../../router.js';
import { useApi } from '../../use-api.js';
import type { ViewProps } from '../../view-props.js';
import { DEFAULT_TABLE_STATE, EventsTable } from '../events/events-table.js';
import type { TableState } from '../events/events-table.js';

/** Radius of "at this place", in km. */
const PLACE_KM = 1;

/** `LAT,LON` → numbers, when valid. */
export function parseAt(value: string | null): { lat: number; lon: number } | undefined {
  const [lat, lon, extra] = (value ?? '').split(',').map(Number);
  if (extra !== undefined || lat === undefined || lon === undefined || !Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return undefined;
  return { lat, lon };
}

/** The place page. */
export function PlaceView({ id, navigate }: ViewProps & { id: string }): JSX.Element {
  const at = parseAt(new URLSearchParams(location.search).get('at'));
  const [table, setTable] = useState<TableState>(DEFAULT_TABLE_STATE);
  const lookup = useApi(at ? null : `place:${id}`, () => findPlace(id));
  const point = at ?? (lookup.data ? { lat: lookup.data.lat, lon: lookup.data.lon } : undefined);
  const near = point ? `${point.lat},${point.lon},${PLACE_KM}` : undefined;
  const sample = useApi(near ? `place-sample:${near}` : null, (signal) => api.events({ near: near as string, limit: 1 }, signal));
  const place = lookup.data ?? sample.data?.items[0]?.place ?? undefined;
  return (
    <div class="place-page">
      <section class="panel">
        <p class="small muted">Place</p>
        <h1>{id}</h1>
        {lookup.error && <ErrorBox error={lookup.error} />}
        {!at && lookup.loading && <Loading>Looking the place up…</Loading>}
        {!at && !lookup.loading && !lookup.error && !lookup.data && <p class="muted">No place called “{id}” among the busiest places of the store.</p>}
        {point && (
          <dl class="facts">
            <div>
              <dt>Coordinates</dt>
              <dd>
                {point.lat.toFixed(4)}, {point.lon.toFixed(4)}
              </dd>
            </div>
            {place && (
              <>
                <div>
                  <dt>Country</dt>
                  <dd>{place.country}</dd>
                </div>
                <div>
                  <dt>Region</dt>
                  <dd>{place.admin1 ?? '—'}</dd>
                </div>
                <div>
                  <dt>Precision</dt>
                  <dd>{place.precision}</dd>
                </div>
              </>
            )}
            <div>
              <dt>Events here</dt>
              <dd>{sample.data ? sample.data.total : '…'}</dd>
            </div>
            <div>
              <dt>See</dt>
              <dd>
                <a href={`/map?near=${point.lat},${point.lon},50`}>map (50 km)</a> · <a href={`/?near=${point.lat},${point.lon},50`}>events within 50 km</a>
              </dd>
            </div>
          </dl>
        )}
      </section>
      {near && <EventsTable query={new URLSearchParams({ near })} state={table} onState={(patch) => setTable((s) => ({ ...s, ...patch }))} onOpen={(eventId) => navigate(paths.event(eventId))} caption={`Events within ${PLACE_KM} km`} />}
    </div>
  );
}
