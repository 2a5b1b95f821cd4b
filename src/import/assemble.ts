/**
 * Tables → items with their materials and steps, still as cells. An item sheet lists one item a row;
 * one sheet with everything lists an item's materials (or steps) on the rows of its block, the item's
 * name merged over the block, written once with blank rows below, or repeated on every row. A
 * materials or steps sheet names its item on each row (or once, carried down), or belongs to the only item.
 */
import { createCellDiagnostic, type Diagnostic } from '../model/diagnostic.js';
import { suggest } from '../model/suggest.js';
import { FIELDS, NAME_FIELDS, type FieldTable } from './fields.js';
import { cellName } from '../model/cells.js';
import { dataRows, firstHeaderCell, type CellText, type Row, type Table } from './table.js';

/** Cells of one row of one table, by field key. */
export type Cells = Map<string, CellText>;

/** An item as read from the workbook: its own cells, and its materials' and steps' cells in order. */
export interface Draft {
  name: CellText;
  fields: Cells;
  materials: Cells[];
  steps: Cells[];
  /** Set when the item cannot be written: the diagnostic that says why. */
  refused?: Diagnostic;
}

const TABLE_OF = new Map(FIELDS.map((f) => [f.key, f.table]));

/** Reads the items of a workbook's tables; `file` names the workbook in diagnostics. */
export function assemble(file: string, tables: readonly Table[]): { items: Draft[]; diagnostics: Diagnostic[] } {
  const items = new Map<string, Draft>();
  const diagnostics: Diagnostic[] = [];
  const defining = tables.filter((t) => t.kinds.has('item'));
  for (const table of defining) readItems(file, table, items, diagnostics);
  // Without an item table, the items are the names the materials and steps tables give.
  const create = defining.length === 0;
  for (const table of tables) if (!defining.includes(table)) readLinked(file, table, items, diagnostics, create);
  return { items: [...items.values()], diagnostics };
}

/** Items from a table that lists them, with the materials and steps on their rows. */
function readItems(file: string, table: Table, items: Map<string, Draft>, diagnostics: Diagnostic[]): void {
  const blocks = table.kinds.has('material') || table.kinds.has('step');
  let current: Draft | undefined;
  for (const row of dataRows(table)) {
    const name = row.get(NAME_FIELDS.item);
    if (!name) {
      if (blocks && current) attach(file, current, row, table, diagnostics);
      else if (cellsOf(row, table, 'item').size > 0) diagnostics.push(blankName(file, table, row, 'item'));
      continue;
    }
    const same = current !== undefined && current.name.text === name.text && (name.carried || blocks);
    if (!same) {
      const seen = items.get(name.text);
      if (seen) {
        const refused = createCellDiagnostic('import-duplicate-item', file, name.at, { name: name.text, first: seen.name.at });
        diagnostics.push(refused);
        seen.refused ??= refused;
        current = seen;
      } else {
        current = { name, fields: cellsOf(row, table, 'item'), materials: [], steps: [] };
        items.set(name.text, current);
      }
    }
    if (blocks) attach(file, current!, row, table, diagnostics);
  }
}

/**
 * Materials or steps from a table that names their item on each row, or belongs to the only item;
 * with `create`, a name not met before starts a new item.
 */
function readLinked(file: string, table: Table, items: Map<string, Draft>, diagnostics: Diagnostic[], create: boolean): void {
  const byName = table.columns.has(NAME_FIELDS.item);
  const byCode = table.columns.has('itemCode');
  if (!byName && !byCode && items.size !== 1) {
    diagnostics.push(createCellDiagnostic('import-no-item-column', file, firstHeaderCell(table), { sheet: table.sheet.name, items: items.size }));
    return;
  }
  const codes = new Map([...items.values()].flatMap((d) => (d.fields.get('itemCode') ? [[d.fields.get('itemCode')!.text, d] as const] : [])));
  const unknown = new Set<string>();
  let last: Draft | undefined;
  for (const row of dataRows(table)) {
    const name = row.get(NAME_FIELDS.item);
    const code = row.get('itemCode');
    let target = !byName && !byCode ? [...items.values()][0] : code ? codes.get(code.text) : undefined;
    if (!target && name) target = items.get(name.text);
    if (!target && !name && !code) target = last;
    if (!target && name && create) {
      target = { name, fields: new Map(), materials: [], steps: [] };
      items.set(name.text, target);
    }
    if (!target) {
      const cell = name ?? code;
      if (cell && !unknown.has(cell.text)) {
        unknown.add(cell.text);
        diagnostics.push(createCellDiagnostic('import-unknown-item', file, cell.at, { name: cell.text, suggestion: suggest(cell.text, items.keys()) }, 'warning'));
      }
      last = undefined;
      continue;
    }
    last = target;
    attach(file, target, row, table, diagnostics);
  }
}

/** Adds the material and the step on `row`, if any, to `draft`. */
function attach(file: string, draft: Draft, row: Row, table: Table, diagnostics: Diagnostic[]): void {
  for (const kind of ['material', 'step'] as const) {
    if (!table.kinds.has(kind)) continue;
    const cells = cellsOf(row, table, kind);
    const name = cells.get(NAME_FIELDS[kind]);
    if (name?.carried) continue; // the rest of a material or step merged over several rows
    if (name) (kind === 'material' ? draft.materials : draft.steps).push(cells);
    else if (cells.size > 0) diagnostics.push(blankName(file, table, row, kind));
  }
}

/** The cells of `row` that belong to one kind of table. */
function cellsOf(row: Row, table: Table, kind: FieldTable): Cells {
  const cells: Cells = new Map();
  for (const key of table.columns.keys()) {
    const cell = row.get(key);
    if (cell && TABLE_OF.get(key) === kind) cells.set(key, cell);
  }
  return cells;
}

/** A row with values but no name: it cannot be told apart, so it is left out. */
function blankName(file: string, table: Table, row: Row, kind: FieldTable): Diagnostic {
  const column = table.columns.get(NAME_FIELDS[kind])!;
  return createCellDiagnostic('import-blank-name', file, cellName(table.sheet.name, row.row, column.col), { kind }, 'warning');
}
