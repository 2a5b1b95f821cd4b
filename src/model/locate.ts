/**
 * From a data path (as ajv reports it, or as a semantic check builds it) back to the YAML node and
 * its place in the file, so every diagnostic points at what the user wrote.
 */
import type { Node, Pair } from 'yaml';
import type { Span } from './diagnostic.js';
import type { DataPath } from './types.js';
import { rangeOf, readYaml, toSpan, type ParsedYaml } from './parse.js';
import { yamlLib } from './yaml-lib.js';

/** What was found at a path: the value node, and the key naming it when it sits in a mapping. */
export interface Located {
  /** Node of the value at the path, or of the deepest ancestor that exists. */
  node: Node;
  /** Key node of the pair that holds `node`, if any. */
  key?: Node;
  /** True when the whole path was found. */
  exact: boolean;
}

/** Splits an ajv instancePath ("/process/states/review") into segments. */
export function fromPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Finds the node at `path`, stopping at the deepest node that exists. */
export function locate(parsed: ParsedYaml, path: DataPath): Located {
  let node = parsed.doc.contents as Node;
  let key: Node | undefined;
  for (const segment of path) {
    const next = child(node, segment);
    if (!next) return { node, key, exact: false };
    node = next.value;
    key = next.key;
  }
  return { node, key, exact: true };
}

/** Span of the value at `path` (or of its deepest existing ancestor). */
export function spanOf(parsed: ParsedYaml, path: DataPath): Span {
  const { node } = locate(parsed, path);
  return nodeSpan(parsed, node);
}

/**
 * Places in `file` for a problem a check of other files finds there (a bundle's item, the version after
 * in a comparison): the file is read and parsed with positions on the first question, once. Its load
 * cannot be asked, since a file with nothing to report is loaded without positions (read-value.ts).
 * Undefined when the file cannot be read or parsed.
 */
export function placesIn(file: string): (path: DataPath) => Span | undefined {
  let parsed: ParsedYaml | null | undefined;
  return (path) => {
    if (parsed === undefined) {
      const read = readYaml(file);
      parsed = read.ok ? read.parsed : null;
    }
    return parsed ? spanOf(parsed, path) : undefined;
  };
}

/** Span of the key that names the value at `path`: the place to report "this property …". */
export function keySpanOf(parsed: ParsedYaml, path: DataPath): Span {
  const found = locate(parsed, path);
  return nodeSpan(parsed, found.exact && found.key ? found.key : found.node);
}

/** Span of a node; for a collection only its first line, so frames stay short. */
export function nodeSpan(parsed: ParsedYaml, node: Node): Span {
  const [start, end] = rangeOf(node);
  const span = toSpan(parsed.lines, start, end);
  if (span.endLine > span.line) return { ...span, endLine: span.line, endColumn: span.column + 1 };
  return span;
}

function child(node: Node, segment: string | number): { value: Node; key?: Node } | undefined {
  const { isAlias, isMap, isPair, isScalar, isSeq } = yamlLib();
  if (isAlias(node)) return undefined;
  if (isMap(node)) {
    const pair = (node.items as Pair[]).find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
    if (!pair || !isPair(pair)) return undefined;
    const key = pair.key as Node;
    return { value: (pair.value as Node | null) ?? key, key };
  }
  if (isSeq(node)) {
    const item = node.items[Number(segment)];
    return item ? { value: item as Node } : undefined;
  }
  return undefined;
}
