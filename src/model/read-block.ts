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

/** A non-blank, non-comment line: its indentation and its text after the indentation. */
interface Line {
  indent: number;
  text: string;
}

/** How a plain scalar's text becomes its value (read-value.ts: yaml's core schema). */
export type ResolvePlain = (source: string) => unknown;

/**
 * Characters a line may not hold anywhere for this reader: those read-value.ts leaves to parseYaml
 * (anchors, aliases, tags, directives, explicit keys, quotes, block scalars, tabs, nulls), control
 * characters YAML forbids or reads as line breaks, a byte-order mark, and surrogates. Whole-line
 * comments are skipped before this is tested, and may say anything.
 */
const FORBIDDEN = /[&*!%?~\t"'\\|>\x00-\x08\x0B-\x1F\x7F-\x9F\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]|null|Null|NULL|---|\.\.\./;
/** Characters a plain scalar may not start with (YAML's indicators), checked after FORBIDDEN. */
const INDICATOR_FIRST = new Set('-:,[]{}#@`');
/** What a flow item, or a flow mapping's key or value, may not hold: the flow indicators and colons. */
const FLOW_FORBIDDEN = /[[\]{}:#]/;

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
  const reader = new BlockReader(lines, resolve, maxDepth);
  try {
    const value = reader.mapping(0, 1);
    return reader.done() ? value : undefined;
  } catch (error) {
    if (error instanceof Declined) return undefined;
    throw error;
  }
}

/** The content lines of `text`, or undefined when a line holds what this reader never reads. */
function toLines(text: string): Line[] | undefined {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let lineEnd = end;
    // CRLF ends a line; a CR anywhere else is declined (yaml keeps a last line's CR as text).
    if (end < text.length && lineEnd > start && text.charCodeAt(lineEnd - 1) === 0x0d) lineEnd--;
    let indent = start;
    while (indent < lineEnd && text.charCodeAt(indent) === 0x20) indent++;
    if (indent < lineEnd && text.charCodeAt(indent) !== 0x23) {
      const content = text.slice(indent, lineEnd);
      if (FORBIDDEN.test(content) || content.includes('\r')) return undefined;
      lines.push({ indent: indent - start, text: content });
    }
    start = end + 1;
  }
  return lines;
}

class BlockReader {
  private at = 0;

  constructor(
    private readonly lines: Line[],
    private readonly resolve: ResolvePlain,
    private readonly maxDepth: number,
  ) {}

  /** True when every line was read. */
  done(): boolean {
    return this.at === this.lines.length;
  }

  /** A block mapping whose keys stand at column `col` (the current line is its first key). */
  mapping(col: number, depth: number): Record<string, unknown> {
    if (depth > this.maxDepth) decline();
    const value: Record<string, unknown> = {};
    while (this.at < this.lines.length) {
      const line = this.lines[this.at]!;
      if (line.indent < col) break;
      if (line.indent > col || isItem(line.text)) decline();
      const colon = findColon(line.text);
      const key = this.key(line.text.slice(0, colon).trimEnd());
      if (Object.hasOwn(value, key)) decline();
      const rest = stripComment(line.text.slice(colon + 1)).trim();
      this.at++;
      value[key] = rest === '' ? this.child(col, depth) : this.inline(rest);
    }
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
      if (rest[0] !== '[' && rest[0] !== '{' && findColon(rest, false) >= 0) {
        // "- key: value": a mapping whose keys stand where this first key does.
        this.lines[this.at] = { indent: col + skip, text: rest };
        items.push(this.mapping(col + skip, depth + 1));
      } else {
        const value = stripComment(rest).trim();
        if (value === '') decline();
        this.at++;
        items.push(this.inline(value));
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
    const first = text[0]!;
    if (INDICATOR_FIRST.has(first) && !(first === '-' && text.length > 1 && text[1] !== ' ')) decline();
    if (text.includes(': ') || text.endsWith(':') || text.includes('#')) decline();
    return this.resolve(text);
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

/**
 * Where a key's colon is: the first ": " or a colon ending the line (before any comment). Declines a
 * line with none when `required`; otherwise gives -1.
 */
function findColon(text: string, required = true): number {
  const body = stripComment(text).trimEnd();
  const spaced = body.indexOf(': ');
  const colon = spaced >= 0 ? spaced : body.endsWith(':') ? body.length - 1 : -1;
  if (colon < 0 && required) decline();
  return colon;
}

/** Text before a comment (" #" starts one; a "#" elsewhere is declined by the scalar check). */
function stripComment(text: string): string {
  const hash = text.indexOf(' #');
  return hash >= 0 ? text.slice(0, hash) : text;
}
