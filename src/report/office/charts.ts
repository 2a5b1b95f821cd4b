/**
 * The web app's charts drawn in Node for Office files: the same view functions (web/src/views) run
 * against a DOM-less document (linkedom), so a chart in a Word report or on a slide is the chart on
 * the page. Only the web's own drawing is called here; how a chart looks is the web's to decide.
 */
import { select } from 'd3';
import { DOMParser } from 'linkedom';
import type { ChartFrame, ChartKind } from '../../../web/src/chart.js';
import type { Lang } from '../../../web/src/i18n.js';
import { t } from '../../../web/src/i18n.js';
import { legend } from '../../../web/src/marks/legend.js';
import type { G } from '../../../web/src/marks/axis.js';
import { FONT } from '../../../web/src/theme.js';
import { drawDashboard } from '../../../web/src/views/dashboard.js';
import { drawDiagram, drawPanelTitle, getDiagramWords, getItemPairs, getLegendEntries, getPanelSize, getPanelTitle, type ItemPair } from '../../../web/src/views/process-draw.js';
import { GAP, TITLE_H } from '../../../web/src/views/process-fit.js';
import { getEdgeLabel } from '../../../web/src/views/process-text.js';
import { drawTimeline } from '../../../web/src/views/timeline.js';
import type { GraphTransition } from '../process-graph.js';
import type { PresentationCase } from '../presentation.js';
import { layoutInNode } from './layout.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A chart as standalone SVG text, with its size in CSS pixels. */
export interface SvgChart {
  /** Which view drew it. */
  kind: ChartKind;
  /** What it shows, as the page titles it: "办理时间线", "流程图 · 食品经营许可". */
  title: string;
  /** Standalone SVG (xmlns, font family, white background). */
  svg: string;
  width: number;
  height: number;
}

/** The charts of one case an Office file shows: the dashboard, the timeline and a diagram per item. */
export interface CaseCharts {
  dashboard: SvgChart;
  timeline: SvgChart;
  /** One per pair of items (before and after side by side), in the order of the page's item selector. */
  process: SvgChart[];
}

/**
 * Draws `current`'s dashboard, timeline and process diagrams with the web's view functions.
 * @example const charts = await drawCaseCharts(await createCase({ id, before, after, simulations: false }), 'zh')
 */
export async function drawCaseCharts(current: PresentationCase, lang: Lang): Promise<CaseCharts> {
  const dashboard = drawView('dashboard', lang, (frame) => drawDashboard(frame, current.comparison));
  const timeline = drawView('timeline', lang, (frame) => drawTimeline(frame, current.comparison));
  const process: SvgChart[] = [];
  for (const pair of getItemPairs(current)) process.push(await drawProcessPair(current, pair, lang));
  return { dashboard, timeline, process };
}

/**
 * A frame like the page's (section.chart > div) in a fresh DOM-less document. The document is XML, so
 * the drawing serialises as XML (a "<" in a name is escaped in attributes too), which resvg reads.
 */
function createFrame(kind: ChartKind, lang: Lang): ChartFrame {
  const document = new DOMParser().parseFromString('<page/>', 'text/xml');
  const section = document.createElement('section');
  section.setAttribute('class', 'chart');
  section.setAttribute('data-chart', kind);
  section.setAttribute('data-title', t(kind, lang));
  const body = document.createElement('div');
  const tools = document.createElement('div');
  section.append(body);
  document.documentElement.append(section);
  return { section, body, tools, lang } as unknown as ChartFrame;
}

/** Runs a view's draw function in a new frame and returns the <svg> it drew, standalone. */
function drawView(kind: 'dashboard' | 'timeline', lang: Lang, draw: (frame: ChartFrame) => void): SvgChart {
  const frame = createFrame(kind, lang);
  draw(frame);
  const svg = frame.body.querySelector('svg')!;
  return standalone(kind, t(kind, lang), svg);
}

/**
 * Both sides of an item as the page's export lays them out: the legend across the top, then before
 * and after side by side, each a title band over its diagram, laid out by elkjs in Node.
 */
async function drawProcessPair(current: PresentationCase, pair: ItemPair, lang: Lang): Promise<SvgChart> {
  const frame = createFrame('process', lang);
  const edgeLabel = (tr: GraphTransition) => getEdgeLabel(tr, lang);
  const sides = await Promise.all((['before', 'after'] as const).map(async (side) => {
    const graph = pair[side];
    const other = pair[side === 'before' ? 'after' : 'before'];
    const words = graph && getDiagramWords(current, graph, other, side, lang);
    const layout = graph && words ? await layoutInNode(graph, edgeLabel, words.meta) : undefined;
    const title = getPanelTitle(graph, side, lang);
    return { side, graph, words, layout, title, size: getPanelSize(layout, title) };
  }));
  const width = sides[0]!.size.width + GAP + sides[1]!.size.width;
  const root = select(frame.body).append('svg').attr('width', width) as unknown as Root;
  const legendH = legend(root.append('g').attr('transform', 'translate(0,2)') as unknown as G, getLegendEntries(pair.before, pair.after, lang), width) + 12;
  let x = 0;
  let height = 0;
  for (const { side, graph, words, layout, title, size } of sides) {
    const band = root.append('svg').attr('x', x).attr('y', legendH).attr('width', size.width).attr('height', TITLE_H) as unknown as Root;
    drawPanelTitle(band, title, side);
    const drawing = root.append('svg').attr('x', x).attr('y', legendH + TITLE_H).attr('width', size.width).attr('height', size.height) as unknown as Root;
    if (graph && layout && words) drawDiagram(drawing, layout, side, lang, words);
    x += size.width + GAP;
    height = Math.max(height, legendH + TITLE_H + size.height);
  }
  root.attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
  return standalone('process', `${t('process', lang)} · ${pair.label}`, root.node()!);
}

/** An <svg> selection as the web's marks take it. */
type Root = Parameters<typeof drawPanelTitle>[0];

/** `svg` as a file of its own: namespace, the web's font stack and a white background; size from its viewBox. */
function standalone(kind: ChartKind, title: string, svg: SVGSVGElement): SvgChart {
  const [, , width = 0, height = 0] = (svg.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
  svg.setAttribute('xmlns', SVG_NS);
  svg.setAttribute('font-family', FONT);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  for (const attr of ['class', 'role', 'preserveAspectRatio']) svg.removeAttribute(attr);
  const background = svg.ownerDocument.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  svg.insertBefore(background, svg.firstChild);
  return { kind, title, svg: svg.toString(), width, height };
}

