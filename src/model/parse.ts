/**
 * YAML text → a YAML document that keeps source ranges, plus its plain value.
 * Syntax errors, alias bombs and absurd nesting become diagnostics; nothing here throws on bad input.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { createDiagnostic, FILE_START, type Diagnostic, type Span } from './diagnostic.js';

/** Deepest nesting of mappings and sequences accepted; a procedure needs about a dozen. */
export const MAX_DEPTH = 64;
/** Most alias expansions accepted (yaml's own guard against "billion laughs"). */
export const MAX_ALIAS_COUNT = 100;

/** A parsed file: the document with positions, and its value as plain data. */
export interface ParsedYaml {
  doc: Document.Parsed;
  lines: LineCounter;
  value: unknown;
}

/** The result of parsing: the parsed file, or the problems that stop it. */
export type ParseResult = { ok: true; parsed: ParsedYaml } | { ok: false; diagnostics: Diagnostic[] };

/** Parses one YAML document, reporting every syntax problem with its place. */
export function parseYaml(file: string, text: string): ParseResult {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const span = (start: number, end: number) => toSpan(lines, start, end);
  if (doc.errors.length > 0) {
    return {
      ok: false,
      diagnostics: doc.errors.map((e) =>
        /call stack/i.test(e.message)
          ? createDiagnostic('yaml-too-deep', file, span(e.pos[0], e.pos[1]), { limit: MAX_DEPTH })
          : createDiagnostic('yaml-syntax', file, span(e.pos[0], e.pos[1]), { yamlCode: e.code, detail: firstLine(e.message) }),
      ),
    };
  }
  if (doc.contents === null) return { ok: false, diagnostics: [createDiagnostic('file-empty', file, FILE_START)] };
  const deep = findTooDeep(doc.contents);
  if (deep) {
    const [start, end] = rangeOf(deep);
    return { ok: false, diagnostics: [createDiagnostic('yaml-too-deep', file, span(start, end), { limit: MAX_DEPTH })] };
  }
  if (!isMap(doc.contents)) {
    const [start, end] = rangeOf(doc.contents);
    return { ok: false, diagnostics: [createDiagnostic('yaml-not-mapping', file, span(start, end))] };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    const alias = firstAlias(doc.contents);
    const [start, end] = alias ? rangeOf(alias) : [0, 0];
    return { ok: false, diagnostics: [createDiagnostic('yaml-alias', file, span(start, end), { limit: MAX_ALIAS_COUNT, detail: error.message })] };
  }
  return { ok: true, parsed: { doc, lines, value } };
}

/** Converts a character range to a 1-based span. */
export function toSpan(lines: LineCounter, start: number, end: number): Span {
  const a = lines.linePos(start);
  const b = lines.linePos(Math.max(start, end));
  return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}

/** The [start, end) character range of a node. */
export function rangeOf(node: Node): [number, number] {
  const range = node.range;
  return range ? [range[0], range[1]] : [0, 0];
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

/** The first node nested deeper than MAX_DEPTH, found without recursion. */
function findTooDeep(root: Node): Node | undefined {
  const stack: Array<[Node, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_DEPTH) return node;
    for (const child of childrenOf(node)) stack.push([child, depth + 1]);
  }
  return undefined;
}

/** The first alias node in document order, found without recursion. */
function firstAlias(root: Node): Node | undefined {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.shift()!;
    if (isAlias(node)) return node;
    stack.unshift(...childrenOf(node));
  }
  return undefined;
}

function childrenOf(node: Node): Node[] {
  if (!isMap(node) && !isSeq(node)) return [];
  const out: Node[] = [];
  for (const item of node.items as unknown[]) {
    if (isPair(item)) {
      if (item.key && !isScalar(item.key)) out.push(item.key as Node);
      if (item.value) out.push(item.value as Node);
    } else if (item) {
      out.push(item as Node);
    }
  }
  return out;
}
