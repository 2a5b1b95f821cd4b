/**
 * YAML text → a YAML document that keeps source ranges, plus its plain value.
 * Syntax errors, alias bombs and absurd nesting become diagnostics; nothing here throws on bad input.
 */
import type { CST, Document, LineCounter, Node } from 'yaml';
import { createDiagnostic, FILE_START, type Diagnostic, type Span } from './diagnostic.js';
import { readSource } from './source.js';
import { yamlLib } from './yaml-lib.js';
import { findSlip, mendSlip, type Slip } from './yaml-slips.js';
import { findUnclosed } from './yaml-unclosed.js';

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

/**
 * Reads a YAML file from disk (readSource refuses what is no UTF-8 text file) and parses it: what every
 * loader of a file that is not a procedure (targets, settings, calendars, renames) starts with.
 */
export function readYaml(file: string): ParseResult {
  const source = readSource(file);
  return source.ok ? parseYaml(file, source.text) : { ok: false, diagnostics: [source.diagnostic] };
}

/** Parses one YAML document, reporting every syntax problem with its place. */
export function parseYaml(file: string, text: string): ParseResult {
  const yaml = yamlLib();
  const lines = new yaml.LineCounter();
  const span = (start: number, end: number) => toSpan(lines, start, end);
  // yaml composes recursively and only catches the stack overflow of a deeply nested file after the
  // fact, where V8 can abort the whole process instead; so depth is measured on the tokens first.
  let tokens: CST.Token[];
  try {
    tokens = [...new yaml.Parser(lines.addNewLine).parse(text)];
  } catch (error) {
    // yaml's parser recurses once per line after a tab that breaks the indentation, so a long file
    // with one such tab exhausts the stack; the tab is the problem to report.
    if (!(error instanceof RangeError)) throw error;
    return { ok: false, diagnostics: [stackOverflowDiagnostic(file, text)] };
  }
  const deep = findTooDeep(tokens);
  if (deep !== undefined) return { ok: false, diagnostics: [createDiagnostic('yaml-too-deep', file, span(deep, deep + 1), { limit: MAX_DEPTH })] };
  const doc = composeFirst(tokens, text.length);
  if (doc.errors.length > 0) return { ok: false, diagnostics: syntaxDiagnostics(file, text, tokens, doc, lines) };
  if (doc.contents === null) return { ok: false, diagnostics: [createDiagnostic('file-empty', file, FILE_START)] };
  if (!yaml.isMap(doc.contents)) {
    const [start, end] = rangeOf(doc.contents);
    return { ok: false, diagnostics: [createDiagnostic('yaml-not-mapping', file, span(start, end))] };
  }
  const circular = findCircularAlias(doc);
  if (circular) {
    const [start, end] = rangeOf(circular);
    return { ok: false, diagnostics: [createDiagnostic('yaml-alias', file, span(start, end), { limit: MAX_ALIAS_COUNT, detail: 'circular alias' })] };
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

/**
 * The syntax errors of a document yaml could not read, placed where a person mends them: yaml's own
 * errors, unless what they follow from comes first (a stray list or text before the first field, a
 * bracket or quote left open, a full-width colon or space typed by an input method), which then
 * stands in for them, after the errors on the lines before it.
 */
function syntaxDiagnostics(file: string, text: string, tokens: CST.Token[], doc: Document.Parsed, lines: LineCounter): Diagnostic[] {
  const yaml = yamlLib();
  const span = (start: number, end: number) => toSpan(lines, start, end);
  const diagnostics = doc.errors.map((e) =>
    /call stack/i.test(e.message)
      ? createDiagnostic('yaml-too-deep', file, span(e.pos[0], e.pos[1]), { limit: MAX_DEPTH })
      : createDiagnostic('yaml-syntax', file, span(e.pos[0], e.pos[1]), { yamlCode: e.code, detail: firstLine(e.message) }),
  );
  const first = doc.errors[0]!.pos[0];
  // A stray list item or line of text before the first field makes the file that list or text, and
  // every field after it "unexpected" (a dozen errors, none on the line to mend): the place is where it starts.
  const root = doc.contents;
  if (root && !yaml.isMap(root) && rangeOf(root)[0] < first) {
    const [start, end] = rangeOf(root);
    return [createDiagnostic('yaml-not-mapping', file, span(start, end)), diagnostics[0]!];
  }
  // A bracket or quote left open makes yaml read every line after it wrongly and complain where it gives
  // up; so does a colon or space an input method typed, on the line yaml stops at or the one before.
  const unclosed = findUnclosed(tokens);
  const cause = unclosed ?? slipNear(text, lines, first);
  if (!cause) return diagnostics;
  const line = lines.linePos(cause.offset).line;
  const before = diagnostics.filter((_, i) => lines.linePos(doc.errors[i]!.pos[0]).line < line);
  const detail = unclosed ? 'never closed' : 'typed by an input method';
  return [...before, createDiagnostic('yaml-syntax', file, span(cause.offset, cause.offset + 1), { yamlCode: cause.kind, detail })];
}

/**
 * A typing slip on the line of `offset` (yaml's first error), else on the line before it: a wide space
 * in the indentation, or a colon whose mending clears that error (the text read again has no error up
 * to that line). A colon in a line that is no key (the continuation of a long value) is left to yaml's
 * own message.
 */
function slipNear(text: string, lines: LineCounter, offset: number): Slip | undefined {
  const line = lines.linePos(offset).line;
  for (const at of [line - 1, line - 2]) {
    const start = lines.lineStarts[at];
    const slip = start === undefined ? undefined : findSlip(text, start);
    if (!slip) continue;
    // A wide space is never YAML's indentation; how many plain spaces it stood for is the author's to say.
    const { kind } = slip;
    if (kind === 'FULLWIDTH_SPACE') return slip;
    const mended = yamlLib().parseDocument(mendSlip(text, slip.offset, kind), { uniqueKeys: true });
    const first = mended.errors[0];
    if (!first || mended.errors.every((e) => e.code === 'MULTIPLE_DOCS') || (first.linePos?.[0].line ?? 0) > line) return slip;
  }
  return undefined;
}

/**
 * Where a parse that ran out of stack went wrong: the first line indented with a tab, else the first
 * bracket nested past MAX_DEPTH (the CST parser's own recursion depends on the stack it is given).
 */
function stackOverflowDiagnostic(file: string, text: string): Diagnostic {
  const counter = new (yamlLib().LineCounter)();
  counter.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) counter.addNewLine(i + 1);
  const tab = /^[ ]*\t/m.exec(text);
  if (tab) {
    const at = tab.index + tab[0].length - 1;
    return createDiagnostic('yaml-syntax', file, toSpan(counter, at, at + 1), { yamlCode: 'TAB_AS_INDENT', detail: 'Tabs are not allowed as indentation' });
  }
  const at = findDeepBracket(text);
  return createDiagnostic('yaml-too-deep', file, toSpan(counter, at, at + 1), { limit: MAX_DEPTH });
}

/** The offset of the first [ or { nested deeper than MAX_DEPTH outside quotes and comments, or 0. */
function findDeepBracket(text: string): number {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '#') {
      i = text.indexOf('\n', i);
      if (i < 0) break;
    } else if (c === '[' || c === '{') {
      if (++depth > MAX_DEPTH) return i;
    } else if ((c === ']' || c === '}') && depth > 0) {
      depth--;
    }
  }
  return 0;
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

/**
 * The offset of the first collection nested deeper than MAX_DEPTH, found on yaml's concrete syntax
 * tree (built without recursion) and walked without recursion.
 */
function findTooDeep(tokens: CST.Token[]): number | undefined {
  const stack: Array<[CST.Token, number]> = tokens.map((t) => [t, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    if (token.type === 'document') {
      if (token.value) stack.push([token.value, depth]);
    } else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (depth + 1 > MAX_DEPTH) return token.offset;
      for (const item of token.items as CST.CollectionItem[]) {
        if (item.key) stack.push([item.key, depth + 1]);
        if (item.value) stack.push([item.value, depth + 1]);
      }
    }
  }
  return undefined;
}

/** The first document of the tokens, with an error for a second one: yaml's parseDocument, minus parsing. */
function composeFirst(tokens: CST.Token[], length: number): Document.Parsed {
  const { Composer, YAMLParseError } = yamlLib();
  let doc: Document.Parsed | undefined;
  // YAML 1.2 core data only: YAML 1.1 type tags (!!omap, !!set, !!pairs, !!binary, !!timestamp) are not
  // resolved, so `on: !!omap […]` reads as the list it is (and is reported), never as an empty Map.
  for (const next of new Composer({ uniqueKeys: true, resolveKnownTags: false }).compose(tokens, true, length)) {
    if (doc) {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
    doc = next;
  }
  return doc!;
}

/** An alias inside the very node it names (`a: &a [*a]`): it would expand for ever, so it is refused. */
function findCircularAlias(doc: Document.Parsed): Node | undefined {
  for (const node of nodesInOrder(doc.contents as Node)) {
    if (!yamlLib().isAlias(node)) continue;
    const target = node.resolve(doc);
    if (!target) continue;
    const [start, end] = rangeOf(target);
    const [at, until] = rangeOf(node);
    if (start <= at && until <= end) return node;
  }
  return undefined;
}

/** The first alias node in document order. */
function firstAlias(root: Node): Node | undefined {
  for (const node of nodesInOrder(root)) if (yamlLib().isAlias(node)) return node;
  return undefined;
}

/** Every node under `root` in document order, without recursion. */
function* nodesInOrder(root: Node): Generator<Node> {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    yield node;
    stack.push(...childrenOf(node).reverse());
  }
}

function childrenOf(node: Node): Node[] {
  const { isMap, isPair, isScalar, isSeq } = yamlLib();
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
