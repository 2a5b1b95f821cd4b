/**
 * The part of the process view that needs no page around it: what a side's diagram says (box texts,
 * tooltips), the legend of a pair of diagrams, and one side's diagram drawn into an <svg>. The page
 * (process.ts) and the Office files (src/report/office/charts.ts) both draw through these, so a
 * diagram in a Word report is the diagram on the page.
 */
import type { Selection } from 'd3';
import type { Case, GraphState, ProcessGraph } from '../contract.js';
import { ACTORS, SIDES, STATE_TYPES, type Actor } from '../../../src/vocabulary/index.js';
import { say, t, type Lang } from '../i18n.js';
import type { NodeBox, ProcessLayout } from '../layout/elk.js';
import type { G } from '../marks/axis.js';
import type { LegendEntry } from '../marks/legend.js';
import { arrowMarker, containerMarks, edgeMarks, LOOP, stateMarks, type BoxText } from '../marks/process.js';
import { createStatusIndex } from '../status.js';
import { ACCENT, ACTOR_COLOURS, BEFORE, INK, MUTED, SIZE, WARN } from '../theme.js';
import { textWidth } from '../text.js';
import { PAD } from './process-fit.js';
import { getBoxText, getMaterialCount, getTooltip } from './process-text.js';

/** A before item and the after item it became (same id, or the item it was merged into), either may be absent. */
export interface ItemPair {
  /** Value of the selector's option. */
  key: string;
  /** Option text: the name, or "before → after" when the item was merged into another. */
  label: string;
  before?: ProcessGraph;
  after?: ProcessGraph;
}

/**
 * Pairs the items of both versions for side-by-side diagrams: by id, else by the ledger's item merge
 * (newborn-birth: seven items merged into one), else a lone after version takes every before item.
 */
export function getItemPairs(current: Case): ItemPair[] {
  const { before, after } = current.graphs;
  const merged = new Map(current.comparison.ledger.filter((e) => e.kind === 'item' && e.into).map((e) => [e.id, e.into!]));
  const pairs: ItemPair[] = before.map((b) => {
    const a = after.find((g) => g.id === b.id) ?? after.find((g) => g.id === merged.get(b.id)) ?? (after.length === 1 ? after[0] : undefined);
    return { key: b.id, label: a && a.id !== b.id ? `${b.name} → ${a.name}` : b.name, before: b, ...(a ? { after: a } : {}) };
  });
  const shown = new Set(pairs.map((p) => p.after?.id));
  for (const a of after) if (!shown.has(a.id)) pairs.push({ key: `after:${a.id}`, label: a.name, after: a });
  return pairs;
}

/** What one side's diagram says: the meta line the layout makes room for, each box's text and tooltip. */
export interface DiagramWords {
  /** A step's second line, e.g. "申请人 · 0.5个工作日 · 跑动1次" (what the layout sizes boxes for). */
  meta: (state: GraphState) => string;
  /** The box's meta line and reform status. */
  text: (n: NodeBox) => BoxText;
  /** The tooltip's lines, the whole name first. */
  tooltip: (n: NodeBox) => string[];
}

/** The words of `graph`'s diagram on `side`, `other` being the same item on the other side (if any). */
export function getDiagramWords(current: Case, graph: ProcessGraph, other: ProcessGraph | undefined, side: 'before' | 'after', lang: Lang): DiagramWords {
  const steps = createStatusIndex(current.comparison.ledger, 'step');
  const materials = createStatusIndex(current.comparison.ledger, 'material');
  const boxText = (s: GraphState) => getBoxText(s, graph, side, steps, lang, getMaterialCount(s, graph, other, side, materials));
  return {
    meta: (s) => boxText(s).meta,
    text: (n) => boxText(n.state!),
    tooltip: (n) => getTooltip(n, graph, steps, materials, lang),
  };
}

/** The legend of a pair of diagrams: who acts in either, correction loops, steps the reform removed. */
export function getLegendEntries(before: ProcessGraph | undefined, after: ProcessGraph | undefined, lang: Lang): LegendEntry[] {
  const actors = [...new Set([...(before?.states ?? []), ...(after?.states ?? [])].flatMap(flatActors))];
  return [
    ...actors.map((a) => ({ label: say(ACTORS[a], lang), fill: ACTOR_COLOURS[a] ?? '#e6e8eb', stroke: MUTED })),
    { label: t('legendCorrection', lang), fill: LOOP, dashed: true },
    { label: t('legendRemoved', lang), fill: '#e6e8eb', stroke: WARN, struck: true },
  ];
}

/** The box holding every node, edge bend and edge label of `layout` (ELK may route a little outside its own size). */
export function getBounds(layout: ProcessLayout): { x: number; y: number; width: number; height: number } {
  const xs: number[] = [0, layout.width];
  const ys: number[] = [0, layout.height];
  for (const n of layout.nodes) xs.push(n.x, n.x + n.width), ys.push(n.y, n.y + n.height);
  for (const e of layout.edges) {
    for (const p of e.points) xs.push(p.x), ys.push(p.y);
    if (e.label) xs.push(e.label.x, e.label.x + e.label.width), ys.push(e.label.y, e.label.y + e.label.height);
  }
  const x = Math.min(...xs) - 4;
  const y = Math.min(...ys) - 4;
  return { x, y, width: Math.max(...xs) + 4 - x, height: Math.max(...ys) + 4 - y };
}

/** The title over a side's diagram: "改革前 · 食品经营许可（新办）". */
export function getPanelTitle(graph: ProcessGraph | undefined, side: 'before' | 'after', lang: Lang): string {
  return `${say(SIDES[side], lang)} · ${graph?.name ?? ''}`;
}

/**
 * A side's drawing at scale 1: as wide as the diagram, or as its title when that is wider (up to a
 * limit), so a narrow diagram keeps its name; `bounds` is the diagram's own box (getBounds).
 */
export function getPanelSize(layout: ProcessLayout | undefined, title: string): { width: number; height: number; titleWidth: number; bounds: ReturnType<typeof getBounds> } {
  const bounds = layout ? getBounds(layout) : { x: 0, y: 0, width: 320, height: 80 };
  const titleWidth = Math.min(textWidth(title, SIZE + 2) + PAD + 40, 640);
  return { width: Math.max(bounds.width + 2 * PAD, titleWidth, 320), height: bounds.height + 2 * PAD, titleWidth, bounds };
}

/** Draws a side's title band into `svg` (TITLE_H tall): a bar in the side's colour and the title, whole in data-full. */
export function drawPanelTitle(svg: Selection<SVGSVGElement, unknown, null, undefined>, text: string, side: 'before' | 'after'): void {
  svg.append('rect').attr('width', 6).attr('height', 24).attr('y', 4).attr('x', PAD).attr('fill', side === 'before' ? BEFORE : ACCENT);
  svg.append('text').attr('x', PAD + 14).attr('y', 22).attr('font-size', SIZE + 2).attr('font-weight', 700).attr('fill', INK)
    .call((el) => el.append('tspan').attr('data-full', text).text(text))
    .append('title').text(text);
}

/**
 * Draws `layout` into `svg` with its top-left PAD inside the svg's: parallel blocks, edges, then
 * steps coloured by actor (cut steps struck through). Returns each step box drawn, for tooltips.
 */
export function drawDiagram(
  svg: Selection<SVGSVGElement, unknown, null, undefined>,
  layout: ProcessLayout,
  side: 'before' | 'after',
  lang: Lang,
  words: DiagramWords,
): Array<{ node: NodeBox; el: SVGGElement }> {
  const bounds = getBounds(layout);
  const defs = svg.append('defs') as unknown as G;
  arrowMarker(defs, `arrow-flow-${side}`, MUTED);
  arrowMarker(defs, `arrow-loop-${side}`, LOOP);
  const body = svg.append('g').attr('transform', `translate(${PAD - bounds.x},${PAD - bounds.y})`) as G;
  containerMarks(body, layout.nodes, say(STATE_TYPES.parallel, lang));
  edgeMarks(body, layout.edges, (loop) => (loop ? `arrow-loop-${side}` : `arrow-flow-${side}`));
  return stateMarks(body, layout.nodes, words.text, side === 'before' ? '#7d8791' : ACCENT);
}

function flatActors(state: ProcessGraph['states'][number]): Actor[] {
  return [...(state.actor ? [state.actor] : []), ...(state.regions ?? []).flatMap((r) => r.states.flatMap(flatActors))];
}
