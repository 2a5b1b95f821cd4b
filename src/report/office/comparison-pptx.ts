/**
 * Comparisons as a slide deck (pptxgenjs, 16:9) for a leaders' meeting, per case: a headline slide
 * that says the result, the measures as native PowerPoint bar charts (each measure's before and after
 * on one scale, editable in PowerPoint or WPS), the measures table with how they are counted (口径),
 * targets and money, the timeline and the process diagrams as the web draws them, and the ledger as a
 * table carried over as many slides as it needs.
 */
import PptxGenJS from 'pptxgenjs';
import type { Comparison } from '../../analysis/compare/compare.js';
import type { MeasureRow } from '../../analysis/compare/types.js';
import { CRITICAL_PATH, fullStop, grouped, labelled, LEDGER_COLUMNS, MEASURES, MONEY_UNIT, moneyFigure, num, paren, say, SIDES, type Lang } from '../../vocabulary/index.js';
import { changeText, criticalText, finishText, getMeasureNotes, moneyLines, noMoneyText } from '../comparison-common.js';
import { COMPARISON_PHRASES as P } from '../comparison-phrases.js';
import { cutText, headlineText, ledgerWords, measureCells, measureHead, measureName, ruleText, summaryText, targetText } from '../comparison-words.js';
import { getDateWords, type DateWords } from '../dates.js';
import { textWidth } from '../diagram/text.js';
import { OFFICE_PHRASES as O } from '../office-phrases.js';
import type { CasePictures, ChartPicture, Pictures } from './index.js';
import type { ChartColours, ChartWords } from './types.js';
import { mendOfficeFile } from './xml-parts.js';

/** The slide: LAYOUT_WIDE, 13.33 × 7.5 inches. */
const W = 13.333;
const H = 7.5;
const MARGIN = 0.5;
/** Top of a slide's content, under its title. */
const TOP = 1.25;
/** The face of every text: 微软雅黑 on Windows and in WPS; the viewer's own sans-serif elsewhere. */
const FACE = 'Microsoft YaHei';
/** Text lines a table slide holds at TABLE_FONT, the heading row included. */
const TABLE_LINES = 14;
const TABLE_FONT = 14;
/** Charts a measures slide holds: four across, two down. */
const CHARTS_ACROSS = 4;
const CHARTS_DOWN = 2;

/** "#1b5fa6" → "1B5FA6", as pptxgenjs takes colours. */
const hex = (colour: string) => colour.replace('#', '').toUpperCase();

/** A deck being written, with the web's colours (as pptxgenjs takes them) and words, so slides match the pictures. */
interface Deck {
  pptx: PptxGenJS;
  colour: ChartColours;
  words: ChartWords;
}

type Slide = PptxGenJS.Slide;
type Cell = PptxGenJS.TableCell;

/** A new slide with its title (and a note under it in grey). */
function addSlide(deck: Deck, title: string, subtitle?: string): Slide {
  const slide = deck.pptx.addSlide();
  slide.addText(title, { x: MARGIN, y: 0.3, w: W - 2 * MARGIN, h: 0.6, fontFace: FACE, fontSize: 26, bold: true, color: deck.colour.ink, fit: 'shrink', margin: 0 });
  if (subtitle) slide.addText(subtitle, { x: MARGIN, y: 0.85, w: W - 2 * MARGIN, h: 0.35, fontFace: FACE, fontSize: 13, color: deck.colour.muted, margin: 0 });
  slide.slideNumber = { x: W - 0.9, y: H - 0.45, w: 0.5, h: 0.3, fontFace: FACE, fontSize: 10, color: deck.colour.muted };
  return slide;
}

/** The headline slide: the case's result in one line, the summary sentence, the money saved. */
function addHeadline(deck: Deck, c: Comparison, lang: Lang): void {
  const slide = deck.pptx.addSlide();
  slide.addShape('rect', { x: 0, y: 0, w: 0.25, h: H, fill: { color: deck.colour.accent }, line: { color: deck.colour.accent } });
  slide.addText(headlineText(c.after.name, c.measures, lang), { x: 0.9, y: 1.4, w: W - 1.8, h: 2.0, fontFace: FACE, fontSize: 36, bold: true, color: deck.colour.accent, valign: 'bottom', fit: 'shrink', margin: 0 });
  slide.addText(summaryText(c.measures, lang), { x: 0.9, y: 3.7, w: W - 1.8, h: 1.6, fontFace: FACE, fontSize: 20, color: deck.colour.ink, valign: 'top', fit: 'shrink', margin: 0 });
  if (c.money) {
    slide.addText([
      { text: `${deck.words.moneySaved} `, options: { fontSize: 20, color: deck.colour.ink } },
      { text: moneyFigure(c.money.saved, lang), options: { fontSize: 40, bold: true, color: deck.colour.accent } },
      { text: ` ${say(MONEY_UNIT, lang)}`, options: { fontSize: 20, color: deck.colour.ink } },
    ], { x: 0.9, y: 5.5, w: W - 1.8, h: 1.0, fontFace: FACE, margin: 0 });
  }
}

/** A measure's chart title, its counting rule (口径) under it: "材料（份） 压减44.44%\n全流程所需材料（去重）". */
function chartTitle(r: MeasureRow, lang: Lang): string {
  return `${measureName(r.key, lang)}${paren(MEASURES[r.key].unit[lang], lang)}  ${cutText(r, lang)}\n${ruleText(r, lang)}`;
}

/**
 * The measures as native bar charts, one per measure with both figures known and not both 0: before
 * and after side by side on the measure's own scale, values written on the bars.
 */
function addMeasureCharts(deck: Deck, c: Comparison, lang: Lang): void {
  const shown = c.measures.filter((r) => r.before !== null && r.after !== null && (r.before !== 0 || r.after !== 0));
  const perSlide = CHARTS_ACROSS * CHARTS_DOWN;
  const cellW = (W - 2 * MARGIN) / CHARTS_ACROSS;
  const cellH = (H - TOP - 0.6) / CHARTS_DOWN;
  for (let first = 0; first < shown.length; first += perSlide) {
    const slide = addSlide(deck, `${deck.words.dashboard}${first > 0 ? O.continued[lang] : ''}`, deck.words.dashboardNote);
    slide.addText([
      { text: '■ ', options: { color: deck.colour.before } }, { text: `${say(SIDES.before, lang)}    `, options: { color: deck.colour.ink } },
      { text: '■ ', options: { color: deck.colour.accent } }, { text: say(SIDES.after, lang), options: { color: deck.colour.ink } },
    ], { x: W - MARGIN - 3, y: 0.85, w: 3, h: 0.35, fontFace: FACE, fontSize: 13, align: 'right', margin: 0 });
    shown.slice(first, first + perSlide).forEach((r, i) => {
      const x = MARGIN + (i % CHARTS_ACROSS) * cellW;
      const y = TOP + Math.floor(i / CHARTS_ACROSS) * cellH;
      const label = measureName(r.key, lang);
      slide.addChart('bar', [
        { name: say(SIDES.before, lang), labels: [label], values: [r.before!] },
        { name: say(SIDES.after, lang), labels: [label], values: [r.after!] },
      ], {
        x: x + 0.05, y, w: cellW - 0.1, h: cellH - 0.1,
        barDir: 'col', barGrouping: 'clustered', barGapWidthPct: 60, chartColors: [deck.colour.before, deck.colour.accent],
        showTitle: true, title: chartTitle(r, lang), titleFontFace: FACE, titleFontSize: 13, titleColor: deck.colour.ink,
        showValue: true, dataLabelFontFace: FACE, dataLabelFontSize: 12, dataLabelColor: deck.colour.ink, dataLabelPosition: 'outEnd',
        // Figures as the other surfaces write them (12.5, 0.75), never rounded to whole numbers.
        dataLabelFormatCode: 'General',
        valAxisHidden: true, valAxisMinVal: 0, valGridLine: { style: 'none' },
        catAxisHidden: true, showLegend: false, altText: chartTitle(r, lang),
      });
    });
  }
}

/** A table's cell: text as it is (pptxgenjs writes it as text), the heading row bold on a light fill. */
function cell(text: string, header: boolean, right = false): Cell {
  return { text, options: { bold: header, fill: header ? { color: 'E8EEF5' } : { color: 'FFFFFF' }, align: header ? 'center' : right ? 'right' : 'left' } };
}

/** Lines a row takes at TABLE_FONT in columns `widths` (inches): its tallest cell's, by the web's text width estimate. */
function rowLines(row: readonly string[], widths: readonly number[]): number {
  // In pixels at 96 per inch, as textWidth measures: the column less its cell margins, the font in points × 96/72.
  return Math.max(1, ...row.map((text, i) => Math.ceil(textWidth(text, (TABLE_FONT * 96) / 72) / ((widths[i]! - 0.1) * 96))));
}

/**
 * Rows (by the lines each takes) in as few pages of `capacity` lines as they need, spread evenly over
 * those pages so the last is not a lone row; a row taller than a page has one to itself.
 * Example: splitRows([1, 1, 1, 1, 1], 4) → [[0, 1, 2], [3, 4]].
 */
export function splitRows(lines: readonly number[], capacity: number): number[][] {
  const fill = (limit: number) => {
    const pages: number[][] = [[]];
    let used = 0;
    lines.forEach((need, i) => {
      if (used + need > limit && pages[pages.length - 1]!.length > 0) {
        pages.push([]);
        used = 0;
      }
      pages[pages.length - 1]!.push(i);
      used += need;
    });
    return pages;
  };
  const fewest = fill(capacity);
  const even = fill(Math.max(...lines, Math.ceil(lines.reduce((a, b) => a + b, 0) / fewest.length)));
  return even.length === fewest.length ? even : fewest;
}

/**
 * A table over as many slides as it needs, its heading row on each, "（续）" after the title of the
 * slides that carry on; rows are kept whole. `right` are the columns aligned right (figures).
 */
function addTableSlides(deck: Deck, lang: Lang, title: string, head: readonly string[], rows: readonly (readonly string[])[], widths: readonly number[], options: { note?: string; right?: ReadonlySet<number> } = {}): void {
  const pages = splitRows(rows.map((r) => rowLines(r, widths)), TABLE_LINES - rowLines(head, widths)).map((group) => group.map((i) => rows[i]!));
  pages.forEach((page, i) => {
    const slide = addSlide(deck, `${title}${i > 0 ? O.continued[lang] : ''}`);
    slide.addTable([head.map((h) => cell(h, true)), ...page.map((r) => r.map((text, k) => cell(text, false, options.right?.has(k))))], {
      x: MARGIN, y: TOP, w: W - 2 * MARGIN, colW: [...widths], fontFace: FACE, fontSize: TABLE_FONT, color: deck.colour.ink,
      border: { type: 'solid', pt: 0.75, color: '9AA3AD' }, valign: 'middle', margin: 0.05,
    });
    if (options.note && i === pages.length - 1) slide.addText(options.note, { x: MARGIN, y: H - 1.2, w: W - 2 * MARGIN, h: 0.7, fontFace: FACE, fontSize: 11, color: deck.colour.muted, valign: 'bottom', margin: 0 });
  });
}

/** Widths (inches) that share the content's width in the proportions `weights`. */
function share(weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => ((W - 2 * MARGIN) * w) / total);
}

/** A chart picture as large as the content area allows, centred under the title. */
function addPicture(deck: Deck, picture: ChartPicture, title: string, subtitle?: string): void {
  const slide = addSlide(deck, title, subtitle);
  const room = { w: W - 2 * MARGIN, h: H - TOP - 0.55 };
  const scale = Math.min(room.w / picture.width, room.h / picture.height);
  const w = picture.width * scale;
  const h = picture.height * scale;
  slide.addImage({ data: `image/png;base64,${picture.png.toString('base64')}`, x: (W - w) / 2, y: TOP, w, h, altText: picture.title });
}

/** The finishing dates on a slide of their own: each side's, what they rest on, and the warning (in red) when some are assumed. */
function addDates(deck: Deck, finish: { label: string; value: string }, words: DateWords): void {
  const slide = addSlide(deck, finish.label);
  const line = (text: string, options: PptxGenJS.TextPropsOptions = {}) => ({ text, options: { breakLine: true, paraSpaceAfter: 10, color: deck.colour.ink, ...options } });
  slide.addText([
    line(finish.value, { fontSize: 20 }),
    line(words.basis, { color: deck.colour.muted }),
    ...(words.warning ? [line(`⚠ ${words.warning}`, { bold: true, color: deck.colour.warn }), line(words.hint ?? '', { color: deck.colour.muted })] : []),
  ], { x: MARGIN, y: TOP, w: W - 2 * MARGIN, h: H - TOP - 0.8, fontFace: FACE, fontSize: 16, valign: 'top', margin: 0 });
}

/** One case's slides. */
function addCase(deck: Deck, c: Comparison, pictures: CasePictures, lang: Lang): void {
  const { before: b, after: a } = c;
  addHeadline(deck, c, lang);
  addMeasureCharts(deck, c, lang);
  const critical = [b, a].filter((s) => s.kind === 'bundle').map((s) => labelled(`${say(CRITICAL_PATH, lang)}${paren(s.label, lang)}`, criticalText(s), lang));
  const notes = getMeasureNotes(c.measures, lang);
  const finish = finishText(c, lang);
  addTableSlides(deck, lang, say(P.measures, lang), measureHead(lang), c.measures.map((r) => measureCells(r, lang)), share([2.6, 1.8, 1.8, 1.2, 1.6, 3.4]), {
    note: [notes.rounding, ...notes.notes, ...critical].join('\n'),
    right: new Set([1, 2, 3, 4]),
  });
  if (finish && c.dates) addDates(deck, finish, getDateWords(c.dates, lang));
  if (c.targets.length > 0) {
    addTableSlides(deck, lang, say(P.targets, lang), [P.goal, P.actual, P.verdict].map((w) => say(w, lang)), c.targets.map((tg) => {
      const w = targetText(tg, lang);
      return [w.goal, w.actual, w.verdict];
    }), share([5, 2, 2]), { right: new Set([1]) });
  }
  const money = moneyLines(c, lang);
  if (money && c.money) {
    addTableSlides(deck, lang, say(P.money, lang), P.moneyColumns[lang], c.money.items.map((i) => [
      i.side === 'before' ? b.label : a.label, i.name, grouped(i.volume), num(i.trips), num(i.copies), num(i.waitDays), grouped(i.fees), grouped(i.perCase), grouped(i.yearly),
    ]), share([1, 3, 1.2, 0.8, 1, 1.1, 1, 1.3, 1.6]), {
      note: [`${money.totals}${fullStop(lang)}`, labelled(say(P.formula, lang), money.formula, lang), labelled(say(P.settings, lang), money.settings, lang)].join('\n'),
      right: new Set([2, 3, 4, 5, 6, 7, 8]),
    });
  } else {
    const slide = addSlide(deck, say(P.money, lang));
    slide.addText(noMoneyText(lang), { x: MARGIN, y: TOP, w: W - 2 * MARGIN, h: 1, fontFace: FACE, fontSize: 18, color: deck.colour.muted, margin: 0 });
  }
  addPicture(deck, pictures.timeline, deck.words.timeline, deck.words.timelineNote);
  for (const p of pictures.process) addPicture(deck, p, p.title, deck.words.processNote);
  const L = LEDGER_COLUMNS;
  addTableSlides(deck, lang, say(P.ledger, lang), [L.kind, L.name, L.item, L.change, L.reason].map((w) => say(w, lang)), c.ledger.map((e) => {
    const w = ledgerWords(e, lang);
    return [w.kind, e.name, e.itemName ?? '—', changeText(e, lang), w.reason];
  }), share([1, 4, 2.6, 1, 3.2]));
}

/**
 * The slide deck of `comparisons`, case after case, as .pptx bytes. `pictures` are the cases'
 * charts (index.ts drawPictures), in the same order, with the web's words and colours.
 */
export async function toComparisonPptx(comparisons: readonly Comparison[], pictures: Pictures, lang: Lang): Promise<Buffer> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.author = 'wujian';
  pptx.title = headlineText(comparisons[0]!.after.name, comparisons[0]!.measures, lang);
  pptx.theme = { headFontFace: FACE, bodyFontFace: FACE };
  const { accent, before, ink, muted, warn } = pictures.colours;
  const deck: Deck = { pptx, colour: { accent: hex(accent), before: hex(before), ink: hex(ink), muted: hex(muted), warn: hex(warn) }, words: pictures.words };
  comparisons.forEach((c, i) => addCase(deck, c, pictures.cases[i]!, lang));
  // stream() is the Node output that honours compression (write() with an outputType stores the XML uncompressed).
  return mendOfficeFile(Buffer.from((await pptx.stream({ compression: true })) as Uint8Array));
}
