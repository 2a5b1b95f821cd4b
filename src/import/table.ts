/**
 * Finding a sheet's table: the header row (below any title rows), which column holds which data
 * element, and the data rows under it. A header may stand on two rows, a group ("法定办结时限") over
 * its parts ("时限", "单位"); a mapping file may name the header row and columns outright.
 */
import { fieldOfHeader, FIELDS, headerKey, NAME_FIELDS, type Field, type FieldTable, type HeaderUnit } from './fields.js';
import type { SheetMapping } from './mapping.js';
import { cellName, columnLetters } from '../model/cells.js';
import { isCarried, textAt, type Sheet } from './sheet.js';

/** Rows searched for the header: title rows and notes above it are few. */
const HEADER_SEARCH_ROWS = 20;

/** A column read as a data element. */
export interface Column {
  col: number;
  field: Field;
  /** The header's text as written. */
  header: string;
  /** A unit the header gave ("承诺时限（工作日）"). */
  unit?: HeaderUnit;
  /** 0 for the element's own name; higher for other spellings (the lowest wins a tie). */
  rank: number;
}

/** A header cell that names no data element, or a second column for one already read. */
export interface SkippedColumn {
  col: number;
  header: string;
  /** The element it would have been, when another column was read for it. */
  field?: Field;
}

/** A sheet's table. */
export interface Table {
  sheet: Sheet;
  /** Row of the header (the lower row of a two-row header). */
  headerRow: number;
  /** The column read for each data element, by field key. */
  columns: Map<string, Column>;
  /** Header cells not read. */
  skipped: SkippedColumn[];
  /** What the table lists: items, materials, steps (one sheet may list all three). */
  kinds: Set<FieldTable>;
}

/** One data row of a table. */
export interface Row {
  row: number;
  /** The cell of a field on this row, if the table has that column and the cell is not empty. */
  get(key: string): CellText | undefined;
}

/** A non-empty cell's text and where it is. */
export interface CellText {
  text: string;
  /** "材料!B5". */
  at: string;
  sheet: string;
  row: number;
  col: number;
  /** True when the text is a merge's, shown in a cell the merge covers below or beside its start. */
  carried: boolean;
}

/**
 * The table on `sheet`, or undefined when no row looks like a header (at least two data elements, one
 * of them a name: 事项名称, 材料名称 or 环节名称).
 */
export function findTable(sheet: Sheet, mapping?: SheetMapping, shared?: ReadonlyMap<string, string | null>): Table | undefined {
  const rows = [...sheet.rows.keys()].sort((a, b) => a - b);
  const candidates = mapping?.header !== undefined ? [mapping.header] : rows.filter((r) => r <= (rows[0] ?? 0) + HEADER_SEARCH_ROWS);
  let best: Table | undefined;
  for (const r of candidates) {
    const table = readHeader(sheet, r, mapping, shared);
    if (!hasName(table)) continue;
    if (!best || table.columns.size > best.columns.size) best = table;
  }
  return best;
}

/** The data rows of a table: every row below the header with a cell in a read column. */
export function dataRows(table: Table): Row[] {
  const { sheet } = table;
  const rows = [...sheet.rows.keys()].filter((r) => r > table.headerRow).sort((a, b) => a - b);
  const out: Row[] = [];
  for (const r of rows) {
    if (isNoteRow(table, r)) continue;
    const cells = new Map<string, CellText>();
    for (const [key, column] of table.columns) {
      const text = textAt(sheet, r, column.col);
      if (text !== '') cells.set(key, { text, at: cellName(sheet.name, r, column.col), sheet: sheet.name, row: r, col: column.col, carried: isCarried(sheet, r, column.col) });
    }
    if (cells.size > 0) out.push({ row: r, get: (key) => cells.get(key) });
  }
  return out;
}

/** The Excel name of a table's header cell for `col` ("事项!C3"). */
export function headerCell(table: Table, col: number): string {
  return cellName(table.sheet.name, table.headerRow, col);
}

/** The header cell of a table's leftmost read column: where a problem with the whole table is reported. */
export function firstHeaderCell(table: Table): string {
  return headerCell(table, Math.min(...[...table.columns.values()].map((c) => c.col)));
}

function readHeader(sheet: Sheet, row: number, mapping?: SheetMapping, shared?: ReadonlyMap<string, string | null>): Table {
  const columns = new Map<string, Column>();
  const skipped: SkippedColumn[] = [];
  const cells = sheet.rows.get(row) ?? new Map<number, string>();
  for (const [col, header] of [...cells].sort((a, b) => a[0] - b[0])) {
    if (isCarried(sheet, row, col) && textAt(sheet, row, col - 1) === header) continue; // a header merged across columns
    const found = mapped(header, col, mapping, shared) ?? matchHeader(sheet, row, col, header);
    if (found === null) continue;
    if (!found) {
      skipped.push({ col, header });
      continue;
    }
    const column: Column = { col, header, ...found };
    const held = columns.get(found.field.key);
    if (held && held.rank <= column.rank) {
      skipped.push({ col, header, field: found.field });
    } else {
      if (held) skipped.push({ col: held.col, header: held.header, field: held.field });
      columns.set(found.field.key, column);
    }
  }
  const table: Table = { sheet, headerRow: row, columns, skipped: skipped.sort((a, b) => a.col - b.col), kinds: new Set() };
  table.kinds = kindsOf(table);
  return table;
}

type Match = { field: Field; rank: number; unit?: HeaderUnit };

/** The field a mapping file gives a column (by letter or header text); null when it says to ignore it. */
function mapped(header: string, col: number, mapping?: SheetMapping, shared?: ReadonlyMap<string, string | null>): Match | null | undefined {
  for (const map of [mapping?.columns, shared]) {
    if (!map) continue;
    const name = map.get(columnLetters(col)) ?? map.get(header) ?? map.get(headerKey(header).key);
    if (name === null) return null;
    const field = name === undefined ? undefined : FIELDS.find((f) => f.key === name);
    if (field) return { field, rank: -1, unit: headerKey(header).unit };
  }
  return undefined;
}

/** Words a part of a group header uses for the group's value itself: 法定办结时限 over 时限 and 单位. */
const VALUE_PART = /^(时限|期限|时间|天数|数值|数量|值|内容|名称)$/;

/**
 * The field a header names: a group header above it joined to it (法定办结时限 + 单位), the group's own
 * when the cell only says "its value" (法定办结时限 over 时限), or the cell alone.
 */
function matchHeader(sheet: Sheet, row: number, col: number, header: string): Match | undefined {
  const own = headerKey(header);
  const above = row > 1 && isGroupHeader(sheet, row - 1, col) ? headerKey(textAt(sheet, row - 1, col)) : undefined;
  const keys = above ? [above.key + own.key, VALUE_PART.test(own.key) ? above.key : undefined, own.key] : [own.key];
  for (const key of keys) {
    const found = key === undefined ? undefined : fieldOfHeader(key);
    if (found) return { ...found, unit: own.unit ?? above?.unit };
  }
  return undefined;
}

/** A cell merged across several columns: a group header over the cells below it. */
function isGroupHeader(sheet: Sheet, row: number, col: number): boolean {
  const text = textAt(sheet, row, col);
  return text !== '' && (textAt(sheet, row, col - 1) === text || textAt(sheet, row, col + 1) === text);
}

function hasName(table: Table): boolean {
  return table.columns.size >= 2 && Object.values(NAME_FIELDS).some((key) => table.columns.has(key));
}

/**
 * What a table lists. Materials and steps by their name columns; items when it has an item name and
 * either other item elements (one row per item, or one sheet with everything) or no material or step.
 */
function kindsOf(table: Table): Set<FieldTable> {
  const kinds = new Set<FieldTable>();
  const has = (key: string) => table.columns.has(key);
  if (has(NAME_FIELDS.material)) kinds.add('material');
  if (has(NAME_FIELDS.step)) kinds.add('step');
  const itemDetail = [...table.columns.values()].some((c) => c.field.table === 'item' && c.field.key !== 'itemName' && c.field.key !== 'itemCode');
  if (has(NAME_FIELDS.item) && (itemDetail || kinds.size === 0)) kinds.add('item');
  return kinds;
}

/**
 * A row that is a note, not data: all its text is one merge across three or more columns
 * ("注：…", "填表说明"), or its only text starts with 注 or 说明 in the first column.
 */
function isNoteRow(table: Table, row: number): boolean {
  const cells = [...(table.sheet.rows.get(row) ?? new Map<number, string>())];
  if (cells.length === 0) return true;
  const texts = new Set(cells.map(([, t]) => t));
  if (texts.size === 1 && cells.length >= 3 && cells.slice(1).every(([c]) => isCarried(table.sheet, row, c))) return true;
  return cells.length === 1 && /^(注|说明|备注|填表说明)[:：]/.test(cells[0]![1]);
}
