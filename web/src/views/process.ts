/**
 * Process diagrams: before and after side by side at one scale, laid out by elkjs, steps coloured by
 * actor with a legend, correction loops dashed with p and max, steps the reform removed or merged
 * struck through and labelled with the reason; hover or focus a step for its materials, time, trips.
 * Bundles get an item selector.
 */
import { select } from 'd3';
import { createSvg, showMessage, type ChartFrame } from '../chart.js';
import type { Case, GraphState, GraphTransition, ProcessGraph } from '../contract.js';
import { label, t, type Lang } from '../i18n.js';
import { layoutProcess, type ProcessLayout } from '../layout/elk.js';
import type { G } from '../marks/axis.js';
import { legend, type LegendEntry } from '../marks/legend.js';
import { arrowMarker, containerMarks, edgeMarks, LOOP, stateMarks } from '../marks/process.js';
import { createStatusIndex } from '../status.js';
import { attachTooltip } from '../tooltip.js';
import { ACCENT, ACTOR_COLOURS, BEFORE, INK, MUTED, SIZE, WARN } from '../theme.js';
import { truncate } from '../text.js';
import { getBoxText, getEdgeLabel, getMaterialCount, getTooltip } from './process-text.js';

const GAP = 56;
const MARGIN = 20;
const TITLE_H = 40;

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

/** Draws the process view of `current`; resolves once the first item is drawn. */
export async function drawProcess(frame: ChartFrame, current: Case): Promise<void> {
  const pairs = getItemPairs(current);
  const area = document.createElement('div');
  area.className = 'process-area';
  frame.body.append(area);
  const draw = (pair: ItemPair) => drawItem(area, frame.lang, current, pair.before, pair.after);
  if (pairs.length > 1) {
    const wrap = document.createElement('label');
    wrap.className = 'item-select';
    const span = document.createElement('span');
    span.textContent = t('item', frame.lang);
    const select = document.createElement('select');
    select.id = 'process-item';
    for (const pair of pairs) {
      const option = document.createElement('option');
      option.value = pair.key;
      option.textContent = pair.label;
      select.append(option);
    }
    select.addEventListener('change', () => void draw(pairs[select.selectedIndex]!));
    wrap.append(span, select);
    frame.tools.prepend(wrap);
  }
  if (pairs[0]) await draw(pairs[0]);
}

async function drawItem(area: HTMLElement, lang: Lang, current: Case, before: ProcessGraph | undefined, after: ProcessGraph | undefined): Promise<void> {
  area.replaceChildren();
  const waiting = showMessage(area, t('layingOut', lang), 'message busy');
  // Let the browser paint 正在布局… before the layout takes the thread.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const edgeLabel = (tr: GraphTransition) => getEdgeLabel(tr, lang);
  const steps = createStatusIndex(current.comparison.ledger, 'step');
  const materials = createStatusIndex(current.comparison.ledger, 'material');
  const others = (side: 'before' | 'after') => current.graphs[side === 'before' ? 'after' : 'before'];
  const boxText = (graph: ProcessGraph, other: ProcessGraph | undefined, side: 'before' | 'after') => (s: GraphState) =>
    getBoxText(s, graph, other, others(side), side, steps, lang, getMaterialCount(s, graph, other, side, materials));
  const [lb, la] = await Promise.all([
    before && layoutProcess(before, edgeLabel, (s) => boxText(before, after, 'before')(s).meta),
    after && layoutProcess(after, edgeLabel, (s) => boxText(after, before, 'after')(s).meta),
  ]);
  waiting.remove();
  const bw = lb?.width ?? 320;
  const aw = la?.width ?? 320;
  const actors = [...new Set([...(before?.states ?? []), ...(after?.states ?? [])].flatMap(flatActors))];
  const entries: LegendEntry[] = [
    ...actors.map((a) => ({ label: label('actor', a, lang), fill: ACTOR_COLOURS[a] ?? '#e6e8eb', stroke: MUTED })),
    { label: t('legendCorrection', lang), fill: LOOP, dashed: true },
    { label: t('legendRemoved', lang), fill: '#e6e8eb', stroke: WARN, struck: true },
  ];
  const width = Math.max(MARGIN * 2 + bw + GAP + aw, 760);
  const legendProbe = select(document.createElementNS('http://www.w3.org/2000/svg', 'g')) as unknown as G;
  const legendH = legend(legendProbe, entries, width - 2 * MARGIN);
  const height = MARGIN + legendH + 16 + TITLE_H + Math.max(lb?.height ?? 80, la?.height ?? 80) + MARGIN;
  const svg = createSvg(area, width, height);
  const defs = svg.append('defs') as unknown as G;
  arrowMarker(defs, 'arrow-flow', MUTED);
  arrowMarker(defs, 'arrow-loop', LOOP);
  const root = svg.append('g').attr('transform', `translate(${MARGIN},${MARGIN})`) as G;
  legend(root.append('g'), entries, width - 2 * MARGIN);
  const top = legendH + 16;
  const panels: Array<[ProcessGraph | undefined, ProcessLayout | undefined, number, 'before' | 'after', ProcessGraph | undefined]> = [
    [before, lb, 0, 'before', after],
    [after, la, bw + GAP, 'after', before],
  ];
  for (const [graph, layout, x, side, other] of panels) {
    const panel = root.append('g').attr('class', `panel ${side}`).attr('data-side', side).attr('transform', `translate(${x},${top})`) as G;
    const colour = side === 'before' ? BEFORE : ACCENT;
    panel.append('rect').attr('width', 6).attr('height', 24).attr('y', 2).attr('fill', colour);
    const title = `${t(side, lang)} · ${graph?.name ?? ''}`;
    panel.append('text').attr('x', 14).attr('y', 20).attr('font-size', SIZE + 2).attr('font-weight', 700).attr('fill', INK)
      .text(truncate(title, (side === 'before' ? bw + GAP - 30 : width - 2 * MARGIN - bw - GAP) - 20, SIZE + 2)).append('title').text(title);
    if (!graph || !layout) {
      panel.append('text').attr('x', 14).attr('y', TITLE_H + 24).attr('font-size', SIZE).attr('fill', MUTED).text(t('noSuchItem', lang));
      continue;
    }
    const body = panel.append('g').attr('transform', `translate(0,${TITLE_H})`) as G;
    containerMarks(body, layout.nodes, t('parallel', lang));
    edgeMarks(body, layout.edges, (loop) => (loop ? 'arrow-loop' : 'arrow-flow'));
    const drawn = stateMarks(body, layout.nodes, (n) => boxText(graph, other, side)(n.state!), side === 'before' ? '#7d8791' : ACCENT);
    for (const { node, el } of drawn) attachTooltip(el, () => getTooltip(node, graph, other, others(side), steps, materials, lang));
  }
  // A wide diagram opens scrolled to where the before version starts.
  const start = lb?.nodes.find((n) => n.id === before?.initial);
  if (start && start.x + start.width + MARGIN > area.clientWidth) area.scrollLeft = Math.max(0, start.x + MARGIN - 80);
}

function flatActors(state: ProcessGraph['states'][number]): string[] {
  return [...(state.actor ? [state.actor] : []), ...(state.regions ?? []).flatMap((r) => r.states.flatMap(flatActors))];
}
