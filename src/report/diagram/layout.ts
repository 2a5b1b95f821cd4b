/**
 * Lays out a process graph with elkjs in Node (layered, top to bottom): steps and ends as boxes,
 * parallel blocks and their regions as nested containers, transitions routed orthogonally with their
 * labels placed by ELK. One layout serves both languages: a box is as tall as its words need in the
 * wordier one, a label as wide. The result is plain JSON with absolute coordinates
 * (json.shapeCoords=ROOT), carried in the report and the served data, so a page draws the diagram
 * without a layout engine; the Office outputs draw from the same layout. ELK's answers are kept between
 * runs (LAYOUT_CACHE_DIR), so a diagram that did not change is not laid out again.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import { LANGS, type Bilingual, type Lang } from '../../vocabulary/index.js';
import type { GraphState, GraphTransition, ProcessGraph } from '../process-graph.js';
import { getBoxOwners } from './boxes.js';
import { readOwnFile, userCacheDir, writeOwnFile } from '../user-cache.js';
import { loadElk, type ElkClass } from './elk.js';
import { CONTAINER_PAD_X, DIAGRAM_PAD, LINE_H, META_LINE_H, NODE_FONT, SLIDE_DIAGRAM_W, STEP_W } from './metrics.js';
import { textWidth, wrapParts, wrapText } from './text.js';
import { shouldWrap } from './wrap.js';
import type { BoxWords, StepMark } from './words.js';

const CONTAINER_PAD = `[top=34,left=${CONTAINER_PAD_X},bottom=14,right=${CONTAINER_PAD_X}]`;

/** The words a diagram shows beside the names (words.ts): what the layout makes room for. */
export interface LayoutWords {
  /** A step's second text and the reform's mark on it. */
  box(state: GraphState): BoxWords;
  /** The label of a transition (the graph's `index`-th) per language, or undefined for none. */
  edgeLabel(transition: GraphTransition, index: number): Bilingual | undefined;
}

/** The words of a graph written out (LayoutWords as data), to send to a worker thread. */
export interface PlainWords {
  /** Each step's words, by state key. */
  boxes: Record<string, BoxWords>;
  /** Each transition's label, by index, or null for none. */
  labels: Array<Bilingual | null>;
}

/** What a layout worker (layout-worker.ts) is sent. */
export interface LayoutTask {
  /** The graph to lay out. */
  graph: ProcessGraph;
  /** Its words. */
  words: PlainWords;
  /** Where layouts are kept between runs (LAYOUT_CACHE_DIR when absent), or null for nowhere. */
  cacheDir?: string | null;
}

/** `words` for every step and transition of `graph`, written out. */
export function toPlainWords(graph: ProcessGraph, words: LayoutWords): PlainWords {
  const boxes: Record<string, BoxWords> = {};
  for (const s of getBoxOwners(graph).states.values()) if (s.type === 'step') boxes[s.key] = words.box(s);
  return { boxes, labels: graph.transitions.map((t, i) => words.edgeLabel(t, i) ?? null) };
}

/** The LayoutWords of words written out. */
export function wordsOf(plain: PlainWords): LayoutWords {
  return { box: (s) => plain.boxes[s.key] ?? { meta: { zh: '', en: '' }, cut: false }, edgeLabel: (_, i) => plain.labels[i] ?? undefined };
}

/** A laid-out box: a step, an end, a parallel block or one of its regions. */
export interface NodeLayout {
  /** State key (regions: "region:" + region key). */
  id: string;
  /** What the box is. */
  kind: 'step' | 'final' | 'parallel' | 'region';
  /** Absolute position and size. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The name wrapped into the box (a container's name, unwrapped). */
  lines: string[];
  /** The second text wrapped into the box, per language. */
  meta: Record<Lang, string[]>;
  /** True when the reform removed or merged the step. */
  cut?: true;
  /** The reform's mark on a step: removed, merged or added. */
  status?: StepMark;
}

/** A routed transition. */
export interface EdgeLayout {
  /** Index of the transition in the graph's transitions. */
  transition: number;
  /** Start, bends and end, absolute. */
  points: Array<{ x: number; y: number }>;
  /** Its label, when it has one, placed by ELK. */
  label?: { text: Bilingual; x: number; y: number; width: number; height: number };
}

/** A process graph laid out. */
export interface ProcessLayout {
  /** Size of the drawing. */
  width: number;
  height: number;
  /** Every box, containers before their children. */
  nodes: NodeLayout[];
  /** Every transition, in no particular order. */
  edges: EdgeLayout[];
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
  'elk.padding': `[top=${DIAGRAM_PAD},left=${DIAGRAM_PAD},bottom=${DIAGRAM_PAD},right=${DIAGRAM_PAD}]`,
  'elk.json.shapeCoords': 'ROOT',
  'elk.json.edgeCoords': 'ROOT',
};

/** A box's size with its wrapped name and second text (and, made for a step, the reform's mark). */
interface BoxSize extends Pick<NodeLayout, 'cut' | 'status'> {
  width: number;
  height: number;
  lines: string[];
  meta: Record<Lang, string[]>;
}

/** The box of a step or an end state: wide enough for its name, tall enough for its words in either language (English figures take up to three lines, never cut). */
export function getBoxSize(state: GraphState, meta: Bilingual): Omit<BoxSize, 'cut' | 'status'> {
  const none = { zh: [], en: [] };
  if (state.type === 'final' && !state.outcome) return { width: 22, height: 22, lines: [], meta: none };
  if (state.type === 'final') {
    const lines = wrapText(state.name, 160, NODE_FONT, 2);
    return { width: Math.max(96, Math.min(184, Math.max(...lines.map((l) => textWidth(l, NODE_FONT))) + 32)), height: 16 + lines.length * LINE_H, lines, meta: none };
  }
  const lines = wrapText(state.name, STEP_W - 24, NODE_FONT, 3);
  const wrapped = Object.fromEntries(LANGS.map((lang) => [lang, meta[lang] ? wrapParts(meta[lang].split(' · '), ' · ', STEP_W - 24, NODE_FONT - 1, 3) : []])) as Record<Lang, string[]>;
  const metaLines = Math.max(...LANGS.map((lang) => wrapped[lang].length));
  return { width: STEP_W, height: 14 + lines.length * LINE_H + metaLines * META_LINE_H + 6, lines, meta: wrapped };
}

/**
 * The options of a parallel block whose branches are wrapped into rows, packed left to right in their
 * order (ELK's rectpacking) in rows no wider than `width`, the block laid out apart from the rest; and
 * of each branch, laid out inside as the whole diagram is.
 */
function getWrappedOptions(width: number): { block: Record<string, string>; branch: Record<string, string> } {
  return {
    block: {
      'elk.algorithm': 'rectpacking', 'elk.hierarchyHandling': 'SEPARATE_CHILDREN',
      'elk.rectpacking.widthApproximation.strategy': 'TARGET_WIDTH',
      'elk.rectpacking.widthApproximation.targetWidth': String(width),
      'elk.spacing.nodeNode': LAYOUT_OPTIONS['elk.spacing.nodeNode'],
      'elk.padding': CONTAINER_PAD,
    },
    branch: { ...LAYOUT_OPTIONS, 'elk.hierarchyHandling': 'SEPARATE_CHILDREN', 'elk.padding': CONTAINER_PAD },
  };
}

/**
 * The ELK graph of `graph`, with the sizes of its boxes and labels; with `wrap`, its parallel blocks'
 * branches wrapped into rows `wrap` wide (getWrappedOptions), else side by side.
 */
function toElkGraph(graph: ProcessGraph, words: LayoutWords, sizes: Map<string, BoxSize>, wrap?: number): ElkNode {
  const wrapped = wrap === undefined ? undefined : getWrappedOptions(wrap);
  const edgesByRegion = new Map<string, ElkExtendedEdge[]>();
  graph.transitions.forEach((t, i) => {
    const region = t.source.includes('.') ? t.source.slice(0, t.source.lastIndexOf('.')) : '';
    const text = words.edgeLabel(t, i);
    const edge: ElkExtendedEdge = {
      id: `e${i}`,
      sources: [t.source],
      targets: [t.target],
      ...(text ? { labels: [{ id: `l${i}`, text: text.zh, width: Math.max(...LANGS.map((lang) => textWidth(text[lang], NODE_FONT - 1))) + 8, height: NODE_FONT + 4 }] } : {}),
    };
    (edgesByRegion.get(region) ?? edgesByRegion.set(region, []).get(region)!).push(edge);
  });
  const toNode = (state: GraphState): ElkNode => {
    if (state.type === 'parallel') {
      return {
        id: state.key,
        layoutOptions: wrapped?.block ?? { 'elk.padding': CONTAINER_PAD },
        children: (state.regions ?? []).map((r) => ({
          id: `region:${r.key}`,
          layoutOptions: wrapped?.branch ?? { 'elk.padding': CONTAINER_PAD },
          children: r.states.map(toNode),
          edges: edgesByRegion.get(r.key) ?? [],
        })),
      };
    }
    const box = state.type === 'step' ? words.box(state) : undefined;
    const size = { ...getBoxSize(state, box?.meta ?? { zh: '', en: '' }), ...(box?.cut ? { cut: true as const } : {}), ...(box?.status ? { status: box.status } : {}) };
    sizes.set(state.key, size);
    return { id: state.key, width: size.width, height: size.height };
  };
  return { id: 'root', layoutOptions: LAYOUT_OPTIONS, children: graph.states.map(toNode), edges: edgesByRegion.get('') ?? [] };
}

type Engine = InstanceType<ElkClass>;
let engine: { elk: Engine; keepCode(): void } | undefined;

/**
 * elkjs, loaded on the first layout (a layout worker loads it as it starts), with its code cache
 * (elk.ts). Not imported: an ESM import of its 1.6 MB CommonJS script first scans all of it for
 * named exports, which took longer than laying out a small diagram.
 */
export function getEngine(): Engine {
  if (!engine) {
    const { ELK, keepCode } = loadElk();
    engine = { elk: new ELK(), keepCode };
  }
  return engine.elk;
}

/**
 * Lays out `graph`, making room for `words` in both languages. A diagram wider than `fitWidth` (what
 * a slide shows whole at readable text, SLIDE_DIAGRAM_W) that wrapping could bring within it
 * (shouldWrap) is laid out again with its blocks' branches wrapped into rows, and drawn so when that
 * is narrower; any other diagram is laid out as it always was.
 * @example const layout = await layoutProcessGraph(toProcessGraph(procedure), words)
 */
export async function layoutProcessGraph(graph: ProcessGraph, words: LayoutWords, cacheDir: string | null = LAYOUT_CACHE_DIR, fitWidth = SLIDE_DIAGRAM_W): Promise<ProcessLayout> {
  const sizes = new Map<string, BoxSize>();
  let root = await layOutElk(toElkGraph(graph, words, sizes), cacheDir);
  if (shouldWrap(graph, root, fitWidth)) {
    // The block's rows, within the diagram's padding and the block's own.
    const narrow = await layOutElk(toElkGraph(graph, words, sizes, fitWidth - 2 * DIAGRAM_PAD - 2 * CONTAINER_PAD_X), cacheDir);
    if ((narrow.width ?? 0) < (root.width ?? 0)) root = narrow;
  }
  const { states, regions } = getBoxOwners(graph);
  const nodes: NodeLayout[] = [];
  const edges: EdgeLayout[] = [];
  const walk = (node: ElkNode) => {
    for (const child of node.children ?? []) {
      const state = states.get(child.id);
      const region = regions.get(child.id);
      const kind = region ? 'region' : state?.type === 'parallel' ? 'parallel' : state?.type === 'final' ? 'final' : 'step';
      const box = sizes.get(child.id) ?? { lines: [region?.name ?? state?.name ?? child.id], meta: { zh: [], en: [] } };
      const mark = { ...('cut' in box && box.cut ? { cut: true as const } : {}), ...('status' in box && box.status ? { status: box.status } : {}) };
      nodes.push({ id: child.id, kind, x: round(child.x), y: round(child.y), width: round(child.width), height: round(child.height), lines: box.lines, meta: box.meta, ...mark });
      walk(child);
    }
    for (const edge of node.edges ?? []) {
      const index = Number(edge.id.slice(1));
      const section = edge.sections?.[0];
      const points = section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map(({ x, y }) => ({ x: round(x), y: round(y) })) : [];
      const l = edge.labels?.[0];
      const text = words.edgeLabel(graph.transitions[index]!, index);
      edges.push({ transition: index, points, ...(l && text ? { label: { text, x: round(l.x), y: round(l.y), width: round(l.width), height: round(l.height) } } : {}) });
    }
  };
  walk(root);
  return { width: round(root.width), height: round(root.height), nodes, edges };
}

/** Where ELK's layouts are kept between runs: this user's folder in the system's temporary folder (user-cache.ts). */
export const LAYOUT_CACHE_DIR = userCacheDir('layout');

/**
 * ELK's layout of `input`, kept in `cacheDir` by the input and elkjs's version: ELK lays the same input
 * out the same way, so a report written again lays out only the diagrams that changed. The file holds
 * the input too, and is used only when it is the same input. Without a cache, or on a miss, ELK lays it
 * out (and its code is kept for the next process, elk.ts).
 */
async function layOutElk(input: ElkNode, cacheDir: string | null): Promise<ElkNode> {
  const question = JSON.stringify(input);
  const file = cacheDir && join(cacheDir, `${createHash('sha256').update(elkVersion()).update('\0').update(question).digest('hex').slice(0, 32)}.json`);
  const kept = file ? readOwnFile(file) : undefined;
  if (kept) {
    try {
      const answer = JSON.parse(kept.toString('utf8')) as { question?: string; layout?: ElkNode };
      if (answer.question === question && answer.layout) return answer.layout;
    } catch {
      // A damaged file: laid out again, and written anew.
    }
  }
  const root = await getEngine().layout(input);
  engine!.keepCode();
  if (file) writeOwnFile(file, JSON.stringify({ question, layout: root }));
  return root;
}

let version: string | undefined;

/** The installed elkjs's version, which a kept layout must have been made by. */
function elkVersion(): string {
  version ??= (createRequire(import.meta.url)('elkjs/package.json') as { version: string }).version;
  return version;
}

/** A coordinate to a hundredth of a pixel: the JSON stays short, the drawing the same. */
function round(value: number | undefined): number {
  return Math.round((value ?? 0) * 100) / 100;
}
