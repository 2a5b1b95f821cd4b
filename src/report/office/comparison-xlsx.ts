/**
 * Comparisons as an Excel workbook (exceljs), for the figures reform offices keep in Excel: a summary
 * sheet with a row per pair and the county-wide total, the measures one row per pair and measure,
 * the ledger, the targets and the money. Figures are numbers with number formats, never text, so a
 * sheet sums and charts them; every name a user typed is a text cell, so "=1+1" stays text.
 */
import ExcelJS from 'exceljs';
import type { Comparison } from '../../analysis/compare/compare.js';
import { getComparisonTotals } from '../../analysis/compare/totals.js';
import type { MeasureRow } from '../../analysis/compare/types.js';
import { labelled, LEDGER_COLUMNS, listSeparator, MEASURE_COLUMNS, MEASURES, say, SIDES, type Lang } from '../../vocabulary/index.js';
import { changeText, finishText, getMeasureNotes, moneyLines } from '../comparison-common.js';
import { COMPARISON_PHRASES as P } from '../comparison-phrases.js';
import { cutText, ledgerWords, measureName, ruleText, targetText } from '../comparison-words.js';
import { dateLines } from '../dates.js';
import { OFFICE_PHRASES as O } from '../office-phrases.js';
import { mendOfficeFile } from './xml-parts.js';

/** The figures of a row of the summary: a pair's measure or the total's. */
type Figures = Pick<MeasureRow, 'before' | 'after' | 'cut' | 'cutPercent'>;

/** A measure's heading with its unit: "材料（份）", as the dashboard names a row. */
function measureHeading(key: MeasureRow['key'], lang: Lang): string {
  const m = MEASURES[key];
  return `${measureName(key, lang)}${lang === 'zh' ? `（${m.unit.zh}）` : ` (${m.unit.en})`}`;
}

/** The number format that shows `value` as the other surfaces write it: no more decimals than it has (at most two), a rise as 增加. */
function formatOf(value: number, lang: Lang): string {
  const decimals = Number.isInteger(value) ? 0 : Number.isInteger(value * 10) ? 1 : 2;
  const f = O.numberFormats[lang];
  return decimals === 0 ? f.whole : f.decimal(decimals);
}

/** Writes `value` into `cell` as a number with its format; a missing figure stays empty. */
function setNumber(cell: ExcelJS.Cell, value: number | null, lang: Lang, format?: string): void {
  if (value === null) return;
  cell.value = value;
  cell.numFmt = format ?? formatOf(value, lang);
}

/** A cut in percent as Excel holds a percentage: 51.43 → 0.5143, shown "51.43%" (a rise "增加…"). */
function setPercent(cell: ExcelJS.Cell, cutPercent: number | null, lang: Lang): void {
  if (cutPercent === null) return;
  setNumber(cell, Math.round(cutPercent * 100) / 10_000, lang, O.numberFormats[lang].percent);
}

/** Bold headings with a light fill, frozen above the rows. */
function styleHead(sheet: ExcelJS.Worksheet, rows: number, columns: number): void {
  for (let r = 1; r <= rows; r++) {
    const row = sheet.getRow(r);
    row.font = { bold: true };
    row.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    for (let c = 1; c <= columns; c++) row.getCell(c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } };
  }
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: rows }];
  // Printed (or turned into PDF) on landscape A4, as wide as the page, the headings on every page.
  sheet.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `1:${rows}` };
}

/**
 * The lines under a sheet of `comparisons`: how cuts are computed, the counting rules in use, what a
 * figure needs beside it and each pair's dates with what they rest on (the warning when assumed), a
 * pair's own lines labelled with its name when there are several.
 */
function noteRows(sheet: ExcelJS.Worksheet, comparisons: readonly Comparison[], lang: Lang): void {
  const named = (c: Comparison, line: string) => (comparisons.length > 1 ? labelled(c.after.name, line, lang) : line);
  const all = getMeasureNotes(comparisons.flatMap((c) => c.measures), lang);
  sheet.addRow([]);
  sheet.addRow([all.rounding]);
  sheet.addRow([say(P.rules, lang)]);
  for (const rule of all.rules) sheet.addRow([rule]);
  for (const c of comparisons) {
    for (const line of getMeasureNotes(c.measures, lang).notes) sheet.addRow([named(c, line)]);
    const finish = finishText(c, lang);
    if (!finish || !c.dates) continue;
    sheet.addRow([named(c, labelled(finish.label, finish.value, lang))]);
    for (const line of dateLines(c.dates, lang)) {
      const row = sheet.addRow([named(c, line.trim())]);
      if (line.startsWith('⚠')) row.font = { bold: true, color: { argb: 'FFB5473A' } };
    }
  }
}

/**
 * The summary sheet: a row per pair, four columns per measure (before, after, cut, cut in percent)
 * under a merged heading with its counting rule (口径; each pair's where pairs count differently), the
 * yearly money saved, then the total row and how it is counted.
 */
function addSummary(book: ExcelJS.Workbook, comparisons: readonly Comparison[], lang: Lang): void {
  const sheet = book.addWorksheet(say(O.sheets.summary, lang));
  const keys = comparisons[0]!.measures.map((m) => m.key);
  const M = MEASURE_COLUMNS;
  const sub = [M.before, M.after, M.cut, M.cutPercent].map((w) => say(w, lang));
  sheet.addRow([say(O.pair, lang), ...keys.flatMap((k) => [measureHeading(k, lang), '', '', '']), say(O.savedYearly, lang)]);
  const rules = keys.map((k) => [...new Set(comparisons.flatMap((c) => c.measures.filter((m) => m.key === k).map((m) => ruleText(m, lang))))].join(listSeparator(lang)));
  sheet.addRow([say(MEASURE_COLUMNS.rule, lang), ...rules.flatMap((rule) => [rule, '', '', '']), '']);
  sheet.addRow(['', ...keys.flatMap(() => sub), '']);
  keys.forEach((_, i) => {
    sheet.mergeCells(1, 2 + i * 4, 1, 5 + i * 4);
    sheet.mergeCells(2, 2 + i * 4, 2, 5 + i * 4);
  });
  const moneyColumn = 2 + keys.length * 4;
  sheet.mergeCells(1, moneyColumn, 3, moneyColumn);
  const fillRow = (label: string, rows: readonly (Figures | undefined)[], saved: number | null) => {
    const row = sheet.addRow([label]);
    rows.forEach((r, i) => {
      if (!r) return;
      const at = 2 + i * 4;
      setNumber(row.getCell(at), r.before, lang);
      setNumber(row.getCell(at + 1), r.after, lang);
      setNumber(row.getCell(at + 2), r.cut, lang);
      setPercent(row.getCell(at + 3), r.cutPercent, lang);
    });
    setNumber(row.getCell(moneyColumn), saved, lang, O.numberFormats[lang].decimal(2));
    return row;
  };
  for (const c of comparisons) fillRow(c.after.name, keys.map((k) => c.measures.find((m) => m.key === k)), c.money?.saved ?? null);
  if (comparisons.length > 1) {
    const totals = getComparisonTotals(comparisons);
    const row = fillRow(O.total[lang](comparisons.length), keys.map((k) => totals.measures.find((m) => m.key === k)), totals.saved?.yuan ?? null);
    row.font = { bold: true };
    row.border = { top: { style: 'thin' } };
    sheet.addRow([]);
    sheet.addRow([O.totalNote[lang]]);
  }
  noteRows(sheet, comparisons, lang);
  styleHead(sheet, 3, moneyColumn);
  sheet.getRow(2).font = { bold: false };
  sheet.getColumn(1).width = 34;
  for (let c = 2; c <= moneyColumn; c++) sheet.getColumn(c).width = 11;
  sheet.getColumn(moneyColumn).width = 16;
}

/** The measures sheet: one row per pair and measure, figures as numbers beside the cut in words. */
function addMeasures(book: ExcelJS.Workbook, comparisons: readonly Comparison[], lang: Lang): void {
  const sheet = book.addWorksheet(say(O.sheets.measures, lang));
  const M = MEASURE_COLUMNS;
  sheet.addRow([say(O.pair, lang), say(M.measure, lang), say(O.unit, lang), say(M.before, lang), say(M.after, lang), say(M.cut, lang), say(M.cutPercent, lang), say(O.cutWords, lang), say(M.rule, lang)]);
  for (const c of comparisons) {
    for (const r of c.measures) {
      const row = sheet.addRow([c.after.name, measureName(r.key, lang), MEASURES[r.key].unit[lang]]);
      setNumber(row.getCell(4), r.before, lang);
      setNumber(row.getCell(5), r.after, lang);
      setNumber(row.getCell(6), r.cut, lang);
      setPercent(row.getCell(7), r.cutPercent, lang);
      row.getCell(8).value = cutText(r, lang);
      row.getCell(9).value = ruleText(r, lang);
    }
  }
  noteRows(sheet, comparisons, lang);
  styleHead(sheet, 1, 9);
  [34, 18, 10, 11, 11, 11, 11, 16, 34].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
}

/** The ledger sheet: every entry of every pair, the quantities it changed as numbers. */
function addLedger(book: ExcelJS.Workbook, comparisons: readonly Comparison[], lang: Lang): void {
  const sheet = book.addWorksheet(say(O.sheets.ledger, lang));
  const L = LEDGER_COLUMNS;
  sheet.addRow([say(O.pair, lang), ...[L.kind, L.name, L.item, L.change, L.reason].map((w) => say(w, lang)), say(O.quantityBefore, lang), say(O.quantityAfter, lang)]);
  for (const c of comparisons) {
    for (const e of c.ledger) {
      const w = ledgerWords(e, lang);
      const row = sheet.addRow([c.after.name, w.kind, e.name, e.itemName ?? '', changeText(e, lang), w.reason]);
      setNumber(row.getCell(7), e.before ?? null, lang);
      setNumber(row.getCell(8), e.after ?? null, lang);
    }
  }
  styleHead(sheet, 1, 8);
  [34, 10, 40, 30, 10, 36, 12, 12].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
}

/** The targets sheet: each target of each pair, its figure and verdict. */
function addTargets(book: ExcelJS.Workbook, comparisons: readonly Comparison[], lang: Lang): void {
  const sheet = book.addWorksheet(say(O.sheets.targets, lang));
  sheet.addRow([say(O.pair, lang), say(P.goal, lang), say(P.actual, lang), say(P.verdict, lang)]);
  for (const c of comparisons) {
    for (const t of c.targets) {
      const w = targetText(t, lang);
      const row = sheet.addRow([c.after.name, w.goal, null, w.verdict]);
      if (t.op === 'cutPercent>=') setPercent(row.getCell(3), t.actual, lang);
      else setNumber(row.getCell(3), t.actual, lang);
    }
  }
  styleHead(sheet, 1, 4);
  [34, 30, 12, 10].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
}

/** The money sheet: each item's yearly burden before and after, with the formula and prices. */
function addMoney(book: ExcelJS.Workbook, comparisons: readonly Comparison[], lang: Lang): void {
  const sheet = book.addWorksheet(say(O.sheets.money, lang));
  sheet.addRow([say(O.pair, lang), ...P.moneyColumns[lang]]);
  for (const c of comparisons) {
    for (const i of c.money?.items ?? []) {
      const row = sheet.addRow([c.after.name, say(SIDES[i.side], lang), i.name]);
      [i.volume, i.trips, i.copies, i.waitDays, i.fees, i.perCase, i.yearly].forEach((v, k) => setNumber(row.getCell(4 + k), v, lang, k >= 4 ? O.numberFormats[lang].decimal(2) : undefined));
    }
  }
  sheet.addRow([]);
  for (const c of comparisons) {
    const money = moneyLines(c, lang);
    if (money) sheet.addRow([c.after.name, money.totals]);
  }
  const first = comparisons.map((c) => moneyLines(c, lang)).find(Boolean);
  if (first) sheet.addRow([say(P.formula, lang), first.formula]);
  styleHead(sheet, 1, 10);
  [34, 8, 30, 10, 8, 10, 10, 10, 14, 16].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
}

/**
 * The workbook of `comparisons` (one or many pairs), as the bytes of an .xlsx file.
 * @example const bytes = await toComparisonXlsx([compareDocuments(before, after)], 'zh')
 */
export async function toComparisonXlsx(comparisons: readonly Comparison[], lang: Lang): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'wujian';
  addSummary(book, comparisons, lang);
  addMeasures(book, comparisons, lang);
  addLedger(book, comparisons, lang);
  addTargets(book, comparisons, lang);
  addMoney(book, comparisons, lang);
  // exceljs drops what XML forbids, but not the bidi controls a name may hold (xml-parts.ts).
  return mendOfficeFile(Buffer.from(await book.xlsx.writeBuffer()));
}
