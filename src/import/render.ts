/**
 * Procedure data → YAML text with the yaml library's Document API (so whatever a cell holds is quoted
 * as it needs), each value commented with the cell it came from and what was assumed; then the text
 * is checked exactly as `wujian validate` would check it, and any problem is traced back to its cell.
 */
import { Document, isCollection, isMap, isPair, isScalar, isSeq, type Node, type ParsedNode } from 'yaml';
import { atCell, type Diagnostic } from '../model/diagnostic.js';
import { loadText } from '../model/load.js';
import type { ParsedYaml } from '../model/parse.js';
import type { ProcedureData } from './procedure.js';

/** A procedure's YAML text, and the problems validation found in it, located at cells. */
export interface Rendered {
  text: string;
  diagnostics: Diagnostic[];
}

/**
 * Renders and checks one procedure. `header` is the file's opening comment (one line an entry);
 * `file` names the output file for validation, `workbook` the workbook for relocated problems, and
 * `fallbackCell` is where a problem goes when no cell is behind it (the item's name).
 */
export function renderProcedure(built: ProcedureData, header: readonly string[], file: string, workbook: string, fallbackCell: string): Rendered {
  const doc = new Document(built.data);
  doc.commentBefore = header.map((line) => ` ${line}`).join('\n');
  for (const [key, origin] of built.origins) {
    const node = firstScalar(doc.getIn(JSON.parse(key) as unknown[], true) as Node | undefined);
    if (!node) continue;
    const words = [origin.cell, origin.assumed ? `假设：${origin.assumed}` : undefined].filter(Boolean).join(' ');
    if (words) node.comment = ` ${words}`;
  }
  const text = doc.toString({ lineWidth: 0 });
  const checked = loadText(file, text);
  const cells = checked.parsed ? cellsByLine(checked.parsed, built) : new Map<number, string>();
  const diagnostics = checked.diagnostics.map((d) => atCell(d, workbook, cells.get(d.line) ?? fallbackCell));
  return { text, diagnostics };
}

/** A scalar to hang a comment on: the node itself, or the first scalar inside a map or list. */
function firstScalar(node: Node | undefined): Node | undefined {
  if (!node || isScalar(node)) return node;
  if (isCollection(node)) {
    const first = node.items[0];
    return firstScalar((isPair(first) ? first.value : first) as Node | undefined);
  }
  return undefined;
}

/** For each line of the written text, the cell behind the value on it (or behind its nearest parent). */
function cellsByLine({ doc, lines }: ParsedYaml, built: ProcedureData): Map<number, string> {
  const out = new Map<number, string>();
  const cellOf = (path: ReadonlyArray<string | number>) => {
    for (let n = path.length; n > 0; n--) {
      const cell = built.origins.get(JSON.stringify(path.slice(0, n)))?.cell;
      if (cell) return cell;
    }
    return undefined;
  };
  const visit = (node: ParsedNode | null | undefined, path: Array<string | number>) => {
    if (!node) return;
    const line = lines.linePos(node.range[0]).line;
    const cell = cellOf(path);
    if (cell && !out.has(line)) out.set(line, cell);
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        const keyCell = cellOf([...path, key]);
        if (keyCell && pair.key) out.set(lines.linePos((pair.key as ParsedNode).range[0]).line, keyCell);
        visit(pair.value as ParsedNode | null, [...path, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => visit(item as ParsedNode, [...path, i]));
    }
  };
  visit(doc.contents as ParsedNode, []);
  return out;
}
