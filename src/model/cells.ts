/**
 * Workbook cells as Excel names them ("材料!B5"): where `wujian import` locates what it reads and the
 * problems it finds, and how diagnostics at cells are ordered.
 */

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

/**
 * Orders cells by sheet, then row, then column ("材料!B9" before "材料!B10" before "材料!C9"), a name
 * that is no cell by its text; no cell at all comes first.
 */
export function compareCells(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined || b === undefined) return a === undefined ? -1 : 1;
  const x = parseCellName(a) ?? { sheet: a, row: 0, col: 0 };
  const y = parseCellName(b) ?? { sheet: b, row: 0, col: 0 };
  return x.sheet.localeCompare(y.sheet) || x.row - y.row || x.col - y.col;
}
