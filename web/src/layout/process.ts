/**
 * A process graph's layout, made where the data is built (src/report/diagram/layout.ts, elkjs in
 * Node), read for drawing in one language: each box with its state or region and its words in that
 * language, each route with its transition. The page runs no layout engine.
 */
import type { GraphRegion, GraphState, GraphTransition, LaidOutGraph } from '../contract.js';
import type { Lang } from '../i18n.js';
import type { BoxText } from '../marks/process.js';

/** A box to draw: a step, an end, a parallel block or one of its regions. */
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
  /** The second text (actor · time, or the reform's change) wrapped into the box, in the language drawn. */
  meta: string[];
  /** How the reform marks a step. */
  text: BoxText;
  /** Absolute position and size. */
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A routed transition to draw. */
export interface EdgeRoute {
  /** The transition. */
  transition: GraphTransition;
  /** Start, bends and end, absolute. */
  points: Array<{ x: number; y: number }>;
  /** Its label in the language drawn, when it has one. */
  label?: { text: string; x: number; y: number; width: number; height: number };
}

/** A laid-out graph as drawn in one language. */
export interface ProcessLayout {
  /** Size of the drawing. */
  width: number;
  height: number;
  /** Every box, containers before their children. */
  nodes: NodeBox[];
  /** Every transition. */
  edges: EdgeRoute[];
}

/** `graph`'s layout in `lang`, its boxes tied to their states and regions. */
export function toDrawnLayout(graph: LaidOutGraph, lang: Lang): ProcessLayout {
  const states = new Map<string, GraphState>();
  const regions = new Map<string, GraphRegion>();
  const visit = (list: readonly GraphState[]) => {
    for (const s of list) {
      states.set(s.key, s);
      for (const r of s.regions ?? []) {
        regions.set(`region:${r.key}`, r);
        visit(r.states);
      }
    }
  };
  visit(graph.states);
  const { layout } = graph;
  return {
    width: layout.width,
    height: layout.height,
    nodes: layout.nodes.map((n) => {
      const state = states.get(n.id);
      const region = regions.get(n.id);
      const text: BoxText = { cut: n.cut ?? false, ...(n.status ? { status: n.status } : {}) };
      return { id: n.id, kind: n.kind, ...(state ? { state } : {}), ...(region ? { region } : {}), lines: n.lines, meta: n.meta[lang], text, x: n.x, y: n.y, width: n.width, height: n.height };
    }),
    edges: layout.edges.map((e) => ({
      transition: graph.transitions[e.transition]!,
      points: e.points,
      ...(e.label ? { label: { ...e.label, text: e.label.text[lang] } } : {}),
    })),
  };
}
