/**
 * `wujian import`'s work, without the file system: a workbook's bytes → one procedure file's text per
 * item it can read, the items it cannot (and why), what each sheet turned out to be, and every problem
 * located at a sheet's cell. Nothing here writes; the command writes what this returns.
 */
import { cellName } from '../model/cells.js';
import { createCellDiagnostic, createDiagnostic, hasErrors, sortDiagnostics, type Diagnostic } from '../model/diagnostic.js';
import type { TakenIds } from '../model/ids.js';
import { assemble, type Draft } from './assemble.js';
import type { FieldTable } from './fields.js';
import type { Mapping } from './mapping.js';
import type { BuildContext } from './builder.js';
import { buildProcedure } from './procedure.js';
import { renderProcedure } from './render.js';
import type { Sheet } from './sheet.js';
import { dataRows, findTable, firstHeaderCell, headerCell, type Column, type SkippedColumn, type Table } from './table.js';
import { readWorkbook } from './workbook.js';

/** What to import and how to name it. */
export interface ImportOptions {
  /** The workbook's name as diagnostics show it. */
  file: string;
  /** The workbook's file name, for the files' notes. */
  source: string;
  /** A mapping file, for layouts that cannot be guessed. */
  mapping?: Mapping;
  /** The `$schema` path to write on each file's first line, relative to where the files go. */
  schemaRef: string;
  /** Most rows read from a sheet (default MAX_ROWS). */
  maxRows?: number;
}

/** An item read and written as a procedure file. */
export interface ImportedItem {
  id: string;
  name: string;
  /** The cell of its name. */
  cell: string;
  /** The procedure file's text, valid as written. */
  text: string;
  materials: number;
  steps: number;
}

/** An item that is not written, and the first error that stops it. */
export interface RefusedItem {
  name: string;
  /** The cell of that error. */
  cell: string;
  reason: Diagnostic;
}

/** What became of one sheet. */
export interface SheetReport {
  name: string;
  /** The header's row, when a table was found. */
  headerRow?: number;
  /** What the table lists. */
  kinds: FieldTable[];
  /** Data rows under the header. */
  rows: number;
  /** Header cells not read, with their cell names. */
  skipped: Array<SkippedColumn & { at: string }>;
  /** Why the sheet was not read: empty, no header, hidden, or skipped by the mapping file. */
  unread?: 'empty' | 'no-header' | 'hidden' | 'mapping';
}

/** The whole result; `diagnostics` in sheet, row and column order (sortDiagnostics). */
export interface ImportResult {
  sheets: SheetReport[];
  items: ImportedItem[];
  refused: RefusedItem[];
  diagnostics: Diagnostic[];
}

/** Imports the workbook in `bytes`. */
export async function importWorkbook(bytes: Buffer, options: ImportOptions): Promise<ImportResult> {
  const { file } = options;
  const empty: ImportResult = { sheets: [], items: [], refused: [], diagnostics: [] };
  const workbook = await readWorkbook(file, bytes, options.maxRows);
  if (!workbook.ok) return { ...empty, diagnostics: [workbook.diagnostic] };
  const mappingProblems = options.mapping?.check(workbook.sheets) ?? [];
  if (hasErrors(mappingProblems)) return { ...empty, diagnostics: mappingProblems };
  const diagnostics = [...workbook.diagnostics];
  const { tables, sheets } = findTables(file, workbook.sheets, options.mapping, diagnostics);
  if (tables.length === 0) {
    const everyEmpty = sheets.every((s) => s.unread === 'empty' || s.unread === 'mapping');
    if (everyEmpty) return { ...empty, sheets, diagnostics: [createDiagnostic('import-empty', file, undefined)] };
    return { ...empty, sheets, diagnostics: diagnostics.map((d) => (d.code === 'import-no-header' ? { ...d, severity: 'error' as const } : d)) };
  }
  const assembled = assemble(file, tables);
  diagnostics.push(...assembled.diagnostics);
  if (assembled.items.length === 0) diagnostics.push(createCellDiagnostic('import-no-items', file, firstHeaderCell(tables[0]!)));
  const columns = new Map(tables.flatMap((t) => [...t.columns.values()].map((c) => [`${t.sheet.name}:${c.col}`, c] as [string, Column])));
  const ctx: BuildContext = { file, source: options.source, itemIds: caseInsensitiveIds(), columnOf: (cell) => columns.get(`${cell.sheet}:${cell.col}`) };
  const items: ImportedItem[] = [];
  const refused: RefusedItem[] = [];
  for (const draft of assembled.items) {
    if (draft.refused) {
      refused.push({ name: draft.name.text, cell: draft.refused.cell ?? draft.name.at, reason: draft.refused });
      continue;
    }
    const built = buildProcedure(ctx, draft);
    const rendered = renderProcedure(built, header(options, draft), `${built.id}.yaml`, file, draft.name.at);
    diagnostics.push(...built.diagnostics, ...rendered.diagnostics);
    const error = [...built.diagnostics, ...rendered.diagnostics].find((d) => d.severity === 'error');
    if (error) refused.push({ name: draft.name.text, cell: error.cell ?? draft.name.at, reason: error });
    else items.push({ id: built.id, name: draft.name.text, cell: draft.name.at, text: rendered.text, materials: draft.materials.length, steps: built.steps });
  }
  return { sheets, items, refused, diagnostics: sortDiagnostics(diagnostics) };
}

/** Each sheet's table, or why it has none (a visible sheet with content but no header is reported). */
function findTables(file: string, sheets: readonly Sheet[], mapping: Mapping | undefined, diagnostics: Diagnostic[]) {
  const tables: Table[] = [];
  const reports: SheetReport[] = [];
  for (const sheet of sheets) {
    const given = mapping?.sheets.get(sheet.name);
    const report: SheetReport = { name: sheet.name, kinds: [], rows: 0, skipped: [] };
    reports.push(report);
    if (given?.skip) report.unread = 'mapping';
    else if (sheet.rows.size === 0) report.unread = 'empty';
    const table = report.unread ? undefined : findTable(sheet, given, mapping?.columns);
    if (!table) {
      report.unread ??= sheet.hidden ? 'hidden' : 'no-header';
      if (report.unread === 'no-header') diagnostics.push(createCellDiagnostic('import-no-header', file, firstCell(sheet), { sheet: sheet.name }, 'warning'));
      continue;
    }
    tables.push(table);
    Object.assign(report, {
      headerRow: table.headerRow,
      kinds: [...table.kinds],
      rows: dataRows(table).length,
      skipped: table.skipped.map((s) => ({ ...s, at: headerCell(table, s.col) })),
    });
  }
  return { tables, sheets: reports };
}

/** The opening comment of an item's file. */
function header(options: ImportOptions, draft: Draft): string[] {
  const rows = new Map<string, Set<number>>();
  const add = (cell: { sheet: string; row: number }) => {
    if (!rows.has(cell.sheet)) rows.set(cell.sheet, new Set());
    rows.get(cell.sheet)!.add(cell.row);
  };
  add(draft.name);
  for (const cells of [draft.fields, ...draft.materials, ...draft.steps]) for (const cell of cells.values()) add(cell);
  const where = [...rows].map(([sheet, set]) => `${sheet} 第 ${spans([...set])} 行`).join('，');
  return [
    `yaml-language-server: $schema=${options.schemaRef}`,
    `由 wujian import 从 ${options.source} 导入：${where}。`,
    '每个值右侧的注释是它所在的单元格；“假设”是清单没有写明、导入时补上的，请核对后再分析。',
  ];
}

/** Row numbers as spans: 4, 6–9. */
function spans(rows: number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    out.push(i === j ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j;
  }
  return out.join('、');
}

/** Item ids as file names: unique without regard to case, never a name Windows reserves. */
function caseInsensitiveIds(): TakenIds {
  const lower = new Set<string>();
  return {
    has: (id) => lower.has(id.toLowerCase()) || /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(id),
    add: (id) => lower.add(id.toLowerCase()),
  };
}

/** The first cell with text on a sheet, where "no header here" is reported. */
function firstCell(sheet: Sheet): string {
  const row = Math.min(...sheet.rows.keys());
  const col = Math.min(...sheet.rows.get(row)!.keys());
  return cellName(sheet.name, row, col);
}
