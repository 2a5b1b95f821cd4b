/** A worksheet as the importer reads it: cell texts by row and column, and which cells a merge covers. */

/** One worksheet. */
export interface Sheet {
  /** The sheet's name, as on its tab. */
  name: string;
  /** True for a hidden sheet (often a list of choices for drop-downs). */
  hidden: boolean;
  /** Non-empty cell texts: row → column → text (1-based, as Excel numbers them). */
  rows: Map<number, Map<number, string>>;
  /** Cells covered by a merge but not its top-left: "row:col" → the top-left's "row:col". */
  merged: Map<string, string>;
}

/** The text of a cell ("" when empty); a cell under a merge shows the merge's text. */
export function textAt(sheet: Sheet, row: number, col: number): string {
  return sheet.rows.get(row)?.get(col) ?? '';
}

/** True when the cell is covered by a merge started in another cell (its text is the merge's). */
export function isCarried(sheet: Sheet, row: number, col: number): boolean {
  return sheet.merged.has(`${row}:${col}`);
}

/** The top-left cell of the merge covering a cell, as [row, col]; the cell itself when not merged. */
export function mergeStart(sheet: Sheet, row: number, col: number): [number, number] {
  const master = sheet.merged.get(`${row}:${col}`);
  if (!master) return [row, col];
  const [r, c] = master.split(':').map(Number);
  return [r!, c!];
}
