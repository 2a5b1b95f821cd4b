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

/** Excel's letters for a column number: 1 → A, 27 → AA. */
export function columnLetters(col: number): string {
  let n = col;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The column number of Excel letters ("B" → 2), or undefined when `letters` is not a column. */
export function columnNumber(letters: string): number | undefined {
  if (!/^[A-Z]{1,3}$/.test(letters)) return undefined;
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/**
 * A cell as Excel names it in a formula: 材料!B5, or '申请 材料'!B5 when the sheet's name has spaces
 * or punctuation.
 * @example cellName('材料', 5, 2) // '材料!B5'
 */
export function cellName(sheet: string, row: number, col: number): string {
  const quoted = /^[\p{L}\p{N}_.]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${columnLetters(col)}${row}`;
}

/** The sheet, row and column a cell name gives ("材料!B5", "'申请 材料'!B5"), or undefined. */
export function parseCellName(name: string): { sheet: string; row: number; col: number } | undefined {
  const m = /^(?:'((?:[^']|'')*)'|([^!]*))!([A-Z]{1,3})(\d+)$/.exec(name);
  if (!m) return undefined;
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!, col: columnNumber(m[3]!)!, row: Number(m[4]) };
}
