/**
 * Export of a chart for slides and reports: its <svg> serialised with every style inlined and the
 * glyphs it shows embedded (SVG: the Noto Sans SC subsets the page uses, as @font-face rules with
 * data: URLs, so Chinese shows when the file is opened alone), or that SVG drawn on a canvas at 2×
 * (PNG), smaller with a note when the canvas would exceed the browser's limits. Tests call
 * window.wujian.exportSvg(chart) and exportPng(chart) directly.
 */
import { num } from '../../src/vocabulary/index.js';
import { t, type Lang } from './i18n.js';
import { FONT, INK } from './theme.js';

/** Style properties copied onto every exported element, so the file looks the same without the page's CSS. */
const STYLE_PROPERTIES = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'stroke-linecap', 'stroke-linejoin',
  'opacity', 'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline', 'text-decoration', 'visibility', 'display',
] as const;

/**
 * The chart's drawings: every <svg class="chart-svg"> inside <section data-chart="…">; a chart drawn
 * in several (the process view: legend, before, after) places each at its data-export-x / -y.
 */
export function getChartSvgs(chart: string): SVGSVGElement[] {
  const svgs = [...document.querySelectorAll<SVGSVGElement>(`section.chart[data-chart="${CSS.escape(chart)}"] svg.chart-svg`)];
  if (svgs.length === 0) throw new Error(`no chart "${chart}" with an svg on the page`);
  return svgs;
}

/** Height of the title band exported files carry above the chart. */
const TITLE_BAND = 48;

/**
 * A copy of `svg` with computed styles inlined, at its drawing's own size (data-export-width, else its
 * viewBox), not as shown; texts cut to fit the page get back their data-full text.
 */
function copyWithStyles(svg: SVGSVGElement): { copy: SVGSVGElement; width: number; height: number } {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((el, i) => {
    const target = copies[i] as SVGElement;
    const computed = getComputedStyle(el);
    const style = STYLE_PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
    target.setAttribute('style', style);
    target.removeAttribute('class');
    target.removeAttribute('tabindex');
    target.removeAttribute('aria-describedby');
  });
  const box = svg.viewBox.baseVal;
  const width = Number(svg.dataset.exportWidth) || box?.width || svg.width.baseVal.value || svg.getBoundingClientRect().width;
  const height = box?.height || svg.height.baseVal.value || svg.getBoundingClientRect().height;
  // A band cut to fit the page (a diagram's title) is exported at its drawing's width with its text whole.
  if (svg.dataset.exportWidth) copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  for (const el of copy.querySelectorAll<SVGElement>('[data-full]')) el.textContent = el.dataset.full ?? '';
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.removeAttribute('style');
  return { copy, width, height };
}

/**
 * One standalone <svg> of the chart: each drawing with computed styles inlined at its export
 * position, a white background, the font family on the root and the chart's title (case · view)
 * above it, so a slide made from the file says what it shows.
 */
function cloneWithStyles(svgs: readonly SVGSVGElement[]): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const root = document.createElementNS(ns, 'svg');
  const body = document.createElementNS(ns, 'g');
  body.setAttribute('transform', `translate(0,${TITLE_BAND})`);
  let width = 0;
  let height = 0;
  for (const svg of svgs) {
    const { copy, width: w, height: h } = copyWithStyles(svg);
    const x = Number(svg.dataset.exportX ?? 0);
    const y = Number(svg.dataset.exportY ?? 0);
    copy.setAttribute('x', String(x));
    copy.setAttribute('y', String(y));
    body.append(copy);
    width = Math.max(width, x + w);
    height = Math.max(height, y + h);
  }
  height += TITLE_BAND;
  root.setAttribute('xmlns', ns);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('font-family', FONT);
  root.style.fontFamily = FONT;
  const background = document.createElementNS(ns, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  const title = document.createElementNS(ns, 'text');
  title.setAttribute('x', '20');
  title.setAttribute('y', '32');
  title.setAttribute('style', `font-family:${FONT};font-size:20px;font-weight:700;fill:${INK}`);
  title.textContent = svgs[0]!.closest<HTMLElement>('section.chart')?.dataset.title ?? '';
  root.append(background, title, body);
  return root;
}

/**
 * The chart as one standalone <svg>: styles inlined, and a <style> of @font-face rules with data: URLs
 * for the font subsets that hold its characters (an SVG opened alone, or drawn as an image, cannot
 * reach the page's fonts, and the machine may have no Chinese font).
 */
async function createStandaloneSvg(chart: string): Promise<SVGSVGElement> {
  const copy = cloneWithStyles(getChartSvgs(chart));
  const fontCss = await getEmbeddedFontCss(copy.textContent ?? '');
  if (fontCss) {
    const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
    style.textContent = fontCss;
    copy.insertBefore(style, copy.firstChild);
  }
  return copy;
}

/** The chart as standalone SVG text: styles inlined, its glyphs' font subsets embedded. */
export async function exportSvg(chart: string): Promise<string> {
  return new XMLSerializer().serializeToString(await createStandaloneSvg(chart));
}

/** A chart drawn as PNG. */
export interface ExportedPng {
  /** The image as a data URL. */
  url: string;
  /** The scale it was drawn at: the one asked for, or less when the canvas would be too large. */
  scale: number;
}

/** The chart as a PNG data URL at `scale`× (2 for slides), with the glyphs' font files embedded. */
export async function exportPng(chart: string, scale = 2): Promise<string> {
  return (await drawPng(chart, scale)).url;
}

/** The chart drawn on a canvas at `scale`×, or at the largest scale the browser's canvas allows. */
async function drawPng(chart: string, scale: number): Promise<ExportedPng> {
  const copy = await createStandaloneSvg(chart);
  const width = Number(copy.getAttribute('width'));
  const height = Number(copy.getAttribute('height'));
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    const fitted = getCanvasScale(width, height, scale);
    canvas.width = Math.ceil(width * fitted);
    canvas.height = Math.ceil(height * fitted);
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return { url: canvas.toDataURL('image/png'), scale: fitted };
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Largest canvas side and area browsers draw (Chromium: 16,384 px per side, about 268 M pixels). */
const CANVAS_SIDE = 16_384;
const CANVAS_AREA = 16_384 * 16_384;

/** `scale`, reduced when the canvas would exceed the browser's limits (a 300-step diagram at 2×). */
export function getCanvasScale(width: number, height: number, scale: number): number {
  return Math.min(scale, CANVAS_SIDE / width, CANVAS_SIDE / height, Math.sqrt(CANVAS_AREA / (width * height)));
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the chart could not be drawn as an image'));
    image.src = url;
  });
}

/**
 * @font-face rules with data URLs for the Noto Sans SC subsets that hold the characters of `text`
 * (an SVG drawn as an image cannot reach the page's fonts, and the machine may have no Chinese font).
 */
async function getEmbeddedFontCss(text: string): Promise<string> {
  const codes = new Set([...text].map((ch) => ch.codePointAt(0)!));
  const rules: string[] = [];
  for (const sheet of document.styleSheets) {
    let cssRules: CSSRuleList;
    try {
      cssRules = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of cssRules) {
      if (!(rule instanceof CSSFontFaceRule) || !rule.style.getPropertyValue('font-family').includes('Noto Sans SC')) continue;
      const ranges = parseUnicodeRange(rule.style.getPropertyValue('unicode-range'));
      if (ranges.length > 0 && ![...codes].some((c) => ranges.some(([lo, hi]) => c >= lo && c <= hi))) continue;
      const src = /url\(["']?([^"')]+)["']?\)/.exec(rule.style.getPropertyValue('src'))?.[1];
      if (!src) continue;
      const data = await toDataUrl(new URL(src, sheet.href ?? document.baseURI).href);
      rules.push(`@font-face{font-family:'Noto Sans SC';font-weight:${rule.style.getPropertyValue('font-weight') || '400'};src:url(${data});unicode-range:${rule.style.getPropertyValue('unicode-range') || 'U+0-10FFFF'}}`);
    }
  }
  return rules.join('\n');
}

/** [low, high] code point pairs of a CSS unicode-range ("U+4e00-9fff,U+3000"). */
export function parseUnicodeRange(value: string): Array<[number, number]> {
  return value
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter((part) => part.length > 0)
    .map((part) => {
      if (part.includes('?')) return [parseInt(part.replace(/\?/g, '0'), 16), parseInt(part.replace(/\?/g, 'f'), 16)];
      const [lo, hi = lo] = part.split('-');
      return [parseInt(lo!, 16), parseInt(hi!, 16)];
    });
}

async function toDataUrl(url: string): Promise<string> {
  if (url.startsWith('data:')) return url;
  const blob = await (await fetch(url)).blob();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

/** Saves `href` under `name` through an <a download>. */
export function download(href: string, name: string): void {
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
}

/** Downloads the chart as an SVG file. */
export async function downloadSvg(chart: string, name: string): Promise<void> {
  const url = URL.createObjectURL(new Blob([await exportSvg(chart)], { type: 'image/svg+xml' }));
  download(url, `${name}.svg`);
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The scale PNGs are drawn at for slides. */
export const PNG_SCALE = 2;

/**
 * Downloads the chart as a 2× PNG file; when the chart is too large for that (a 300-step process),
 * the PNG is drawn smaller and a note under the chart's buttons says so and points to SVG.
 */
export async function downloadPng(chart: string, name: string, lang: Lang): Promise<void> {
  const png = await drawPng(chart, PNG_SCALE);
  download(png.url, `${name}.png`);
  showExportNote(chart, png.scale < PNG_SCALE ? t('pngScaled', lang, { scale: num(Math.floor(png.scale * 100) / 100) }) : undefined);
}

/** Shows `text` in the chart's header (role=status, so it is read out), or removes the note when undefined. */
function showExportNote(chart: string, text: string | undefined): void {
  const header = document.querySelector(`section.chart[data-chart="${CSS.escape(chart)}"] > header`);
  if (!header) return;
  header.querySelector('.export-note')?.remove();
  if (!text) return;
  const note = document.createElement('p');
  note.className = 'export-note';
  note.setAttribute('role', 'status');
  note.textContent = text;
  header.append(note);
}
