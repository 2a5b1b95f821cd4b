/**
 * What the Office writers take from the chart renderer (web/office/charts.ts): the web's charts as
 * SVG, the web's colours for the slides' native charts, and the web's words for the charts' headings.
 * The renderer is the web's code run in Node, loaded only for a Word report or slides (renderer.ts).
 */
import type { Lang } from '../../vocabulary/index.js';
import type { PresentationCase } from '../presentation.js';

/** A view an Office file shows as a picture. */
export type ChartKind = 'dashboard' | 'timeline' | 'process';

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

/** The web's words an Office file heads its charts with, in one language. */
export interface ChartWords {
  dashboard: string;
  dashboardNote: string;
  timeline: string;
  timelineNote: string;
  process: string;
  processNote: string;
  /** Before the yearly money saved: "每年为企业群众节省". */
  moneySaved: string;
}

/** The web's colours, as the slides' native charts and titles take them ("#1b5fa6"). */
export interface ChartColours {
  /** After the reform. */
  accent: string;
  /** Before the reform. */
  before: string;
  /** Text. */
  ink: string;
  /** Secondary text. */
  muted: string;
  /** Warnings (missed targets, assumed dates). */
  warn: string;
}

/** The chart renderer: the web's views drawn in a DOM-less document. */
export interface ChartRenderer {
  /** Draws a case's dashboard, timeline and process diagrams (from the layouts createCase made). */
  drawCaseCharts(current: PresentationCase, lang: Lang): CaseCharts;
  /** The web's words for the charts' headings and notes. */
  words(lang: Lang): ChartWords;
  /** The web's colours. */
  colours: ChartColours;
}
