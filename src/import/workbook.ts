/**
 * A workbook's bytes → its sheets as grids of cell texts, with exceljs. What is not an .xlsx workbook
 * (an old .xls, an encrypted file, a CSV, a Word file renamed) is recognised by its first bytes and
 * refused with a diagnostic, before exceljs sees it.
 */
import ExcelJS from 'exceljs';
import { createCellDiagnostic, createDiagnostic, type Diagnostic, type LooksLike } from '../model/diagnostic.js';
import { sizeText } from '../model/source.js';
import { cellName } from '../model/cells.js';
import type { Sheet } from './sheet.js';

/** Largest workbook read: a province's whole 实施清单 export is a few megabytes. */
export const MAX_WORKBOOK_BYTES = 50 * 1024 * 1024;
/** Most rows and columns read from one sheet; more is not a 实施清单 (reported, the rest ignored). */
export const MAX_ROWS = 20_000;
export const MAX_COLUMNS = 200;

/** The sheets of a workbook, or the problem that stops it being read. */
export type WorkbookResult = { ok: true; sheets: Sheet[]; diagnostics: Diagnostic[] } | { ok: false; diagnostic: Diagnostic };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** An encrypted .xlsx is an OLE file holding a stream of this name (UTF-16LE). */
const ENCRYPTED_STREAM = Buffer.from('EncryptedPackage', 'utf16le');

/** Reads `bytes` (the file `file`, for messages) as an .xlsx workbook, at most `maxRows` rows a sheet. */
export async function readWorkbook(file: string, bytes: Buffer, maxRows = MAX_ROWS): Promise<WorkbookResult> {
  const fail = (diagnostic: Diagnostic) => ({ ok: false as const, diagnostic });
  const large = checkSize(file, bytes.length);
  if (large) return { ok: false, diagnostic: large };
  if (startsWith(bytes, OLE)) return fail(createDiagnostic(bytes.includes(ENCRYPTED_STREAM) ? 'import-encrypted' : 'import-old-format', file, undefined));
  if (!startsWith(bytes, ZIP)) return fail(createDiagnostic('import-not-workbook', file, undefined, { looks: looksLike(bytes) }));
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return fail(createDiagnostic('import-not-workbook', file, undefined, { looks: 'zip' }));
  }
  if (workbook.worksheets.length === 0) return fail(createDiagnostic('import-not-workbook', file, undefined, { looks: 'zip' }));
  const diagnostics: Diagnostic[] = [];
  const sheets = workbook.worksheets.map((ws) => toSheet(file, ws, maxRows, diagnostics));
  return { ok: true, sheets, diagnostics };
}

/** The diagnostic for a workbook of `size` bytes too large to read, or undefined. */
export function checkSize(file: string, size: number): Diagnostic | undefined {
  return size > MAX_WORKBOOK_BYTES ? createDiagnostic('import-too-large', file, undefined, { size: sizeText(size), limit: sizeText(MAX_WORKBOOK_BYTES) }) : undefined;
}

/** One worksheet as a grid: each cell's text, a merged cell's text in every cell it covers. */
function toSheet(file: string, ws: ExcelJS.Worksheet, maxRows: number, diagnostics: Diagnostic[]): Sheet {
  const rows = new Map<number, Map<number, string>>();
  const merged = new Map<string, string>();
  let cut = false;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (r > maxRows) {
      cut = true;
      return;
    }
    const cells = new Map<number, string>();
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (c > MAX_COLUMNS) return;
      const text = cellText(cell);
      if (text !== '') cells.set(c, text);
      if (cell.isMerged && cell.master !== cell) merged.set(`${r}:${c}`, `${cell.master.row}:${cell.master.col}`);
    });
    if (cells.size > 0) rows.set(r, cells);
  });
  const sheet: Sheet = { name: ws.name, hidden: ws.state !== 'visible', rows, merged };
  if (cut) diagnostics.push(createCellDiagnostic('import-sheet-too-large', file, cellName(ws.name, maxRows + 1, 1), { rows: maxRows }, 'warning'));
  return sheet;
}

/** What a cell shows, as text: a formula's result, a date as YYYY-MM-DD, rich text joined, an error as nothing. */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value && typeof value === 'object' && 'error' in value) return '';
  if (value && typeof value === 'object' && 'result' in value) {
    const result = (value as { result?: unknown }).result;
    if (result instanceof Date) return result.toISOString().slice(0, 10);
    return result === undefined || (typeof result === 'object' && result !== null) ? '' : String(result).trim();
  }
  return (cell.text ?? '').trim();
}

function startsWith(bytes: Buffer, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** What a file that is not a workbook seems to be, for the hint: text (a CSV?), a PDF, or unknown. */
function looksLike(bytes: Buffer): LooksLike {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  const head = bytes.subarray(0, 512);
  return head.length > 0 && !head.includes(0) ? 'text' : 'other';
}
