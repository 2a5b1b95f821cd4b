/**
 * The plainest YAML, read line by line: what `wujian init`, `wujian import`, the bundled procedures and
 * a generated catalogue write — block mappings and block sequences of one-line plain scalars, flow
 * collections of plain scalars on one line (`[a, b]`, `{ id: a, name: b }`), comments. About five times faster than js-yaml on such a file, which is nearly
 * every file of a catalogue (bench/catalogue.ts).
 *
 * It gives the value parseYaml gives or declines (undefined), never anything else: it accepts a strict
 * subset of what read-value.ts's guard lets js-yaml read, and declines every other line — a quoted,
 * block or multi-line scalar, an anchor, a tag, a key that is not a plain string, a duplicate key, an
 * indentation it does not expect. The caller then takes js-yaml's way, or parseYaml's. The fuzzers of
 * tests/model/read-value.test.ts and read-block.test.ts hold it to parseYaml.
 */

/** A non-blank, non-comment line: its indentation and its text after the indentation, without a comment or trailing spaces. */
interface Line {
  indent: number;
  text: string;
}

/** How a plain scalar's text becomes its value (read-value.ts: yaml's core schema). */
export type ResolvePlain = (source: string) => unknown;

/**
 * What no line but a whole-line comment may hold for this reader: the characters read-value.ts leaves
 * to parseYaml (anchors, aliases, tags, directives, explicit keys, quotes, block scalars, tabs, nulls,
 * document markers), control characters YAML forbids or reads as line breaks, a byte-order mark,
 * surrogates; and anywhere, a carriage return that does not end a line. Sought in the whole text at
 * once: a comment line that holds one is skipped.
 */
const FORBIDDEN = /[&*!%?~\t"'\\|>\x00-\x08\x0B-\x1F\x7F-\x9F\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]|null|Null|NULL|---|\.\.\./g;
/** A scalar this reader leaves to others: starting with an indicator ("-" only before a space or alone), or holding ": ", a final ":" or "#". */
const NOT_PLAIN = /^(?:[:,[\]{}#@`]|-(?: |$))|: |:$|#/;
/** What a flow item, or a flow mapping's key or value, may not hold: the flow indicators and colons. */
const FLOW_FORBIDDEN = /[[\]{}:#]/;
/**
 * Plain scalars already read, by resolver: their text and the value it gave (a string, number, boolean
 * or null, so one value serves every document). A catalogue repeats its keys and most of its values
 * (ids, kinds, departments), and a lookup costs less than the checks and the core-schema forms. Emptied
 * when full, so no run of files makes it grow without end.
 */
const known = new WeakMap<ResolvePlain, Map<string, unknown>>();
/** Scalars kept per resolver before the cache is emptied. */
const KNOWN_MAX = 4096;
/** Why reading stopped: the text is not in this reader's subset. */
class Declined extends Error {}

function decline(): never {
  throw new Declined();
}

/**
 * The value of `text`, a YAML mapping in the plainest block style, or undefined when the text is not
 * only that. `resolve` turns a plain scalar into its value (a number, a boolean, or the text).
 * @example readBlockYaml('id: a\nlist:\n  - 1\n', resolve) // { id: 'a', list: [1] }
 */
export function readBlockYaml(text: string, resolve: ResolvePlain, maxDepth: number): Record<string, unknown> | undefined {
  const lines = toLines(text);
  if (!lines || lines.length === 0 || lines[0]!.indent !== 0) return undefined;
  let scalars = known.get(resolve);
  if (!scalars) known.set(resolve, (scalars = new Map()));
  else if (scalars.size > KNOWN_MAX) scalars.clear();
  const reader = new BlockReader(lines, resolve, maxDepth, scalars);
  try {
    const value = reader.mapping(0, 1);
    return reader.done() ? value : undefined;
  } catch (error) {
    if (error instanceof Declined) return undefined;
    throw error;
  }
}

/** The content lines of `text`, or undefined when it holds what this reader never reads (FORBIDDEN). */
function toLines(text: string): Line[] | undefined {
  if (!isReadable(text)) return undefined;
  const lines: Line[] = [];
  const length = text.length;
  let start = 0;
  while (start <= length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = length;
    // A CR here ends the line (isReadable declined any other).
    const lineEnd = end > start && text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
    let indent = start;
    while (indent < lineEnd && text.charCodeAt(indent) === 0x20) indent++;
    if (indent < lineEnd && text.charCodeAt(indent) !== 0x23) {
      // " #" starts a comment; a "#" elsewhere is declined by the scalar check.
      const content = text.slice(indent, lineEnd);
      const hash = content.indexOf(' #');
      lines.push({ indent: indent - start, text: (hash >= 0 ? content.slice(0, hash) : content).trimEnd() });
    }
    start = end + 1;
  }
  return lines;
}

/** True when nothing FORBIDDEN stands outside whole-line comments, and every CR ends a line (CRLF). */
function isReadable(text: string): boolean {
  FORBIDDEN.lastIndex = 0;
  for (let found = FORBIDDEN.exec(text); found; found = FORBIDDEN.exec(text)) {
    const at = found.index;
    if (text.charCodeAt(at) === 0x0d && text.charCodeAt(at + 1) === 0x0a) continue;
    let first = text.lastIndexOf('\n', at - 1) + 1;
    while (text.charCodeAt(first) === 0x20) first++;
    if (text.charCodeAt(first) !== 0x23 || text.charCodeAt(at) === 0x0d) return false;
    const next = text.indexOf('\n', at);
    if (next < 0) return true;
    FORBIDDEN.lastIndex = next;
  }
  return true;
}

class BlockReader {
  private at = 0;

  constructor(
    private readonly lines: Line[],
    private readonly resolve: ResolvePlain,
    private readonly maxDepth: number,
    private readonly scalars: Map<string, unknown>,
  ) {}

  /** True when every line was read. */
  done(): boolean {
    return this.at === this.lines.length;
  }

  /** A block mapping whose keys stand at column `col` (the current line is its first key). */
  mapping(col: number, depth: number): Record<string, unknown> {
    if (depth > this.maxDepth) decline();
    const value: Record<string, unknown> = {};
    let entries = 0;
    while (this.at < this.lines.length) {
      const line = this.lines[this.at]!;
      if (line.indent < col) break;
      if (line.indent > col || isItem(line.text)) decline();
      entries++;
      const text = line.text;
      const colon = findColon(text);
      if (colon < 0) decline();
      const key = this.key(text.charCodeAt(colon - 1) === 0x20 ? text.slice(0, colon).trimEnd() : text.slice(0, colon));
      const rest = colon + 1 < text.length ? text.slice(colon + 2).trimStart() : '';
      this.at++;
      value[key] = rest === '' ? this.child(col, depth) : this.inline(rest);
    }
    // A key written twice: fewer keys than entries (counted at the end, one property lookup a key fewer).
    if (Object.keys(value).length !== entries) decline();
    return value;
  }

  /** A block sequence whose dashes stand at column `col` (the current line is its first item). */
  private sequence(col: number, depth: number): unknown[] {
    if (depth > this.maxDepth) decline();
    const items: unknown[] = [];
    while (this.at < this.lines.length) {
      const line = this.lines[this.at]!;
      if (line.indent < col) break;
      if (line.indent > col) decline();
      if (!isItem(line.text)) break;
      let skip = 2;
      while (line.text.charCodeAt(skip) === 0x20) skip++;
      const rest = line.text.slice(skip);
      if (rest === '' || isItem(rest) || rest === '-') decline();
      if (rest[0] !== '[' && rest[0] !== '{' && findColon(rest) >= 0) {
        // "- key: value": a mapping whose keys stand where this first key does.
        this.lines[this.at] = { indent: col + skip, text: rest };
        items.push(this.mapping(col + skip, depth + 1));
      } else {
        this.at++;
        items.push(this.inline(rest));
      }
    }
    return items;
  }

  /** The value of a key written with nothing after its colon: the block below it, or null. */
  private child(col: number, depth: number): unknown {
    const next = this.lines[this.at];
    if (!next || next.indent < col) return null;
    if (next.indent === col) return isItem(next.text) ? this.sequence(col, depth + 1) : null;
    return isItem(next.text) ? this.sequence(next.indent, depth + 1) : this.mapping(next.indent, depth + 1);
  }

  /** A value on its key's line: a one-line flow sequence or mapping of plain scalars, or a plain scalar. */
  private inline(text: string): unknown {
    const first = text[0]!;
    if (first === '[') {
      if (!text.endsWith(']')) decline();
      const inner = text.slice(1, -1).trim();
      if (inner === '') return [];
      return inner.split(',').map((item) => {
        const plain = item.trim();
        if (plain === '' || FLOW_FORBIDDEN.test(plain)) decline();
        return this.scalar(plain);
      });
    }
    if (first === '{') {
      if (!text.endsWith('}')) decline();
      const inner = text.slice(1, -1).trim();
      const value: Record<string, unknown> = {};
      if (inner === '') return value;
      for (const pair of inner.split(',')) {
        const colon = pair.indexOf(': ');
        if (colon < 0) decline();
        const name = pair.slice(0, colon).trim();
        const plain = pair.slice(colon + 2).trim();
        if (FLOW_FORBIDDEN.test(name) || plain === '' || FLOW_FORBIDDEN.test(plain)) decline();
        const key = this.key(name);
        if (Object.hasOwn(value, key)) decline();
        value[key] = this.scalar(plain);
      }
      return value;
    }
    return this.scalar(text);
  }

  /** A plain scalar's value, when it is one this reader can vouch for. */
  private scalar(text: string): unknown {
    const seen = this.scalars.get(text);
    if (seen !== undefined || this.scalars.has(text)) return seen;
    if (NOT_PLAIN.test(text)) decline();
    const value = this.resolve(text);
    this.scalars.set(text, value);
    return value;
  }

  /** A mapping key: a plain scalar that is a string (yaml and js-yaml name other keys differently). */
  private key(text: string): string {
    if (text === '' || text === '__proto__' || text.includes(':')) decline();
    const value = this.scalar(text);
    if (typeof value !== 'string') decline();
    return value;
  }
}

/** True for a sequence item's line: "- " or a lone "-". */
function isItem(text: string): boolean {
  return text.charCodeAt(0) === 0x2d && (text.length === 1 || text.charCodeAt(1) === 0x20);
}

/** Where a key's colon is in a line's text (comment and trailing spaces gone): the first ": ", or a colon ending it; -1 when there is none. */
function findColon(text: string): number {
  const spaced = text.indexOf(': ');
  return spaced >= 0 ? spaced : text.charCodeAt(text.length - 1) === 0x3a ? text.length - 1 : -1;
}
