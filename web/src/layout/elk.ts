/**
 * Lays out a process graph with elkjs (layered, top to bottom): steps and ends as boxes, parallel
 * blocks and their regions as nested containers, transitions routed orthogonally with their
 * labels placed by ELK. Every coordinate that comes back is absolute (json.shapeCoords=ROOT).
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { GraphRegion, GraphState, GraphTransition, ProcessGraph } from '../contract.js';
import { textWidth, wrapParts, wrapText } from '../text.js';

/** Width of a step box. */
export const STEP_W = 220;
/** Font size inside boxes. */
export const NODE_FONT = 14;
const LINE_H = 19;
const CONTAINER_PAD = '[top=34,left=14,bottom=14,right=14]';

/** A laid-out box: a step, an end, a parallel block or one of its regions. */
export interface NodeBox {
  /** State key (regions: "region:" + region key). */
  id: string;
  /** What the box is. */
  kind: 'step' | 'final' | 'parallel' | 'region';
  /** The state (absent for regions). */
  state?: GraphState;
  /** The region (regions only). */
  region?: GraphRegion;
  /** The name wrapped into the box. */
  lines: string[];
  /** The second text (actor · time, or the reform's reason) wrapped into the box. */
  meta: string[];
  /** Absolute position and size. */
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A routed transition. */
export interface EdgeRoute {
  /** The transition. */
  transition: GraphTransition;
  /** Start, bends and end, absolute. */
  points: Array<{ x: number; y: number }>;
  /** Its label, when it has one, placed by ELK. */
  label?: { text: string; x: number; y: number; width: number; height: number };
}

/** A process graph laid out. */
export interface ProcessLayout {
  /** Size of the drawing. */
  width: number;
  height: number;
  /** Every box, containers before their children. */
  nodes: NodeBox[];
  /** Every transition. */
  edges: EdgeRoute[];
}

const LAYOUT_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.layered.spacing.nodeNodeBetweenLayers': '36',
  'elk.spacing.nodeNode': '28',
  'elk.spacing.edgeNode': '16',
  'elk.spacing.edgeEdge': '10',
  'elk.spacing.edgeLabel': '4',
  'elk.layered.spacing.edgeNodeBetweenLayers': '16',
  'elk.edgeLabels.inline': 'false',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.padding': '[top=12,left=12,bottom=12,right=12]',
  'elk.json.shapeCoords': 'ROOT',
  'elk.json.edgeCoords': 'ROOT',
};

/** What a box says under its name, e.g. "申请人 · 0.5个工作日 · 跑动1次". */
export type MetaText = (state: GraphState) => string;

/** The box size of a step or an end state, with its wrapped name and meta text. */
export function getBoxSize(state: GraphState, meta: MetaText): { width: number; height: number; lines: string[]; meta: string[] } {
  if (state.type === 'final' && !state.outcome) return { width: 22, height: 22, lines: [], meta: [] };
  if (state.type === 'final') {
    const lines = wrapText(state.name, 160, NODE_FONT, 2);
    return { width: Math.max(96, Math.min(184, Math.max(...lines.map((l) => textWidth(l, NODE_FONT))) + 32)), height: 16 + lines.length * LINE_H, lines, meta: [] };
  }
  const lines = wrapText(state.name, STEP_W - 24, NODE_FONT, 3);
  const metaLines = wrapParts(meta(state).split(' · '), ' · ', STEP_W - 24, NODE_FONT - 1, 2);
  return { width: STEP_W, height: 14 + lines.length * LINE_H + metaLines.length * (LINE_H - 1) + 6, lines, meta: metaLines };
}

/** The ELK graph of `graph`; `edgeLabel` gives the text shown on a transition, if any. */
export function toElkGraph(graph: ProcessGraph, edgeLabel: (t: GraphTransition) => string | undefined, meta: MetaText): ElkNode {
  const edgesByRegion = new Map<string, ElkExtendedEdge[]>();
  graph.transitions.forEach((t, i) => {
    const region = t.source.includes('.') ? t.source.slice(0, t.source.lastIndexOf('.')) : '';
    const text = edgeLabel(t);
    const edge: ElkExtendedEdge = {
      id: `e${i}`,
      sources: [t.source],
      targets: [t.target],
      ...(text ? { labels: [{ id: `l${i}`, text, width: textWidth(text, NODE_FONT - 1) + 8, height: NODE_FONT + 4 }] } : {}),
    };
    (edgesByRegion.get(region) ?? edgesByRegion.set(region, []).get(region)!).push(edge);
  });
  const toNode = (state: GraphState): ElkNode => {
    if (state.type === 'parallel') {
      return {
        id: state.key,
        layoutOptions: { 'elk.padding': CONTAINER_PAD },
        children: (state.regions ?? []).map((r) => ({
          id: `region:${r.key}`,
          layoutOptions: { 'elk.padding': CONTAINER_PAD },
          children: r.states.map(toNode),
          edges: edgesByRegion.get(r.key) ?? [],
        })),
      };
    }
    const size = getBoxSize(state, meta);
    return { id: state.key, width: size.width, height: size.height };
  };
  return { id: 'root', layoutOptions: LAYOUT_OPTIONS, children: graph.states.map(toNode), edges: edgesByRegion.get('') ?? [] };
}

/** What lays out an ELK graph: the page's engine (engine.ts), or elkjs itself in Node. */
export interface LayoutEngine {
  layout(graph: ElkNode): Promise<ElkNode>;
}

/**
 * Lays out `graph` with `elk`, asynchronously. This module holds no engine, so Node (the Office
 * outputs' charts) can load it; the page lays out through engine.ts's layoutProcess.
 */
export async function layoutWith(elk: LayoutEngine, graph: ProcessGraph, edgeLabel: (t: GraphTransition) => string | undefined, meta: MetaText): Promise<ProcessLayout> {
  const result = await elk.layout(toElkGraph(graph, edgeLabel, meta));
  return fromElk(graph, result, edgeLabel, meta);
}

function fromElk(graph: ProcessGraph, root: ElkNode, edgeLabel: (t: GraphTransition) => string | undefined, meta: MetaText): ProcessLayout {
  const states = new Map<string, GraphState>();
  const regions = new Map<string, GraphRegion>();
  const visit = (list: GraphState[]) => {
    for (const s of list) {
      states.set(s.key, s);
      for (const r of s.regions ?? []) {
        regions.set(`region:${r.key}`, r);
        visit(r.states);
      }
    }
  };
  visit(graph.states);
  const nodes: NodeBox[] = [];
  const edges: EdgeRoute[] = [];
  const walk = (node: ElkNode) => {
    for (const child of node.children ?? []) {
      const state = states.get(child.id);
      const region = regions.get(child.id);
      const kind = region ? 'region' : state?.type === 'parallel' ? 'parallel' : state?.type === 'final' ? 'final' : 'step';
      const box = state && kind !== 'parallel' ? getBoxSize(state, meta) : { lines: [region?.name ?? state?.name ?? child.id], meta: [] };
      nodes.push({ id: child.id, kind, ...(state ? { state } : {}), ...(region ? { region } : {}), lines: box.lines, meta: box.meta, x: child.x ?? 0, y: child.y ?? 0, width: child.width ?? 0, height: child.height ?? 0 });
      walk(child);
    }
    for (const edge of node.edges ?? []) {
      const transition = graph.transitions[Number(edge.id.slice(1))]!;
      const section = edge.sections?.[0];
      const points = section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint] : [];
      const l = edge.labels?.[0];
      const text = edgeLabel(transition);
      edges.push({ transition, points, ...(l && text ? { label: { text, x: l.x ?? 0, y: l.y ?? 0, width: l.width ?? 0, height: l.height ?? 0 } } : {}) });
    }
  };
  walk(root);
  return { width: root.width ?? 0, height: root.height ?? 0, nodes, edges };
}
