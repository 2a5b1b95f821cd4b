/**
 * The frame every view draws into: <section class="chart" data-chart="…"> with a title that states
 * units, a note, export buttons and a body. Views append their <svg class="chart-svg"> to the body.
 */
import { select, type Selection } from 'd3';
import { downloadPng, downloadSvg } from './export.js';
import { t, type Lang, type WordKey } from './i18n.js';

/** The views, in the order of the page and the presentation. */
export const CHART_KINDS = ['dashboard', 'process', 'timeline', 'histogram', 'materials', 'ledger', 'opportunities'] as const;

/** One of the views. */
export type ChartKind = (typeof CHART_KINDS)[number];

/** A chart's frame as views see it. */
export interface ChartFrame {
  /** The section element. */
  section: HTMLElement;
  /** Where the view draws. */
  body: HTMLDivElement;
  /** The toolbar, for views that add controls (item selector). */
  tools: HTMLDivElement;
  /** The page's language. */
  lang: Lang;
}

/** What a chart's frame is told besides its kind. */
export interface FrameOptions {
  /** Name of the exported files, without extension. */
  fileName: string;
  /** The case's title, put above the chart in exported files. */
  caseTitle: string;
  /** For a table: its CSV, exported instead of SVG and PNG. */
  csv?: () => string;
}

/** Creates the section of `kind` in `parent`, titled and with export buttons (CSV for the ledger table). */
export function createChartFrame(parent: HTMLElement, kind: ChartKind, lang: Lang, options: FrameOptions): ChartFrame {
  const { fileName, csv } = options;
  const section = document.createElement('section');
  section.className = 'chart';
  section.dataset.chart = kind;
  section.dataset.title = `${options.caseTitle} · ${t(kind as WordKey, lang)}`;
  section.id = `chart-${kind}`;
  const header = document.createElement('header');
  const titles = document.createElement('div');
  const h2 = document.createElement('h2');
  h2.textContent = t(kind as WordKey, lang);
  const note = document.createElement('p');
  note.className = 'note';
  note.textContent = t(`${kind}Note` as WordKey, lang);
  titles.append(h2, note);
  const tools = document.createElement('div');
  tools.className = 'tools';
  if (csv) {
    tools.append(button(t('exportCsv', lang), 'csv', () => downloadText(csv(), `${fileName}.csv`, 'text/csv')));
  } else {
    tools.append(
      button(t('exportSvg', lang), 'svg', () => void downloadSvg(kind, fileName)),
      button(t('exportPng', lang), 'png', () => void downloadPng(kind, fileName, lang)),
    );
  }
  header.append(titles, tools);
  const body = document.createElement('div');
  body.className = 'chart-body';
  section.append(header, body);
  parent.append(section);
  return { section, body, tools, lang };
}

function button(text: string, kind: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'export';
  b.dataset.export = kind;
  b.textContent = text;
  b.addEventListener('click', onClick);
  return b;
}

function downloadText(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob(['\ufeff' + text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Appends the chart's <svg class="chart-svg"> of the given size to `body`. */
export function createSvg(body: HTMLElement, width: number, height: number): Selection<SVGSVGElement, unknown, null, undefined> {
  return select(body)
    .append('svg')
    .attr('class', 'chart-svg')
    .attr('width', width)
    .attr('height', height)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('preserveAspectRatio', 'xMidYMin meet')
    .attr('role', 'img')
    .attr('aria-label', body.closest<HTMLElement>('section.chart')?.dataset.title ?? null);
}

/** Shows a message in place of a chart (no data, laying out …). */
export function showMessage(body: HTMLElement, text: string, className = 'message'): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = className;
  p.textContent = text;
  body.append(p);
  return p;
}
