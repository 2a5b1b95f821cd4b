/** Workbooks for tests, built with exceljs from rows written out in the test or a fixture file. */
import ExcelJS from 'exceljs';

/** A cell: text, a number, empty, or a long text made by repeating. */
export type SheetCell = string | number | null | { repeat: string; times: number };

/** Sheets by name (in order) with their rows, the ranges to merge on each, and the sheets to hide. */
export interface WorkbookSpec {
  sheets: Record<string, SheetCell[][]>;
  merges?: Record<string, string[]>;
  hidden?: string[];
}

/** Builds the workbook a spec describes, as the bytes of an .xlsx file. */
export async function buildWorkbook(spec: WorkbookSpec): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(spec.sheets)) {
    const sheet = wb.addWorksheet(name, { state: spec.hidden?.includes(name) ? 'hidden' : 'visible' });
    for (const row of rows) sheet.addRow(row.map((c) => (c && typeof c === 'object' ? c.repeat.repeat(c.times) : c)));
    for (const range of spec.merges?.[name] ?? []) sheet.mergeCells(range);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
