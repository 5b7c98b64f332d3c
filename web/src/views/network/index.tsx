/**
 * The Network view: actors as nodes (area by events), actor–recipient pairs as lines (width by
 * events, colour from conflict red through grey to cooperation blue), from `/api/network` under the
 * shared filters. The layout is a d3-force simulation run for a fixed number of ticks, then drawn
 * once as static SVG. Hovering a node highlights its lines; a click opens the actor's page.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
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
import { biggest, layoutNetwork, nodeRadius } from './layout.js';
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
  const labelled = useMemo(() => biggest(layout.nodes, LABELS), [layout]);
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
        <span class="network-count">{loaded ? `${formatCount(layout.nodes.length)} actors · ${formatCount(layout.links.length)} pairs` : 'Loading…'}</span>
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
        <svg class={`network-svg${hoverNode ? ' focused' : ''}`} width={width} height={height} role="img" aria-label="Actor network">
          <g class="links">
            {links.map((l) => (
              <line
                class={`link${touches(l) ? ' hot' : ''}`}
                x1={l.source.x}
                y1={l.source.y}
                x2={l.target.x}
                y2={l.target.y}
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
                transform={`translate(${n.x},${n.y})`}
                onPointerEnter={() => setHoverNode(n)}
                onPointerLeave={() => setHoverNode(null)}
                onClick={() => navigate(paths.actor(n.name))}
              >
                <circle r={nodeRadius(n.events, maxEvents)} />
              </g>
            ))}
          </g>
          {/* Labels after every node, so no circle covers a name. */}
          <g class="labels">
            {layout.nodes
              .filter((n) => labelled.has(n.id) || neighbours?.has(n.id))
              .map((n) => (
                <text class={`label${neighbours?.has(n.id) ? ' hot' : ''}`} x={n.x} y={n.y - nodeRadius(n.events, maxEvents) - 4}>
                  {actorLabel(n)}
                </text>
              ))}
          </g>
        </svg>
        {hoverNode && <NodeTip node={hoverNode} links={layout.links} width={width} />}
        {!hoverNode && hoverLink && <LinkTip link={hoverLink} width={width} />}
      </div>
      <p class="network-hint">Node area: events; line width: events between the pair; colour: their cooperation/conflict balance. Hover an actor to see its ties, click it to open its page.</p>
    </section>
  );
}

/** An actor's events and its biggest partners. */
function NodeTip({ node, links, width }: { node: ActorNode; links: readonly ActorLink[]; width: number }): JSX.Element {
  const mine = links.filter((l) => l.source.id === node.id || l.target.id === node.id).sort((a, b) => b.events - a.events);
  return (
    <div class="network-tooltip" style={{ left: `${node.x > width - 260 ? node.x - 250 : node.x + 16}px`, top: `${Math.max(0, node.y - 10)}px` }}>
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
function LinkTip({ link, width }: { link: ActorLink; width: number }): JSX.Element {
  const x = (link.source.x + link.target.x) / 2;
  const y = (link.source.y + link.target.y) / 2;
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
