/**
 * A process graph's layout, made where the data is built (src/report/diagram/layout.ts, elkjs in
 * Node), read for drawing in one language: each box with its state or region and its words in that
 * language, each route with its transition. The page runs no layout engine.
 */
import { getBoxOwners } from '../../../src/report/diagram/boxes.js';
import type { EdgeLayout, NodeLayout, ProcessLayout as GraphLayout } from '../../../src/report/diagram/layout.js';
import type { GraphRegion, GraphState, GraphTransition, LaidOutGraph } from '../contract.js';
import type { Lang } from '../i18n.js';
import type { BoxText } from '../marks/process.js';

/** A box to draw (a NodeLayout tied to its state or region), its words in the language drawn. */
export type NodeBox = Omit<NodeLayout, 'meta' | 'cut' | 'status'> & {
  /** The state (absent for regions). */
  state?: GraphState;
  /** The region (regions only). */
  region?: GraphRegion;
  /** The second text wrapped into the box, in the language drawn. */
  meta: string[];
  /** How the reform marks a step. */
  text: BoxText;
};

/** A routed transition to draw (an EdgeLayout with its transition), its label in the language drawn. */
export type EdgeRoute = Omit<EdgeLayout, 'transition' | 'label'> & {
  /** The transition. */
  transition: GraphTransition;
  /** Its label, when it has one. */
  label?: Omit<NonNullable<EdgeLayout['label']>, 'text'> & { text: string };
};

/** A laid-out graph as drawn in one language. */
export type ProcessLayout = Omit<GraphLayout, 'nodes' | 'edges'> & { nodes: NodeBox[]; edges: EdgeRoute[] };

/** `graph`'s layout in `lang`, its boxes tied to their states and regions. */
export function toDrawnLayout(graph: LaidOutGraph, lang: Lang): ProcessLayout {
  const { states, regions } = getBoxOwners(graph);
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
