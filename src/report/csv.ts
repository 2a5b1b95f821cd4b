/**
 * CSV for Excel and WPS, written by PapaParse (the one CSV writer of the CLI and the web app): every
 * field quoted where it must be, a bare CR or LF inside a field included, and a cell that begins like
 * a formula (=, +, -, @, tab, CR) prefixed with an apostrophe, so that a name typed by a user opens
 * as text and never runs.
 */
import Papa from 'papaparse';

/**
 * The rows as CSV text, one line per row ending in a newline.
 * @example toCsv([['名称'], ['=1+1']]) // '名称\n"\'=1+1"\n'
 */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string>>): string {
  return Papa.unparse(rows.map((row) => [...row]), { escapeFormulae: true, newline: '\n' }) + '\n';
}
