/**
 * A tiny history-API router: the path picks the view, the query string holds the shared filters
 * (and a view's own state such as the table's sort), so every screen can be linked and reloaded.
 */
import { useEffect, useState } from 'preact/hooks';

/** The screens of the UI, parsed from `location.pathname`. */
export type Route =
  | { name: 'events' }
  | { name: 'event'; id: string }
  | { name: 'timeline' }
  | { name: 'map' }
  | { name: 'network' }
  | { name: 'actor'; id: string }
  | { name: 'place'; id: string }
  | { name: 'analyze' }
  | { name: 'not-found'; path: string };

/** Decodes one path segment; a malformed escape is kept as typed rather than thrown. */
function segment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The route a path names (`/` is the events table; a trailing slash is ignored). */
export function matchRoute(pathname: string): Route {
  const parts = pathname.replace(/\/+$/, '').split('/').filter(Boolean);
  const [head, id, ...rest] = parts;
  if (head === undefined || (head === 'events' && id === undefined)) return { name: 'events' };
  if (rest.length === 0 && id === undefined) {
    if (head === 'timeline' || head === 'map' || head === 'network' || head === 'analyze') return { name: head };
  }
  if (rest.length === 0 && id !== undefined) {
    if (head === 'events') return { name: 'event', id: segment(id) };
    if (head === 'actors') return { name: 'actor', id: segment(id) };
    if (head === 'places') return { name: 'place', id: segment(id) };
  }
  return { name: 'not-found', path: pathname };
}

/** The path of an event, actor or place page (ids are URL-encoded: actor ids are names). */
export const paths = {
  event: (id: string): string => `/events/${encodeURIComponent(id)}`,
  actor: (name: string): string => `/actors/${encodeURIComponent(name)}`,
  place: (name: string): string => `/places/${encodeURIComponent(name)}`,
};

const CHANGE = 'sitrep:navigate';

/** Moves to `to` (path and optional query) without a page load; `replace` rewrites the current history entry. */
export function go(to: string, replace = false): void {
  const target = new URL(to, location.href);
  if (target.href === location.href) return;
  if (replace) history.replaceState(null, '', target);
  else history.pushState(null, '', target);
  window.dispatchEvent(new Event(CHANGE));
  if (!replace) window.scrollTo(0, 0);
}

/** The current path and query, re-rendering on every navigation (links, back/forward, `go`). */
export function useLocation(): { path: string; search: string } {
  const read = (): { path: string; search: string } => ({ path: location.pathname, search: location.search });
  const [loc, setLoc] = useState(read);
  useEffect(() => {
    const update = (): void => setLoc(read());
    window.addEventListener('popstate', update);
    window.addEventListener(CHANGE, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(CHANGE, update);
    };
  }, []);
  return loc;
}

/**
 * Turns clicks on same-origin `<a href>` links into history navigation, so views write plain
 * links. Modified clicks (new tab, download) and `target`/`download` links keep the browser's way.
 */
export function interceptLinks(root: Document = document): () => void {
  const onClick = (event: MouseEvent): void => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element | null)?.closest?.('a');
    if (!anchor || anchor.target || anchor.hasAttribute('download')) return;
    const href = anchor.getAttribute('href');
    if (!href || href.startsWith('#')) return;
    const url = new URL(href, location.href);
    if (url.origin !== location.origin || url.pathname.startsWith('/api/') || url.pathname === '/openapi.json') return;
    event.preventDefault();
    go(url.pathname + url.search + url.hash);
  };
  root.addEventListener('click', onClick);
  return () => root.removeEventListener('click', onClick);
}
