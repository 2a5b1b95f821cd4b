/**
 * Office files of wujian's results: Word reports (汇报材料), PowerPoint slides and Excel workbooks,
 * three more surfaces of the typed comparison the table, Markdown and JSON render. The commands load
 * this module only when asked for an Office format, and each format loads only its own libraries, so
 * docx, pptxgenjs, exceljs, linkedom and resvg never slow down the others.
 */
import type { Comparison } from '../../analysis/compare/compare.js';
import type { SideInput } from '../../analysis/compare/side.js';
import type { Lang } from '../../vocabulary/index.js';
import { toComparisonJson } from '../comparison-json.js';
import type { FontChunk } from '../font.js';
import { createCase } from '../presentation.js';
import type { CaseCharts, ChartColours, ChartWords, SvgChart } from './types.js';

/** An Office format of a comparison. */
export type ComparisonOfficeFormat = 'docx' | 'pptx' | 'xlsx';

/** One compared pair: the comparison and the two versions it compared (for the charts' diagrams). */
export interface ComparedPair {
  comparison: Comparison;
  before: SideInput;
  after: SideInput;
}

/** A chart drawn for an Office file: the web's SVG and a PNG of it. */
export interface ChartPicture extends SvgChart {
  /** PNG at twice the SVG's size (print resolution across an A4 page's width). */
  png: Buffer;
}

/** A case's charts as pictures. */
export interface CasePictures {
  dashboard: ChartPicture;
  timeline: ChartPicture;
  process: ChartPicture[];
}

/** The charts of every case as pictures, with the web's words and colours to head and match them. */
export interface Pictures {
  /** Per case, in the order of the pairs. */
  cases: CasePictures[];
  /** The web's words for the charts' headings and notes. */
  words: ChartWords;
  /** The web's colours. */
  colours: ChartColours;
}

/**
 * Draws the charts of every pair (each laid out by createCase, as the report's are) and rasterises
 * them together with Noto Sans SC cut from `fontChunks` (one cut of the font for all). The chart
 * renderer, the DOM shim and resvg load here, so a workbook needs none of them.
 */
export async function drawPictures(pairs: readonly ComparedPair[], lang: Lang, fontChunks: readonly FontChunk[]): Promise<Pictures> {
  const [renderer, { toPngs }] = await Promise.all([import('./renderer.js').then((m) => m.loadChartRenderer()), import('./raster.js')]);
  const charts: CaseCharts[] = [];
  for (const [i, p] of pairs.entries()) {
    const current = await createCase({ id: `case-${i + 1}`, before: p.before, after: p.after, comparison: toComparisonJson(p.comparison), simulations: false });
    charts.push(renderer.drawCaseCharts(current, lang));
  }
  const flat = charts.flatMap((c) => [c.dashboard, c.timeline, ...c.process]);
  const pngs = await toPngs(flat, fontChunks, 2);
  let next = 0;
  const picture = (chart: SvgChart): ChartPicture => ({ ...chart, png: pngs[next++]! });
  const cases = charts.map((c) => ({ dashboard: picture(c.dashboard), timeline: picture(c.timeline), process: c.process.map(picture) }));
  return { cases, words: renderer.words(lang), colours: renderer.colours };
}

/**
 * The bytes of `pairs` as a Word report, a slide deck or a workbook; the charts of Word and slides
 * drawn with Noto Sans SC cut from `fontChunks` (the app build's: src/cli/web-build.ts getAppFontChunks).
 * @example await writeComparisons('xlsx', pairs, 'zh', [])
 */
export async function writeComparisons(format: ComparisonOfficeFormat, pairs: readonly ComparedPair[], lang: Lang, fontChunks: readonly FontChunk[]): Promise<Buffer> {
  if (format === 'xlsx') {
    const { toComparisonXlsx } = await import('./comparison-xlsx.js');
    return toComparisonXlsx(pairs.map((p) => p.comparison), lang);
  }
  const pictures = await drawPictures(pairs, lang, fontChunks);
  if (format === 'docx') {
    const { toComparisonDocx } = await import('./comparison-docx.js');
    return toComparisonDocx(pairs.map((p) => p.comparison), pictures, lang);
  }
  const { toComparisonPptx } = await import('./comparison-pptx.js');
  return toComparisonPptx(pairs.map((p) => p.comparison), pictures, lang);
}
