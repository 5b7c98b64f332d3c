/**
 * The Network view: actors as nodes (area by events), actor–recipient pairs as lines (width by
 * events, colour from conflict red through grey to cooperation blue), from `/api/network` under the
 * shared filters. The layout is a d3-force simulation run for a fixed number of ticks, then drawn
 * once as static SVG. Hovering a node highlights its lines; a click opens the actor's page.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { scaleSqrt } from 'd3-scale';
import { getJson } from '../../api.js';
import { actorLabel, formatCount } from '../../format.js';
import { paths } from '../../router.js';
import { filtersToQuery } from '../../view-props.js';
import type { ViewProps } from '../../view-props.js';
import { balanceColor, BALANCE_COLORS } from '../timeline/palette.js';
import { oneOf, useQueryParam } from '../timeline/url-state.js';
import { useWidth } from '../timeline/use-width.js';
import { biggest, layoutNetwork, nodeRadius, placeLabels } from './layout.js';
import type { ActorLink, ActorNode, NetworkEdge } from './layout.js';
import './network.css';

/** How many pairs the analyst can ask for (the API allows up to 1,000). */
const LIMITS = [50, 100, 200, 500] as const;
/** Nodes that always carry a label. */
const LABELS = 14;

/** Actor network: who acts on whom, how often, and how cooperatively. */
export function NetworkView({ filters, navigate }: ViewProps): JSX.Element {
  const [wrapRef, width] = useWidth<HTMLDivElement>();
  const height = Math.round(Math.min(720, Math.max(420, width * 0.6)));
  const [pairs, setPairs] = useQueryParam('pairs');
  const limit = Number(oneOf(pairs, LIMITS.map(String), '100'));
  const [loaded, setLoaded] = useState<{ key: string; edges: NetworkEdge[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [hoverNode, setHoverNode] = useState<ActorNode | null>(null);
  const [hoverLink, setHoverLink] = useState<ActorLink | null>(null);
  // Zoom and pan move positions only: circles, lines and labels keep their size.
  const [view, setView] = useState({ k: 1, x: 0, y: 0 });
  const drag = useRef<{ x: number; y: number; view: { k: number; x: number; y: number }; moved: boolean } | null>(null);
  const sx = (n: ActorNode): number => n.x * view.k + view.x;
  const sy = (n: ActorNode): number => n.y * view.k + view.y;
  const zoomAt = (factor: number, px: number, py: number): void =>
    setView((v) => {
      const k = Math.min(12, Math.max(1, v.k * factor));
      // Zoomed all the way out the drawing sits where the layout put it.
      if (k === 1) return { k: 1, x: 0, y: 0 };
      return { k, x: px - (px - v.x) * (k / v.k), y: py - (py - v.y) * (k / v.k) };
    });
  const onWheel = (event: WheelEvent): void => {
    event.preventDefault();
    const rect = (event.currentTarget as SVGSVGElement).getBoundingClientRect();
    zoomAt(Math.exp(-event.deltaY * 0.0015), event.clientX - rect.left, event.clientY - rect.top);
  };
  const onPointerDown = (event: PointerEvent): void => {
    if (event.button === 0) drag.current = { x: event.clientX, y: event.clientY, view, moved: false };
  };
  const onPointerMove = (event: PointerEvent): void => {
    const d = drag.current;
    if (!d || view.k === 1) return;
    const dx = event.clientX - d.x;
    const dy = event.clientY - d.y;
    if (!d.moved && Math.hypot(dx, dy) < 4) return;
    if (!d.moved) (event.currentTarget as Element).setPointerCapture(event.pointerId);
    d.moved = true;
    setView({ ...d.view, x: d.view.x + dx, y: d.view.y + dy });
  };
  // Keep `moved` readable by the click that ends a drag (so it does not open an actor), then forget it.
  const onPointerUp = (): void => void setTimeout(() => (drag.current = null), 0);
  const openActor = (n: ActorNode): void => {
    if (!drag.current?.moved) navigate(paths.actor(n.name));
  };

  const query = filtersToQuery(filters);
  query.set('limit', String(limit));
  const key = query.toString();
  useEffect(() => {
    const controller = new AbortController();
    setError(null);
    getJson<{ edges: NetworkEdge[] }>('/api/network', query, controller.signal)
      .then((r) => setLoaded({ key, edges: r.edges }))
      .catch((e: Error) => e.name !== 'AbortError' && setError(e.message));
    return () => controller.abort();
  }, [key]);

  const layout = useMemo(() => layoutNetwork(loaded?.edges ?? [], width, height), [loaded, width, height]);
  const maxEvents = Math.max(0, ...layout.nodes.map((n) => n.events));
  const linkWidth = scaleSqrt().domain([0, Math.max(1, ...layout.links.map((l) => l.events))]).range([0.8, 9]);
  // Zoomed in, there is room to name more actors.
  const labelled = useMemo(() => {
    const top = biggest(layout.nodes, Math.round(LABELS * view.k));
    const candidates = layout.nodes
      .filter((n) => top.has(n.id))
      .sort((a, b) => b.events - a.events || (a.id < b.id ? -1 : 1))
      .map((n) => ({ id: n.id, x: n.x * view.k + view.x, y: n.y * view.k + view.y, r: nodeRadius(n.events, maxEvents), text: actorLabel(n) }));
    return placeLabels(candidates);
  }, [layout, view, maxEvents]);
  const neighbours = useMemo(() => {
    if (!hoverNode) return null;
    const set = new Set([hoverNode.id]);
    for (const l of layout.links) {
      if (l.source.id === hoverNode.id) set.add(l.target.id);
      if (l.target.id === hoverNode.id) set.add(l.source.id);
    }
    return set;
  }, [hoverNode, layout]);
  const touches = (l: ActorLink): boolean => !!hoverNode && (l.source.id === hoverNode.id || l.target.id === hoverNode.id);
  // Thin lines first so heavy ones are drawn on top.
  const links = useMemo(() => [...layout.links].sort((a, b) => a.events - b.events), [layout]);

  return (
    <section class="network-view">
      <header class="network-head">
        <h2>Actor network</h2>
        <span class="network-count">
          {/* A → B and B → A are one line: say how many directed pairs the lines draw. */}
          {loaded ? `${formatCount(layout.nodes.length)} actors · ${formatCount(layout.links.length)} lines (${formatCount(loaded.edges.length)} directed pairs)` : 'Loading…'}
          {loaded && loaded.key !== key && <span class="view-updating"> · updating…</span>}
        </span>
        <label class="network-limit">
          Busiest pairs{' '}
          <select value={String(limit)} onChange={(e) => setPairs((e.currentTarget as HTMLSelectElement).value)}>
            {LIMITS.map((n) => (
              <option value={String(n)}>{n}</option>
            ))}
          </select>
        </label>
        <span class="network-key">
          <span class="edge-swatch" style={{ background: BALANCE_COLORS.conflict }} /> conflict
          <span class="edge-swatch" style={{ background: BALANCE_COLORS.neutral }} /> mixed
          <span class="edge-swatch" style={{ background: BALANCE_COLORS.cooperation }} /> cooperation
        </span>
      </header>
      {error && <p class="view-error">Could not load the network: {error}</p>}
      <div class="network-frame" ref={wrapRef}>
        {loaded && layout.nodes.length === 0 && <p class="network-empty">No actor pairs match these filters.</p>}
        <svg
          class={`network-svg${hoverNode ? ' focused' : ''}${view.k > 1 ? ' zoomed' : ''}`}
          width={width}
          height={height}
          role="img"
          aria-label="Actor network"
          onWheel={onWheel}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
        >
          <g class="links">
            {links.map((l) => (
              <line
                class={`link${touches(l) ? ' hot' : ''}`}
                x1={sx(l.source)}
                y1={sy(l.source)}
                x2={sx(l.target)}
                y2={sy(l.target)}
                stroke={balanceColor(l.balance)}
                stroke-width={linkWidth(l.events)}
                onPointerEnter={() => setHoverLink(l)}
                onPointerLeave={() => setHoverLink(null)}
              />
            ))}
          </g>
          <g class="nodes">
            {layout.nodes.map((n) => (
              <g
                class={`node${neighbours?.has(n.id) ? ' hot' : ''}`}
                data-actor={n.name}
                transform={`translate(${sx(n)},${sy(n)})`}
                onPointerEnter={() => setHoverNode(n)}
                onPointerLeave={() => setHoverNode(null)}
                role="link"
                tabIndex={0}
                aria-label={`${actorLabel(n)}: ${n.events} events`}
                onFocus={() => setHoverNode(n)}
                onBlur={() => setHoverNode(null)}
                onKeyDown={(e) => e.key === 'Enter' && openActor(n)}
                onClick={() => openActor(n)}
              >
                <circle r={nodeRadius(n.events, maxEvents)} />
              </g>
            ))}
          </g>
          {/* Labels after every node, so no circle covers a name. */}
          <g class="labels">
            {layout.nodes
              .filter((n) => (neighbours ? neighbours.has(n.id) : labelled.has(n.id)))
              .map((n) => (
                <text class={`label${neighbours?.has(n.id) ? ' hot' : ''}`} x={sx(n)} y={sy(n) - nodeRadius(n.events, maxEvents) - 4}>
                  {actorLabel(n)}
                </text>
              ))}
          </g>
        </svg>
        <div class="network-zoom">
          <button type="button" aria-label="Zoom in" onClick={() => zoomAt(2, width / 2, height / 2)}>
            +
          </button>
          <button type="button" aria-label="Zoom out" onClick={() => zoomAt(0.5, width / 2, height / 2)}>
            −
          </button>
          <button type="button" aria-label="Show all" title="Show all" onClick={() => setView({ k: 1, x: 0, y: 0 })}>
            ⤢
          </button>
        </div>
        {hoverNode && <NodeTip node={hoverNode} links={layout.links} width={width} at={(n) => [sx(n), sy(n)]} />}
        {!hoverNode && hoverLink && <LinkTip link={hoverLink} width={width} at={(n) => [sx(n), sy(n)]} />}
      </div>
      <p class="network-hint">Node area: events; line width: events between the pair; colour: their cooperation/conflict balance. Hover an actor to see its ties, click it to open its page; scroll to zoom, drag to pan.</p>
    </section>
  );
}

/** An actor's events and its biggest partners. */
function NodeTip({ node, links, width, at }: { node: ActorNode; links: readonly ActorLink[]; width: number; at: (n: ActorNode) => [number, number] }): JSX.Element {
  const [x, y] = at(node);
  const mine = links.filter((l) => l.source.id === node.id || l.target.id === node.id).sort((a, b) => b.events - a.events);
  return (
    <div class="network-tooltip" style={{ left: `${x > width - 260 ? x - 250 : x + 16}px`, top: `${Math.max(0, y - 10)}px` }}>
      <strong>{actorLabel(node)}</strong>
      <div>
        {formatCount(node.events)} events with {formatCount(mine.length)} partners shown
      </div>
      <ul>
        {mine.slice(0, 6).map((l) => {
          const other = l.source.id === node.id ? l.target : l.source;
          return (
            <li>
              <span class="edge-swatch" style={{ background: balanceColor(l.balance) }} />
              {actorLabel(other)} <span class="n">{formatCount(l.events)}</span>
            </li>
          );
        })}
      </ul>
      <div class="network-tooltip-hint">Click to open the actor</div>
    </div>
  );
}

/** A pair's counts. */
function LinkTip({ link, width, at }: { link: ActorLink; width: number; at: (n: ActorNode) => [number, number] }): JSX.Element {
  const [x0, y0] = at(link.source);
  const [x1, y1] = at(link.target);
  const x = (x0 + x1) / 2;
  const y = (y0 + y1) / 2;
  return (
    <div class="network-tooltip" style={{ left: `${x > width - 260 ? x - 250 : x + 12}px`, top: `${Math.max(0, y - 10)}px` }}>
      <strong>
        {actorLabel(link.source)} ↔ {actorLabel(link.target)}
      </strong>
      <div>{formatCount(link.events)} events</div>
      <div>
        <span style={{ color: BALANCE_COLORS.cooperation }}>{formatCount(link.cooperation)} cooperation</span> · <span style={{ color: BALANCE_COLORS.conflict }}>{formatCount(link.conflict)} conflict</span>
      </div>
    </div>
  );
}
