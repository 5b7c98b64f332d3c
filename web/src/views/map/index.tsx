/**
 * The Map view: events on an offline world map (world-atlas borders, Natural Earth projection),
 * grouped by place and clustered in screen space, recomputed on every zoom step. A marker of one
 * PLOVER type is a dot of that type's colour; a mixed one a ring cut by type share. Markers are
 * sized by events, dead or sources. Hover shows the
 * place(s) and counts; a click opens the event (a place with one event) or the event list filtered
 * to the marker's area (`near`). Wheel or buttons zoom, dragging pans.
 *
 * Data: one `GET /api/map` with the shared filters gives the places of EVERY matching event (with
 * 100,000 events in the store too) and their counts by type, dead and sources, the busiest
 * {@link MAP_LIMIT} places first. Only when that list was cut (more places than that) does a zoomed-in
 * map also ask for the visible area's places (`near=centre,radius`), so detail follows the eye.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { geoCircle, geoGraticule10, geoNaturalEarth1, geoPath } from 'd3-geo';
import { scaleSqrt } from 'd3-scale';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';
import world110Url from 'world-atlas/countries-110m.json?url';
import world50Url from 'world-atlas/countries-50m.json?url';
import { getJson } from '../../api.js';
import { formatCount } from '../../format.js';
import { paths } from '../../router.js';
import { filtersToQuery } from '../../view-props.js';
import type { ViewProps } from '../../view-props.js';
import { compareTypes, typeColor } from '../timeline/palette.js';
import { oneOf, useQueryParam } from '../timeline/url-state.js';
import { useWidth } from '../timeline/use-width.js';
import { clusterPlaces, distanceKm, nearFilter } from './cluster.js';
import type { Cluster, PlacePoint } from './cluster.js';
import { donutArcs } from './donut.js';
import { MAP_LIMIT, mergePoints, toPlacePoints } from './load.js';
import type { MapSummary } from './load.js';
import './map.css';

/** Grid cell of the screen-space clustering, in pixels. */
const CELL_PX = 42;
/** Zoom from which the visible area's own places are loaded (when the whole list was cut). */
const AREA_ZOOM = 2;
/** Widest visible area (centre to corner, km) whose own places are loaded. */
const AREA_MAX_KM = 1000;
/** Zoom from which the 1:50m borders replace the 1:110m ones. */
const DETAIL_ZOOM = 3;

type SizeBy = 'events' | 'dead' | 'sources';
interface View {
  k: number;
  x: number;
  y: number;
}

const worlds = new Map<string, Promise<Feature<Geometry>[]>>();
/** Country shapes of one world-atlas file, fetched once. */
function countries(url: string): Promise<Feature<Geometry>[]> {
  let p = worlds.get(url);
  if (!p) {
    p = fetch(url)
      .then((r) => r.json() as Promise<Topology<{ countries: GeometryCollection }>>)
      .then((topo) => feature(topo, topo.objects.countries).features);
    worlds.set(url, p);
  }
  return p;
}

/** The places of the events matching `query` (`GET /api/map`). */
function loadMap(query: URLSearchParams, signal: AbortSignal): Promise<MapSummary> {
  const q = new URLSearchParams(query);
  q.set('limit', String(MAP_LIMIT));
  return getJson<MapSummary>('/api/map', q, signal);
}

/** Map of events, clustered, coloured by type, sized by events/dead/sources. */
export function MapView({ filters, navigate }: ViewProps): JSX.Element {
  const [wrapRef, width] = useWidth<HTMLDivElement>();
  const height = Math.round(Math.min(680, Math.max(360, width * 0.56)));
  const [shapes, setShapes] = useState<{ detail: boolean; features: Feature<Geometry>[] } | null>(null);
  const [view, setView] = useState<View>({ k: 1, x: 0, y: 0 });
  const [base, setBase] = useState<{ key: string; map: MapSummary; points: PlacePoint[] } | null>(null);
  const [area, setArea] = useState<{ key: string; map: MapSummary; points: PlacePoint[]; near: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [size, setSize] = useQueryParam('size');
  const sizeBy = oneOf<SizeBy>(size, ['events', 'dead', 'sources'], 'events');
  // The hovered marker, by one of its places: clusters are rebuilt on zoom and on new data.
  const [hoverKey, setHoverKey] = useState<string | null>(null);
  const touched = useRef(false);
  const drag = useRef<{ x: number; y: number; view: View; moved: boolean } | null>(null);

  const projection = useMemo(() => geoNaturalEarth1().fitExtent([[6, 6], [width - 6, height - 6]], { type: 'Sphere' }), [width, height]);
  const path = useMemo(() => geoPath(projection), [projection]);

  // Borders: 1:110m at first, 1:50m once zoomed in (fetched once, then cached).
  const detail = view.k >= DETAIL_ZOOM;
  useEffect(() => {
    let live = true;
    countries(detail ? world50Url : world110Url)
      .then((features) => live && setShapes({ detail, features }))
      .catch((e: Error) => live && setError(`world map: ${e.message}`));
    return () => {
      live = false;
    };
  }, [detail]);
  const countryPaths = useMemo(() => (shapes ? shapes.features.map((f) => path(f) ?? '') : []), [shapes, path]);
  // The same vnode while the shapes stand, so zooming, panning and hovering skip the borders.
  const borders = useMemo(() => <Countries paths={countryPaths} />, [countryPaths]);
  const sphere = useMemo(() => path({ type: 'Sphere' }) ?? '', [path]);
  const graticule = useMemo(() => path(geoGraticule10()) ?? '', [path]);

  // Every matching event's place, in one request.
  const query = filtersToQuery(filters);
  const baseKey = query.toString();
  useEffect(() => {
    const controller = new AbortController();
    setError(null);
    loadMap(query, controller.signal)
      .then((map) => setBase({ key: baseKey, map, points: toPlacePoints(map.places) }))
      .catch((e: Error) => e.name !== 'AbortError' && setError(e.message));
    return () => controller.abort();
  }, [baseKey]);

  // Only when the list was cut to the busiest places, and zoomed in (without a `near` filter of the
  // analyst's own): the visible area's places too, so the quieter places there appear.
  const truncated = base?.map.truncated ?? false;
  const areaNear = useMemo(() => (truncated && view.k >= AREA_ZOOM && !filters.near ? visibleNear(projection, view, width, height) : null), [truncated, view, projection, width, height, filters.near]);
  useEffect(() => {
    if (!areaNear) return;
    const controller = new AbortController();
    const q = filtersToQuery({ ...filters, near: areaNear });
    const key = q.toString();
    const timer = setTimeout(() => {
      loadMap(q, controller.signal)
        .then((map) => setArea({ key, near: areaNear, map, points: toPlacePoints(map.places) }))
        .catch((e: Error) => e.name !== 'AbortError' && setError(e.message));
    }, 350);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [areaNear, baseKey]);
  const areaMap = area && areaNear && area.key === filtersToQuery({ ...filters, near: area.near }).toString() ? area : null;

  const places = useMemo(() => (areaMap ? mergePoints(base?.points ?? [], areaMap.points) : (base?.points ?? [])), [base, areaMap]);

  // Fit the first load to where the events are (until the analyst zooms or pans).
  useEffect(() => {
    if (touched.current || places.length === 0) return;
    setView(fitView(places, projection, width, height));
  }, [places, projection, width, height]);

  // Projected positions at zoom 1, then clusters at the current zoom (independent of panning).
  const projected = useMemo(() => new Map(places.map((p) => [p.key, projection([p.lon, p.lat])] as const)), [places, projection]);
  const clusters = useMemo(
    () =>
      clusterPlaces(
        places,
        (p) => {
          const xy = projected.get(p.key);
          return xy ? [xy[0] * view.k, xy[1] * view.k] : null;
        },
        CELL_PX,
      ),
    [places, projected, view.k],
  );
  const hover = hoverKey === null ? undefined : clusters.find((c) => c.places.some((p) => p.key === hoverKey));
  const metric = (c: Cluster): number => (sizeBy === 'dead' ? c.dead : sizeBy === 'sources' ? c.sources : c.events);
  const radius = scaleSqrt().domain([0, Math.max(1, ...clusters.map(metric))]).range([4, 24]);

  const nearCircle = useMemo(() => {
    const parts = filters.near?.split(',').map(Number);
    if (!parts || parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return '';
    const [lat, lon, km] = parts as [number, number, number];
    return path(geoCircle().center([lon, lat]).radius(km / 111.195)()) ?? '';
  }, [filters.near, path]);

  const zoomAt = (factor: number, px: number, py: number): void => {
    touched.current = true;
    setView((v) => {
      const k = Math.min(64, Math.max(1, v.k * factor));
      const f = k / v.k;
      return clampView({ k, x: px - (px - v.x) * f, y: py - (py - v.y) * f }, width, height);
    });
  };
  const onWheel = (event: WheelEvent): void => {
    event.preventDefault();
    const rect = (event.currentTarget as SVGSVGElement).getBoundingClientRect();
    zoomAt(Math.exp(-event.deltaY * 0.0015), event.clientX - rect.left, event.clientY - rect.top);
  };
  const onPointerDown = (event: PointerEvent): void => {
    if (event.button !== 0) return;
    drag.current = { x: event.clientX, y: event.clientY, view, moved: false };
  };
  const onPointerMove = (event: PointerEvent): void => {
    const d = drag.current;
    if (!d) return;
    const dx = event.clientX - d.x;
    const dy = event.clientY - d.y;
    if (!d.moved && Math.hypot(dx, dy) < 4) return;
    if (!d.moved) (event.currentTarget as Element).setPointerCapture(event.pointerId);
    d.moved = true;
    touched.current = true;
    setHoverKey(null);
    setView(clampView({ k: d.view.k, x: d.view.x + dx, y: d.view.y + dy }, width, height));
  };
  const onPointerUp = (): void => {
    // Keep `moved` readable by the click that follows a drag, then forget the drag.
    setTimeout(() => (drag.current = null), 0);
  };
  const open = (c: Cluster): void => {
    if (drag.current?.moved) return;
    const list = `/?${filtersToQuery({ ...filters, near: nearFilter(c) }).toString()}`;
    if (c.events !== 1) return navigate(list);
    // One event: the map knows its place, not its id; ask for it and open it.
    const q = filtersToQuery({ ...filters, near: nearFilter(c) });
    q.set('limit', '2');
    getJson<{ items: { id: string }[] }>('/api/events', q)
      .then((page) => navigate(page.items.length === 1 && page.items[0] ? paths.event(page.items[0].id) : list))
      .catch(() => navigate(list));
  };

  const shown = places.reduce((n, p) => n + p.events, 0);
  const typesShown = useMemo(() => {
    const counts: Record<string, number> = {};
    for (const p of places) for (const [t, n] of Object.entries(p.byType)) counts[t] = (counts[t] ?? 0) + n;
    return Object.entries(counts).sort((a, b) => compareTypes(a[0], b[0]));
  }, [places]);

  return (
    <section class="map-view">
      <header class="map-head">
        <h2>Map</h2>
        <span class="map-count">
          {base ? mapCount(base.map, shown, areaMap?.map) : 'Loading…'}
          {base && base.key !== baseKey && <span class="view-updating"> · updating…</span>}
        </span>
        <label class="map-size">
          Size by{' '}
          <select value={sizeBy} onChange={(e) => setSize((e.currentTarget as HTMLSelectElement).value)}>
            <option value="events">events</option>
            <option value="dead">dead</option>
            <option value="sources">sources</option>
          </select>
        </label>
      </header>
      {error && <p class="view-error">Could not load the map: {error}</p>}
      <div class="map-frame" ref={wrapRef} data-located={String(base?.map.located ?? 0)}>
        {base && places.length === 0 && <p class="map-empty">No located events match these filters.</p>}
        <svg
          class="map-svg"
          width={width}
          height={height}
          role="img"
          aria-label="Map of events"
          onWheel={onWheel}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerLeave={() => setHoverKey(null)}
        >
          <g transform={`translate(${view.x},${view.y}) scale(${view.k})`}>
            <path class="sphere" d={sphere} />
            <path class="graticule" d={graticule} />
            {borders}
            {nearCircle && <path class="near-circle" d={nearCircle} />}
          </g>
          <g class="markers">
            {clusters.map((c) => {
              const r = radius(metric(c));
              const cx = c.x + view.x;
              const cy = c.y + view.y;
              if (cx < -r || cy < -r || cx > width + r || cy > height + r) return null;
              return (
                <g
                  class="marker"
                  data-type={c.type}
                  data-events={c.events}
                  transform={`translate(${cx},${cy})`}
                  role="link"
                  tabIndex={0}
                  aria-label={`${c.places.map((p) => p.name).slice(0, 3).join(', ')}: ${c.events} events`}
                  onPointerEnter={() => setHoverKey(c.places[0]?.key ?? null)}
                  onPointerLeave={() => setHoverKey(null)}
                  onFocus={() => setHoverKey(c.places[0]?.key ?? null)}
                  onBlur={() => setHoverKey(null)}
                  onKeyDown={(e) => e.key === 'Enter' && open(c)}
                  onClick={() => open(c)}
                >
                  {Object.keys(c.byType).length === 1 ? (
                    <circle r={r} fill={typeColor(c.type)} />
                  ) : (
                    <>
                      <circle r={r} class="donut-hole" />
                      {donutArcs(c.byType, r * 0.6, r).map((a) => (
                        <path class="arc" d={a.d} fill={typeColor(a.type)} />
                      ))}
                    </>
                  )}
                  {c.events > 1 && r >= (Object.keys(c.byType).length === 1 ? 9 : 12) && (
                    <text dy="0.35em" class={`marker-count${Object.keys(c.byType).length === 1 ? '' : ' on-hole'}`}>
                      {c.events >= 1000 ? `${Math.round(c.events / 100) / 10}k` : c.events}
                    </text>
                  )}
                </g>
              );
            })}
          </g>
        </svg>
        <div class="map-zoom">
          <button type="button" aria-label="Zoom in" onClick={() => zoomAt(2, width / 2, height / 2)}>
            +
          </button>
          <button type="button" aria-label="Zoom out" onClick={() => zoomAt(0.5, width / 2, height / 2)}>
            −
          </button>
          <button
            type="button"
            aria-label="Fit to events"
            title="Fit to events"
            onClick={() => {
              touched.current = true;
              setView(places.length > 0 ? fitView(places, projection, width, height) : { k: 1, x: 0, y: 0 });
            }}
          >
            ⤢
          </button>
        </div>
        {hover && <Tooltip cluster={hover} x={hover.x + view.x} y={hover.y + view.y} width={width} />}
      </div>
      <ul class="map-legend">
        {typesShown.map(([type, n]) => (
          <li key={type}>
            <span class="swatch" style={{ background: typeColor(type) }} />
            {type} <span class="n">{formatCount(n)}</span>
          </li>
        ))}
      </ul>
      <p class="map-hint">A marker's ring shows its mix of event types. Click a marker to list its events (or open a single event); scroll or use the buttons to zoom, drag to pan.</p>
    </section>
  );
}

/** Country borders (thousands of path points: drawn once per projection and detail level). */
function Countries({ paths }: { paths: readonly string[] }): JSX.Element {
  return (
    <g class="countries">
      {paths.map((d) => (
        <path class="country" d={d} />
      ))}
    </g>
  );
}

/** The hovered marker: its places, counts by type, dead and sources. */
function Tooltip({ cluster, x, y, width }: { cluster: Cluster; x: number; y: number; width: number }): JSX.Element {
  const places = [...cluster.places].sort((a, b) => b.events - a.events);
  const types = Object.entries(cluster.byType).sort((a, b) => b[1] - a[1]);
  return (
    <div class="map-tooltip" style={{ left: `${x > width - 240 ? x - 230 : x + 14}px`, top: `${Math.max(0, y - 12)}px` }}>
      <strong>
        {places
          .slice(0, 3)
          .map((p) => `${p.name} (${p.country})`)
          .join(', ')}
        {places.length > 3 ? ` and ${places.length - 3} more places` : ''}
      </strong>
      <div>
        {formatCount(cluster.events)} events · {formatCount(cluster.dead)} dead · {formatCount(cluster.sources)} sources
      </div>
      <ul>
        {types.slice(0, 6).map(([type, n]) => (
          <li>
            <span class="swatch" style={{ background: typeColor(type) }} />
            {type} <span class="n">{formatCount(n)}</span>
          </li>
        ))}
        {types.length > 6 && <li class="more">{types.length - 6} more types</li>}
      </ul>
      <div class="map-tooltip-hint">{cluster.events === 1 ? 'Click to open the event' : 'Click to list these events'}</div>
    </div>
  );
}

/**
 * What the map draws: every located matching event at its place, or, when the API cut the list to
 * the busiest places, how many of them (plus the visible area's own places when zoomed in).
 */
function mapCount(map: MapSummary, shown: number, area: MapSummary | undefined): string {
  const places = `${formatCount(map.located)} located events at ${formatCount(map.totalPlaces)} place${map.totalPlaces === 1 ? '' : 's'}`;
  if (!map.truncated) return places;
  const drawn = `${formatCount(shown)} events at the busiest ${formatCount(map.places.length)} places drawn`;
  return `${places} · ${drawn}${area ? ` (+ ${formatCount(area.places.length)} of ${formatCount(area.totalPlaces)} places in view)` : ''}`;
}

/** Keeps at least part of the map on screen. */
function clampView(v: View, width: number, height: number): View {
  const minX = width * (1 - v.k) - width * 0.4;
  const minY = height * (1 - v.k) - height * 0.4;
  return { k: v.k, x: Math.min(width * 0.4, Math.max(minX, v.x)), y: Math.min(height * 0.4, Math.max(minY, v.y)) };
}

/** The zoom and pan that frame every place (with a margin), at most zoom 8. */
function fitView(places: readonly PlacePoint[], projection: (p: [number, number]) => [number, number] | null, width: number, height: number): View {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of places) {
    const xy = projection([p.lon, p.lat]);
    if (!xy) continue;
    x0 = Math.min(x0, xy[0]);
    y0 = Math.min(y0, xy[1]);
    x1 = Math.max(x1, xy[0]);
    y1 = Math.max(y1, xy[1]);
  }
  if (!Number.isFinite(x0)) return { k: 1, x: 0, y: 0 };
  const k = Math.max(1, Math.min(8, 0.8 / Math.max((x1 - x0) / width, (y1 - y0) / height, 1 / 8)));
  return clampView({ k, x: width / 2 - ((x0 + x1) / 2) * k, y: height / 2 - ((y0 + y1) / 2) * k }, width, height);
}

/**
 * The visible area as a `near` filter: its centre and the distance to its farthest corner; null
 * while the view is wider than {@link AREA_MAX_KM} (a radius that wide matches nearly everything and
 * makes the API scan every located event, so the filter's own newest events already serve).
 */
function visibleNear(projection: { invert?: ((p: [number, number]) => [number, number] | null) | undefined }, v: View, width: number, height: number): string | null {
  const invert = (sx: number, sy: number): [number, number] | null => projection.invert?.([(sx - v.x) / v.k, (sy - v.y) / v.k]) ?? null;
  const centre = invert(width / 2, height / 2);
  if (!centre) return null;
  let far = 0;
  for (const [sx, sy] of [[0, 0], [width, 0], [0, height], [width, height]] as const) {
    const corner = invert(sx, sy);
    far = Math.max(far, corner ? distanceKm(centre[1], centre[0], corner[1], corner[0]) : Infinity);
  }
  if (far > AREA_MAX_KM) return null;
  const lat = Math.max(-90, Math.min(90, centre[1]));
  const lon = ((((centre[0] + 180) % 360) + 360) % 360) - 180;
  // Rounded so small pans reuse the same request.
  return `${lat.toFixed(1)},${lon.toFixed(1)},${Math.max(5, Math.round(far))}`;
}
