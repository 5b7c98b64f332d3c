/**
 * The shell: header with navigation, the shared filter bar (on the views that list or aggregate
 * events), and the view the path names. Filters live in the URL query string only, so every view
 * reads the same filters and any screen can be linked.
 */
import type { JSX } from 'preact';
import { useEffect, useMemo } from 'preact/hooks';
import { FilterBar } from './filter-bar.js';
import { interceptLinks, matchRoute, useLocation } from './router.js';
import type { Route } from './router.js';
import { useViewProps } from './use-view-props.js';
import { ActorView } from './views/actor/index.js';
import { AnalyzeView } from './views/analyze/index.js';
import { EventView } from './views/event/index.js';
import { EventsView } from './views/events/index.js';
import { MapView } from './views/map/index.js';
import { NetworkView } from './views/network/index.js';
import { PlaceView } from './views/place/index.js';
import { TimelineView } from './views/timeline/index.js';

const NAV: { path: string; label: string; active: Route['name'][] }[] = [
  { path: '/', label: 'Events', active: ['events', 'event'] },
  { path: '/timeline', label: 'Timeline', active: ['timeline'] },
  { path: '/map', label: 'Map', active: ['map', 'place'] },
  { path: '/network', label: 'Network', active: ['network', 'actor'] },
  { path: '/analyze', label: 'Analyze', active: ['analyze'] },
];

/** Routes that list or aggregate events: they show the filter bar. */
const FILTERED: Route['name'][] = ['events', 'timeline', 'map', 'network'];

/** The whole UI. */
export function App(): JSX.Element {
  const { path, search } = useLocation();
  const route = useMemo(() => matchRoute(path), [path]);
  const props = useViewProps(search);
  useEffect(() => interceptLinks(), []);
  useEffect(() => {
    document.title = route.name === 'events' ? 'sitrep' : `${titleOf(route)} · sitrep`;
  }, [route]);
  const keep = props.filterQuery ? `?${props.filterQuery}` : '';
  return (
    <div class="shell">
      <header class="topbar">
        <a class="brand" href={`/${keep}`}>
          sitrep
        </a>
        <nav>
          {NAV.map((item) => (
            <a key={item.path} href={item.path === '/analyze' ? item.path : `${item.path}${keep}`} class={item.active.includes(route.name) ? 'active' : undefined}>
              {item.label}
            </a>
          ))}
        </nav>
        <a class="api-link" href="/openapi.json" target="_blank" rel="noreferrer">
          API
        </a>
      </header>
      {FILTERED.includes(route.name) && <FilterBar filters={props.filters} setFilters={props.setFilters} />}
      <main class={`view view-${route.name}`}>{renderRoute(route, props)}</main>
    </div>
  );
}

function titleOf(route: Route): string {
  switch (route.name) {
    case 'event':
      return 'Event';
    case 'actor':
      return route.id;
    case 'place':
      return route.id;
    case 'not-found':
      return 'Not found';
    default:
      return route.name[0]?.toUpperCase() + route.name.slice(1);
  }
}

function renderRoute(route: Route, props: ReturnType<typeof useViewProps>): JSX.Element {
  const view = { filters: props.filters, setFilters: props.setFilters, navigate: props.navigate };
  switch (route.name) {
    case 'events':
      return <EventsView {...view} />;
    case 'event':
      return <EventView key={route.id} id={route.id} {...view} />;
    case 'timeline':
      return <TimelineView {...view} />;
    case 'map':
      return <MapView {...view} />;
    case 'network':
      return <NetworkView {...view} />;
    case 'actor':
      return <ActorView key={route.id} id={route.id} {...view} />;
    case 'place':
      return <PlaceView key={route.id} id={route.id} {...view} />;
    case 'analyze':
      return <AnalyzeView {...view} />;
    case 'not-found':
      return (
        <section class="panel">
          <h1>Not found</h1>
          <p>
            Nothing lives at <code>{route.path}</code>. Go to the <a href="/">events</a>.
          </p>
        </section>
      );
  }
}
