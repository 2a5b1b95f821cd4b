/**
 * A Word report in the manner of a 公文 (GB/T 9704): A4 with its margins, the title in 小标宋 二号,
 * first-level headings in 黑体 三号 numbered 一、二、, body text in 仿宋 三号 at a fixed 28-point line,
 * tables in 仿宋 小四. Each font is named in the file together with the one Word takes when the
 * office PC lacks it (w:altName in the font table). The pieces here build paragraphs, tables and
 * figures; the reports (comparison-docx.ts, analysis-docx.ts) put them in order.
 */
import {
  AlignmentType, BorderStyle, Document, ImageRun, LineRuleType, Packer, Paragraph, Table, TableCell, TableRow,
  TableLayoutType, TextRun, VerticalAlign, WidthType, type FileChild, type IRunOptions,
} from 'docx';
import JSZip from 'jszip';
import type { DateBasis } from '../../analysis/date-basis.js';
import { getDateWords } from '../dates.js';
import { LANG_TAGS, type Lang } from '../../vocabulary/index.js';
import { OFFICE_PHRASES as O, sectionHeading } from '../office-phrases.js';
import { mendXmlParts } from './xml-parts.js';

/** Millimetres in twips (1/1440 inch). */
const mm = (value: number) => Math.round((value / 25.4) * 1440);

/** Half-points of the Chinese type sizes: 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt, 五号 10.5 pt. */
const SIZE = { erhao: 44, sanhao: 32, sihao: 28, xiaosi: 24, wuhao: 21 } as const;

/** Width of the type area: A4's 210 mm less the 28 mm and 26 mm margins. */
const TEXT_WIDTH_MM = 156;

/** Pixels per millimetre at the 96 dpi Word sizes images in. */
const PX_PER_MM = 96 / 25.4;

/** Tallest a figure may be, so it and its caption fit on a page under a heading. */
const FIGURE_MAX_MM = 200;

type FontRole = keyof typeof O.fonts;

/** The run fonts of a role: the Chinese face for East Asian text, Times New Roman for Latin. */
function fonts(role: FontRole): IRunOptions['font'] {
  const latin = O.fonts.latin.name;
  return { ascii: latin, hAnsi: latin, cs: latin, eastAsia: O.fonts[role].name };
}

/** A run of text in `role`'s font; user text goes in as text, never as markup. */
export function run(text: string, role: FontRole = 'body', options: Omit<IRunOptions, 'text' | 'font'> = {}): TextRun {
  return new TextRun({ text, font: fonts(role), ...options });
}

/** The report's title, centred, 小标宋 二号. */
export function title(text: string, pageBreakBefore = false): Paragraph {
  return new Paragraph({ children: [run(text, 'title', { size: SIZE.erhao })], alignment: AlignmentType.CENTER, spacing: { before: 240, after: 480 }, pageBreakBefore });
}

/** A first-level heading, numbered "一、", 黑体 三号. */
export function heading(n: number, text: string, lang: Lang): Paragraph {
  return new Paragraph({ children: [run(sectionHeading(n, text, lang), 'heading', { size: SIZE.sanhao })], spacing: { before: 240, after: 120, line: 560, lineRule: LineRuleType.EXACT }, keepNext: true });
}

/** A body paragraph, 仿宋 三号, first line indented two characters, at a fixed 28-point line. */
export function body(text: string): Paragraph {
  return new Paragraph({ children: [run(text, 'body', { size: SIZE.sanhao })], indent: { firstLine: 640 }, spacing: { line: 560, lineRule: LineRuleType.EXACT }, alignment: AlignmentType.JUSTIFIED });
}

/** A note under a table or figure, 仿宋 四号. */
export function note(text: string): Paragraph {
  return new Paragraph({ children: [run(text, 'body', { size: SIZE.sihao })], spacing: { before: 60, after: 120, line: 400, lineRule: LineRuleType.EXACT }, alignment: AlignmentType.JUSTIFIED });
}

/** A warning that must not be missed (dates computed on an assumed calendar): a note in bold, in the warning red. */
export function warning(text: string): Paragraph {
  return new Paragraph({ children: [run(text, 'body', { size: SIZE.sihao, bold: true, color: 'B5473A' })], spacing: { before: 60, after: 60, line: 400, lineRule: LineRuleType.EXACT }, alignment: AlignmentType.JUSTIFIED });
}

/** What computed dates rest on, and when some are assumed the warning (in red) and how to add the arrangement. */
export function dateNotes(dates: DateBasis, lang: Lang): Paragraph[] {
  const w = getDateWords(dates, lang);
  return [note(w.basis), ...(w.warning ? [warning(`⚠ ${w.warning}`), note(w.hint ?? '')] : [])];
}

/**
 * A table as wide as the type area, 仿宋 小四, the heading row bold, shaded and repeated on every
 * page; `numeric` columns are aligned right; `weights` share the width between the columns.
 */
export function table(head: readonly string[], rows: readonly (readonly string[])[], numeric: ReadonlySet<number> = new Set(), weights: readonly number[] = head.map(() => 1)): Table {
  const total = weights.reduce((a, b) => a + b, 0);
  const border = { style: BorderStyle.SINGLE, size: 4, color: '7F8A96' };
  const cell = (text: string, column: number, header: boolean) => new TableCell({
    children: [new Paragraph({
      children: [run(text, 'body', { size: SIZE.xiaosi, bold: header })],
      alignment: header ? AlignmentType.CENTER : numeric.has(column) ? AlignmentType.RIGHT : AlignmentType.LEFT,
    })],
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    ...(header ? { shading: { fill: 'E8EEF5' } } : {}),
  });
  return new Table({
    width: { size: mm(TEXT_WIDTH_MM), type: WidthType.DXA },
    columnWidths: weights.map((w) => Math.round((mm(TEXT_WIDTH_MM) * w) / total)),
    layout: TableLayoutType.FIXED,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({ children: head.map((h, i) => cell(h, i, true)), tableHeader: true, cantSplit: true }),
      ...rows.map((r) => new TableRow({ children: r.map((text, i) => cell(text, i, false)), cantSplit: true })),
    ],
  });
}

/** A chart as a picture across the type area (shorter when it would run past FIGURE_MAX_MM), and its caption under it. */
export function figure(picture: { png: Buffer; width: number; height: number; title: string }, n: number, lang: Lang): Paragraph[] {
  const widthMm = Math.min(TEXT_WIDTH_MM, (FIGURE_MAX_MM * picture.width) / picture.height);
  const width = Math.round(widthMm * PX_PER_MM);
  const height = Math.round((width * picture.height) / picture.width);
  const caption = O.figure[lang]({ n, title: picture.title });
  return [
    new Paragraph({
      children: [new ImageRun({ type: 'png', data: picture.png, transformation: { width, height }, altText: { name: caption, title: caption, description: O.chartAlt[lang](picture.title) } })],
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 120 },
    }),
    new Paragraph({ children: [run(caption, 'heading', { size: SIZE.xiaosi })], alignment: AlignmentType.CENTER, spacing: { before: 60, after: 240 } }),
  ];
}

/**
 * The document: A4 with 公文 margins (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm), the
 * language set for proofing, then its bytes with every font's fallback named in the font table.
 */
export async function toDocxBytes(children: FileChild[], meta: { title: string; lang: Lang }): Promise<Buffer> {
  const doc = new Document({
    title: meta.title,
    creator: 'wujian',
    styles: { default: { document: { run: { font: fonts('body'), size: SIZE.sanhao, language: { value: LANG_TAGS[meta.lang], eastAsia: LANG_TAGS.zh } } } } },
    sections: [{
      properties: { page: { size: { width: mm(210), height: mm(297) }, margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) } } },
      children,
    }],
  });
  return nameFontFallbacks(await Packer.toBuffer(doc));
}

/**
 * Writes each font the report asks for into word/fontTable.xml with its fallback (w:altName): Word
 * on a PC without 仿宋_GB2312 then takes 仿宋 rather than whatever it guesses. The parts are mended
 * in the same pass (mendXmlParts: no character XML forbids).
 */
async function nameFontFallbacks(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  await mendXmlParts(zip);
  const file = zip.file('word/fontTable.xml');
  if (!file) return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  const xml = await file.async('string');
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const entries = Object.values(O.fonts).map((f) => `<w:font w:name="${escape(f.name)}"><w:altName w:val="${escape(f.fallback)}"/><w:charset w:val="${f.name === O.fonts.latin.name ? '00' : '86'}"/></w:font>`).join('');
  const filled = xml.includes('</w:fonts>') ? xml.replace('</w:fonts>', `${entries}</w:fonts>`) : xml.replace(/<w:fonts([^>]*)\/>/, `<w:fonts$1>${entries}</w:fonts>`);
  zip.file('word/fontTable.xml', filled);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
