/**
 * Process diagrams: before and after side by side at one scale, each in its own scroll box under a
 * title band (sizes and scrolling in process-fit.ts), drawn where the data says (laid out by elkjs
 * when the report or the served data was built), steps coloured by actor with a legend, correction loops dashed with p and max, steps the reform removed or merged
 * struck through and labelled with the reason; hover or focus a step for its materials, time, trips.
 * Bundles get an item selector. On a presentation slide the keys step through each item's overview,
 * its readable pages and the items (process-slide.ts).
 */
import { select } from 'd3';
import { createSvg, showMessage, type ChartFrame } from '../chart.js';
import type { Case, LaidOutGraph } from '../contract.js';
import { t, type Lang } from '../i18n.js';
import { toDrawnLayout, type NodeBox, type ProcessLayout } from '../layout/process.js';
import type { G } from '../marks/axis.js';
import { legend } from '../marks/legend.js';
import { createStatusIndex } from '../../../src/report/diagram/status.js';
import { getItemPairs as pairItems, type ItemPair as Paired } from '../../../src/report/diagram/pairs.js';
import { attachTooltip, withTooltip } from '../tooltip.js';
import { MUTED, SIZE } from '../theme.js';
import { drawDiagram, drawPanelTitle, getLegendEntries, getPanelSize, getPanelTitle } from './process-draw.js';
import { fitPanels, GAP, PAD, scrollToStart, TITLE_H, type Panel } from './process-fit.js';
import { setProcessSteps, setRefit } from './process-slide.js';
import { getTooltip } from './process-text.js';

/** A before item and the after item it became, as the diagrams pair them (src/report/diagram/pairs.ts). */
export type ItemPair = Paired<LaidOutGraph>;

/** The items of both versions of `current`, paired for side-by-side diagrams. */
export function getItemPairs(current: Case): ItemPair[] {
  return pairItems(current.graphs, current.comparison.ledger);
}

/** Draws the process view of `current`; resolves once the first item is drawn. */
export async function drawProcess(frame: ChartFrame, current: Case): Promise<void> {
  const pairs = getItemPairs(current);
  const area = document.createElement('div');
  area.className = 'process-area';
  frame.body.append(area);
  const draw = (pair: ItemPair) => drawItem(area, frame.lang, current, pair.before, pair.after);
  let shown = 0;
  let itemSelect: HTMLSelectElement | undefined;
  const show = (i: number) => {
    shown = i;
    if (itemSelect) itemSelect.selectedIndex = i;
    void draw(pairs[i]!);
  };
  if (pairs.length > 1) itemSelect = createItemSelect(frame, pairs, show);
  setProcessSteps(frame.section, area, { count: pairs.length, index: () => shown, show });
  if (pairs[0]) await draw(pairs[0]);
}


/** The bundle's item selector in the chart's tools; choosing an item calls `show` with its index. */
function createItemSelect(frame: ChartFrame, pairs: readonly ItemPair[], show: (i: number) => void): HTMLSelectElement {
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
  select.addEventListener('change', () => show(select.selectedIndex));
  wrap.append(span, select);
  frame.tools.prepend(wrap);
  return select;
}

async function drawItem(area: HTMLElement, lang: Lang, current: Case, before: LaidOutGraph | undefined, after: LaidOutGraph | undefined): Promise<void> {
  area.replaceChildren();
  const steps = createStatusIndex(current.comparison.ledger, 'step');
  const materials = createStatusIndex(current.comparison.ledger, 'material');
  const lb = before && toDrawnLayout(before, lang);
  const la = after && toDrawnLayout(after, lang);
  const entries = getLegendEntries(before, after, lang);
  // The legend wraps at the width the panels will share; the export puts the panels under it.
  const legendWidth = Math.max(area.clientWidth, 480);
  const legendProbe = select(document.createElementNS('http://www.w3.org/2000/svg', 'g')) as unknown as G;
  // 2 in from the left, where a row that starts with the struck swatch (removed or merged) draws its line.
  const legendH = legend(legendProbe, entries, legendWidth - 2) + 12;
  const legendSvg = createSvg(area, legendWidth, legendH).classed('process-legend', true);
  Object.assign(legendSvg.node()!.style, { width: `${legendWidth}px`, height: `${legendH}px` });
  legend(legendSvg.append('g').attr('transform', 'translate(2,2)') as unknown as G, entries, legendWidth - 2);
  const row = document.createElement('div');
  row.className = 'process-panels';
  row.style.gap = `${GAP}px`;
  area.append(row);
  const panels: Panel[] = [];
  for (const [graph, layout, side] of [[before, lb, 'before'], [after, la, 'after']] as const) {
    const panel = drawPanel(row, graph, layout, side, lang, (n) => getTooltip(n, graph!, steps, materials, lang));
    const x = String(side === 'before' ? 0 : (panels[0]?.width ?? 0) + GAP);
    Object.assign(panel.title.dataset, { exportX: x, exportY: String(legendH) });
    Object.assign(panel.svg.dataset, { exportX: x, exportY: String(legendH + TITLE_H) });
    panels.push(panel);
  }
  // The chart's note says where before and after are: left and right, or above and below when stacked.
  const note = area.closest('section.chart')?.querySelector<HTMLElement>(':scope > header .note');
  const place = (stacked: boolean) => {
    if (note) note.textContent = t(stacked ? 'processNoteStacked' : 'processNote', lang);
  };
  const fit = () => {
    place(fitPanels(row, panels));
    for (const panel of panels) scrollToStart(panel);
  };
  fit();
  setRefit(area, fit);
  // The chart's width changes with the window and in the presentation: fit again, keeping the scroll.
  const observer = new ResizeObserver(() => (row.isConnected ? place(fitPanels(row, panels)) : observer.disconnect()));
  observer.observe(row);
}

/** Draws one side: a title band over its own scroll box with containers, edges and steps, the drawing's top-left at the box's. */
function drawPanel(row: HTMLElement, graph: LaidOutGraph | undefined, layout: ProcessLayout | undefined, side: 'before' | 'after', lang: Lang, tooltip: (n: NodeBox) => string[]): Panel {
  const column = document.createElement('div');
  column.className = `process-column ${side}`;
  const box = document.createElement('div');
  box.className = `process-panel ${side}`;
  box.dataset.side = side;
  const text = getPanelTitle(graph, side, lang);
  const { width, height, titleWidth, bounds } = getPanelSize(layout, text);
  // In an exported file the band is as wide as the whole drawing and carries the whole title.
  const title = createSvg(column, width, TITLE_H).classed('process-title', true).attr('data-title', text).attr('data-export-width', width);
  drawPanelTitle(title, text, side).call(withTooltip, () => [text]);
  column.append(box);
  row.append(column);
  const svg = createSvg(box, width, height);
  const panel: Panel = { column, box, title: title.node()!, svg: svg.node()!, width, height, titleWidth };
  if (!graph || !layout) {
    svg.append('text').attr('x', PAD + 14).attr('y', 24).attr('font-size', SIZE).attr('fill', MUTED).text(t('noSuchItem', lang));
    return panel;
  }
  const drawn = drawDiagram(svg, layout, side, lang);
  for (const { node, el } of drawn) attachTooltip(el, () => tooltip(node));
  box.dataset.start = graph.initial;
  const first = layout.nodes.find((n) => n.id === graph.initial);
  return { ...panel, ...(first ? { start: { x: first.x + PAD - bounds.x, y: first.y + PAD - bounds.y, width: first.width, height: first.height } } : {}) };
}
