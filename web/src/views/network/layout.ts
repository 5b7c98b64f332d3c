/**
 * Network data shaping and layout, free of the DOM: the API's actor → recipient pairs become
 * nodes (one per actor) and links; a d3-force simulation runs a fixed number of ticks up front and
 * the result is drawn once as static SVG, which stays fast for hundreds of nodes.
 */
import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force';
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3-force';

/** One pair as `GET /api/network` returns it. */
export interface NetworkEdge {
  source: { name: string; country: string | null };
  target: { name: string; country: string | null };
  events: number;
  cooperation: number;
  conflict: number;
  goldstein: number;
}

/** An actor. */
export interface ActorNode extends SimulationNodeDatum {
  /** `name|country`: the same name in two countries is two actors. */
  id: string;
  name: string;
  country: string | null;
  /** Events over all its edges. */
  events: number;
  /** Laid-out position (set by {@link layoutNetwork}). */
  x: number;
  y: number;
}

/** A pair of actors, in either direction (A → B and B → A are merged into one line). */
export interface ActorLink extends SimulationLinkDatum<ActorNode> {
  source: ActorNode;
  target: ActorNode;
  events: number;
  cooperation: number;
  conflict: number;
  /** (cooperation − conflict) / events, from −1 (all conflict) to +1 (all cooperation). */
  balance: number;
}

/** Nodes and links, laid out. */
export interface NetworkLayout {
  nodes: ActorNode[];
  links: ActorLink[];
}

/** The node id of an actor. */
export function actorId(a: { name: string; country: string | null }): string {
  return `${a.name}|${a.country ?? ''}`;
}

/** Edges → nodes and undirected links (self-pairs dropped: an actor acting on itself draws no line). */
export function buildGraph(edges: readonly NetworkEdge[]): { nodes: ActorNode[]; links: ActorLink[] } {
  const nodes = new Map<string, ActorNode>();
  const node = (a: { name: string; country: string | null }): ActorNode => {
    const id = actorId(a);
    let n = nodes.get(id);
    if (!n) {
      n = { id, name: a.name, country: a.country, events: 0, x: 0, y: 0 };
      nodes.set(id, n);
    }
    return n;
  };
  const links = new Map<string, ActorLink>();
  for (const e of edges) {
    const s = node(e.source);
    const t = node(e.target);
    s.events += e.events;
    if (s === t) continue;
    t.events += e.events;
    const key = s.id < t.id ? `${s.id}\n${t.id}` : `${t.id}\n${s.id}`;
    const link = links.get(key);
    if (link) {
      link.events += e.events;
      link.cooperation += e.cooperation;
      link.conflict += e.conflict;
    } else links.set(key, { source: s, target: t, events: e.events, cooperation: e.cooperation, conflict: e.conflict, balance: 0 });
  }
  for (const l of links.values()) l.balance = l.events > 0 ? (l.cooperation - l.conflict) / l.events : 0;
  return { nodes: [...nodes.values()], links: [...links.values()] };
}

/**
 * Node radius in pixels: area proportional to events, the biggest node `max` pixels at most. The
 * biggest radius itself grows with the biggest count, so a network where nobody has more than a few
 * events does not draw every actor as a big disc.
 */
export function nodeRadius(events: number, maxEvents: number, min = 3.5, max = 20): number {
  if (maxEvents <= 0) return min;
  const top = Math.min(max, 5 + 3 * Math.sqrt(maxEvents));
  return Math.max(min, top * Math.sqrt(Math.max(0, events) / maxEvents));
}

/**
 * Lays the graph out in a `width` × `height` box: `ticks` (default {@link tickBudget}) steps of a
 * force simulation (links pull, nodes repel and do not overlap, weak gravity keeps disconnected
 * parts together), then the drawing
 * is scaled into the box (each axis by at most 1.6 times the other's factor, so the shape is kept
 * roughly). Scaling rather than clamping: a clamp piles every node that drifted out onto the border.
 * Deterministic: d3-force starts from a fixed spiral and its own seeded random source.
 */
export function layoutNetwork(edges: readonly NetworkEdge[], width: number, height: number, ticks?: number): NetworkLayout {
  const { nodes, links } = buildGraph(edges);
  const steps = ticks ?? tickBudget(nodes.length);
  const maxEvents = Math.max(0, ...nodes.map((n) => n.events));
  const maxLink = Math.max(1, ...links.map((l) => l.events));
  const radius = (n: ActorNode): number => nodeRadius(n.events, maxEvents);
  const sim = forceSimulation<ActorNode>(nodes)
    .force('link', forceLink<ActorNode, ActorLink>(links).distance((l) => 30 + radius(l.source) + radius(l.target)).strength((l) => 0.2 + 0.8 * (l.events / maxLink)))
    .force('charge', forceManyBody<ActorNode>().strength(-60).distanceMax(Math.max(width, height) / 2))
    .force('collide', forceCollide<ActorNode>((n) => radius(n) + 2))
    .force('x', forceX<ActorNode>(width / 2).strength(0.05))
    .force('y', forceY<ActorNode>(height / 2).strength(0.05 * (width / Math.max(1, height))))
    .force('center', forceCenter(width / 2, height / 2))
    // Cool down to d3's usual resting temperature (alpha 0.001) within the budget.
    .alphaDecay(1 - Math.pow(0.001, 1 / Math.max(1, steps)))
    .stop();
  sim.tick(steps);
  fitInto(nodes, width, height, nodeRadius(maxEvents, maxEvents) + 4);
  return { nodes, links };
}

/**
 * Simulation steps for a graph of `nodes` nodes: d3's usual 300 for small graphs, fewer for big ones
 * (each step costs about n log n), so the layout stays within a few hundred milliseconds.
 */
export function tickBudget(nodes: number): number {
  return Math.max(80, Math.min(300, Math.round(60_000 / Math.max(1, nodes))));
}

/** Scales and centres node positions into the box, `pad` pixels from its edges (room for labels above). */
export function fitInto(nodes: readonly { x: number; y: number }[], width: number, height: number, pad: number): void {
  if (nodes.length === 0) return;
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const innerW = Math.max(1, width - 2 * pad);
  const innerH = Math.max(1, height - 2 * pad - 12);
  // A single node or a flat line has no extent on an axis: it is centred there, not stretched.
  const fx = x1 > x0 ? innerW / (x1 - x0) : Infinity;
  const fy = y1 > y0 ? innerH / (y1 - y0) : Infinity;
  const uniform = Math.min(fx, fy, 1.6);
  const sx = Math.min(fx, uniform * 1.6);
  const sy = Math.min(fy, uniform * 1.6);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  for (const n of nodes) {
    n.x = width / 2 + (Number.isFinite(sx) ? (n.x - cx) * sx : 0);
    n.y = height / 2 + 6 + (Number.isFinite(sy) ? (n.y - cy) * sy : 0);
  }
}

/** The `count` biggest nodes (most events), the ones that get a label. */
export function biggest(nodes: readonly ActorNode[], count: number): Set<string> {
  return new Set([...nodes].sort((a, b) => b.events - a.events || (a.id < b.id ? -1 : 1)).slice(0, count).map((n) => n.id));
}

/** A label to place: the node's position and radius, and its text. */
export interface LabelCandidate {
  id: string;
  x: number;
  y: number;
  r: number;
  text: string;
}

/**
 * Greedy label placement: candidates in priority order (biggest nodes first), each label a box
 * centred above its node; a label that would overlap one already placed is dropped, so the names
 * that are shown can be read. Box sizes are estimates (`charPx` per character, `heightPx` tall).
 */
export function placeLabels(candidates: readonly LabelCandidate[], charPx = 6.8, heightPx = 15): Set<string> {
  const placed: { x0: number; x1: number; y0: number; y1: number }[] = [];
  const shown = new Set<string>();
  for (const c of candidates) {
    const half = (c.text.length * charPx) / 2;
    // The text's baseline sits 4 px above the circle; descenders reach a little below it.
    const box = { x0: c.x - half, x1: c.x + half, y0: c.y - c.r - 4 - heightPx + 3, y1: c.y - c.r - 4 + 3 };
    if (placed.some((p) => box.x0 < p.x1 && p.x0 < box.x1 && box.y0 < p.y1 && p.y0 < box.y1)) continue;
    placed.push(box);
    shown.add(c.id);
  }
  return shown;
}
