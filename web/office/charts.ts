/**
 * The web app's charts drawn in Node for Office files: the same view functions (web/src/views) run
 * against a DOM-less document (linkedom), so a chart in a Word report or on a slide is the chart on
 * the page. Only the web's own drawing is called here; how a chart looks is the web's to decide.
 * Loaded by src/report/office/renderer.ts: bundled with d3 into dist/ by the build, from this source in a clone.
 */
import { select } from 'd3';
import { DOMParser } from 'linkedom';
import type { ChartFrame } from '../src/chart.js';
import type { LaidOutGraph } from '../../src/report/diagram/case.js';
import { getItemPairs, type ItemPair } from '../../src/report/diagram/pairs.js';
import type { CaseCharts, ChartKind, ChartRenderer, ChartWords, SvgChart } from '../../src/report/office/types.js';
import type { PresentationCase } from '../../src/report/presentation.js';
import { toXmlText } from '../../src/report/xml-text.js';
import { t, type Lang } from '../src/i18n.js';
import { toDrawnLayout } from '../src/layout/process.js';
import type { G } from '../src/marks/axis.js';
import { legend } from '../src/marks/legend.js';
import { ACCENT, BEFORE, FONT, INK, MUTED, WARN } from '../src/theme.js';
import { drawDashboard } from '../src/views/dashboard.js';
import { drawDiagram, drawPanelTitle, getLegendEntries, getPanelSize, getPanelTitle, type SvgSelection } from '../src/views/process-draw.js';
import { GAP, TITLE_H } from '../src/views/process-fit.js';
import { drawTimeline } from '../src/views/timeline.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Draws `current`'s dashboard, timeline and process diagrams (from the layouts createCase made) with
 * the web's view functions.
 * @example const charts = drawCaseCharts(await createCase({ id, before, after, simulations: false }), 'zh')
 */
function drawCaseCharts(current: PresentationCase, lang: Lang): CaseCharts {
  const dashboard = drawView('dashboard', lang, (frame) => drawDashboard(frame, current.comparison));
  const timeline = drawView('timeline', lang, (frame) => drawTimeline(frame, current.comparison));
  const process = getItemPairs(current.graphs, current.comparison.ledger).map((pair) => drawProcessPair(pair, lang));
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
 * and after side by side, each a title band over its diagram, drawn where the layout says.
 */
function drawProcessPair(pair: ItemPair<LaidOutGraph>, lang: Lang): SvgChart {
  const frame = createFrame('process', lang);
  const sides = (['before', 'after'] as const).map((side) => {
    const graph = pair[side];
    const layout = graph && toDrawnLayout(graph, lang);
    const title = getPanelTitle(graph, side, lang);
    return { side, layout, title, size: getPanelSize(layout, title) };
  });
  const width = sides[0]!.size.width + GAP + sides[1]!.size.width;
  const root = select(frame.body).append('svg').attr('width', width) as unknown as SvgSelection;
  const legendH = legend(root.append('g').attr('transform', 'translate(0,2)') as unknown as G, getLegendEntries(pair.before, pair.after, lang), width) + 12;
  let x = 0;
  let height = 0;
  for (const { side, layout, title, size } of sides) {
    const band = root.append('svg').attr('x', x).attr('y', legendH).attr('width', size.width).attr('height', TITLE_H) as unknown as SvgSelection;
    drawPanelTitle(band, title, side);
    const drawing = root.append('svg').attr('x', x).attr('y', legendH + TITLE_H).attr('width', size.width).attr('height', size.height) as unknown as SvgSelection;
    if (layout) drawDiagram(drawing, layout, side, lang);
    x += size.width + GAP;
    height = Math.max(height, legendH + TITLE_H + size.height);
  }
  root.attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
  return standalone('process', `${t('process', lang)} · ${pair.label}`, root.node()!);
}

/** `svg` as a file of its own: namespace, the web's font stack and a white background; size from its viewBox; no character XML forbids (toXmlText: a name may hold one). */
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
  return { kind, title, svg: toXmlText(svg.toString()), width, height };
}

/** The web's words an Office file heads its charts with. */
function words(lang: Lang): ChartWords {
  const keys = ['dashboard', 'dashboardNote', 'timeline', 'timelineNote', 'process', 'processNote', 'moneySaved'] as const;
  return Object.fromEntries(keys.map((k) => [k, t(k, lang)])) as unknown as ChartWords;
}

/** The chart renderer src/report/office loads. */
export const renderer: ChartRenderer = {
  drawCaseCharts,
  words,
  colours: { accent: ACCENT, before: BEFORE, ink: INK, muted: MUTED, warn: WARN },
};
