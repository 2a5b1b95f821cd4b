/** Columns in a terminal: rows of cells padded to the widest cell, measured in terminal columns (a Chinese character takes two). */
import { displayWidth } from './frame.js';

/** Lays rows out in columns padded to the widest cell, each line indented; the last cell is not padded. */
export function columns(rows: readonly string[][], indent = '  '): string[] {
  if (rows.length === 0) return [];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i] ?? ''))));
  return rows.map((r) => indent + r.map((cell, i) => (i === r.length - 1 ? cell : cell + ' '.repeat(widths[i]! - displayWidth(cell)))).join('  ').trimEnd());
}
