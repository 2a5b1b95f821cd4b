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
 *
 * Lines are kept as positions in the text, and only keys and values are cut out of it. Only spaces
 * are trimmed, as YAML trims: an ideographic space (U+3000) or a no-break space ending a name is part
 * of the name.
 */

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
/** Slots of a scalar table (a power of two), and the slots a scalar may take from where its hash points. */
const TABLE_SIZE = 8192;
const PROBES = 4;
/** Longest scalar kept: names, ids and words repeat; a long note seldom does, and the table's size stays bounded. */
const KEPT_LENGTH = 256;
/**
 * Plain scalars already read, by resolver: their text and the value it gave (a string, number, boolean
 * or null, so one value serves every document). A catalogue repeats its keys and most of its values
 * (ids, kinds, departments): a scalar is looked up where it stands in the text, by a hash of its length
 * and a few of its characters and a comparison in place, and cut out of the text only when new. A key
 * found so comes back as the string first read, which V8 has already made a property name. An open
 * table of fixed size, a newcomer taking the place of an old one when its few slots are full, so no run
 * of files makes it grow.
 */
class ScalarTable {
  readonly sources: Array<string | undefined> = new Array<string | undefined>(TABLE_SIZE).fill(undefined);
  readonly values: unknown[] = new Array<unknown>(TABLE_SIZE).fill(undefined);
}
const known = new WeakMap<ResolvePlain, ScalarTable>();

/** A hash of text[start, end) (not empty): its length and its first two, middle and last two characters. */
function hashOf(text: string, start: number, end: number): number {
  const length = end - start;
  const short = length < 2;
  let h = Math.imul(length, 0x9e3779b1);
  h = Math.imul(h ^ text.charCodeAt(start), 0x85ebca6b);
  h = Math.imul(h ^ (short ? 0 : text.charCodeAt(start + 1)), 0xc2b2ae35);
  h = Math.imul(h ^ text.charCodeAt(start + (length >> 1)), 0x27d4eb2f);
  h = Math.imul(h ^ text.charCodeAt(end - 1), 0x165667b1);
  h = Math.imul(h ^ (short ? 0 : text.charCodeAt(end - 2)), 0x9e3779b1);
  return (h ^ (h >>> 15)) & (TABLE_SIZE - 1);
}
/** The space, the only character YAML trims around a plain scalar here (a tab is declined). */
const SPACE = 0x20;
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
  if (!lines || lines.length === 0 || lines.table[INDENT] !== 0) return undefined;
  let scalars = known.get(resolve);
  if (!scalars) known.set(resolve, (scalars = new ScalarTable()));
  const reader = new BlockReader(text, lines, resolve, maxDepth, scalars);
  try {
    const value = reader.mapping(0, 1);
    return reader.done() ? value : undefined;
  } catch (error) {
    if (error instanceof Declined) return undefined;
    throw error;
  }
}

/**
 * The content lines of a text: `length` numbers of `table`, three a line (LINE_SIZE): where its content
 * starts (after the indentation), where it ends (before a comment and trailing spaces), and its indentation.
 */
interface Lines {
  table: Int32Array;
  length: number;
}
const START = 0;
const END = 1;
const INDENT = 2;
const LINE_SIZE = 3;
/**
 * The table every read fills, grown when a text has more lines: reading is synchronous and never
 * re-entered, and a table a file (with its growth) was a fifth of what reading a catalogue file allocated.
 */
let lineTable = new Int32Array(LINE_SIZE * 1024);

/** The content lines of `text`, or undefined when it holds what this reader never reads (FORBIDDEN). */
function toLines(text: string): Lines | undefined {
  if (!isReadable(text)) return undefined;
  let table = lineTable;
  let filled = 0;
  const length = text.length;
  // The next "#" from here on, sought again only once passed (a search a line would read to its end).
  let hash = text.indexOf('#');
  let start = 0;
  while (start <= length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = length;
    // A CR here ends the line (isReadable declined any other).
    const lineEnd = end > start && text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
    let first = start;
    while (first < lineEnd && text.charCodeAt(first) === SPACE) first++;
    if (first < lineEnd && text.charCodeAt(first) !== 0x23) {
      // " #" starts a comment; a "#" elsewhere is declined by the scalar check.
      if (hash >= 0 && hash < first) hash = text.indexOf('#', first);
      while (hash >= 0 && hash < lineEnd && text.charCodeAt(hash - 1) !== SPACE) hash = text.indexOf('#', hash + 1);
      let last = hash >= 0 && hash < lineEnd ? hash - 1 : lineEnd;
      while (text.charCodeAt(last - 1) === SPACE) last--;
      if (filled + LINE_SIZE > table.length) {
        const grown = new Int32Array(table.length * 2);
        grown.set(table);
        lineTable = table = grown;
      }
      table[filled] = first;
      table[filled + END] = last;
      table[filled + INDENT] = first - start;
      filled += LINE_SIZE;
    }
    start = end + 1;
  }
  return { table, length: filled };
}

/** True when nothing FORBIDDEN stands outside whole-line comments, and every CR ends a line (CRLF). */
function isReadable(text: string): boolean {
  FORBIDDEN.lastIndex = 0;
  for (let found = FORBIDDEN.exec(text); found; found = FORBIDDEN.exec(text)) {
    const at = found.index;
    if (text.charCodeAt(at) === 0x0d && text.charCodeAt(at + 1) === 0x0a) continue;
    let first = text.lastIndexOf('\n', at - 1) + 1;
    while (text.charCodeAt(first) === SPACE) first++;
    if (text.charCodeAt(first) !== 0x23 || text.charCodeAt(at) === 0x0d) return false;
    const next = text.indexOf('\n', at);
    if (next < 0) return true;
    FORBIDDEN.lastIndex = next;
  }
  return true;
}

class BlockReader {
  /** The current line's first number in `lines.table`. */
  private at = 0;

  constructor(
    private readonly text: string,
    private readonly lines: Lines,
    private readonly resolve: ResolvePlain,
    private readonly maxDepth: number,
    private readonly scalars: ScalarTable,
  ) {}

  /** True when every line was read. */
  done(): boolean {
    return this.at === this.lines.length;
  }

  /** A block mapping whose keys stand at column `col` (the current line is its first key). */
  mapping(col: number, depth: number): Record<string, unknown> {
    if (depth > this.maxDepth) decline();
    const { text } = this;
    const { table: lines, length } = this.lines;
    const value: Record<string, unknown> = {};
    let entries = 0;
    while (this.at < length) {
      const start = lines[this.at + START]!;
      const end = lines[this.at + END]!;
      const indent = lines[this.at + INDENT]!;
      if (indent < col) break;
      if (indent > col || this.isItem(start, end)) decline();
      entries++;
      const colon = this.findColon(start, end);
      if (colon < 0) decline();
      const key = this.keyIn(text, start, trimEnd(text, start, colon));
      const rest = colon + 1 < end ? trimStart(text, colon + 2, end) : end;
      this.at += LINE_SIZE;
      value[key] = rest === end ? this.child(col, depth) : this.inline(rest, end);
    }
    // A key written twice: fewer keys than entries (counted at the end, one property lookup a key fewer).
    if (Object.keys(value).length !== entries) decline();
    return value;
  }

  /** A block sequence whose dashes stand at column `col` (the current line is its first item). */
  private sequence(col: number, depth: number): unknown[] {
    if (depth > this.maxDepth) decline();
    const { text } = this;
    const { table: lines, length } = this.lines;
    const items: unknown[] = [];
    while (this.at < length) {
      const start = lines[this.at + START]!;
      const end = lines[this.at + END]!;
      const indent = lines[this.at + INDENT]!;
      if (indent < col) break;
      if (indent > col) decline();
      if (!this.isItem(start, end)) break;
      const rest = trimStart(text, start + 2, end);
      if (rest >= end || this.isItem(rest, end)) decline();
      const first = text.charCodeAt(rest);
      if (first !== 0x5b && first !== 0x7b && this.findColon(rest, end) >= 0) {
        // "- key: value": a mapping whose keys stand where this first key does.
        lines[this.at + START] = rest;
        lines[this.at + INDENT] = col + rest - start;
        items.push(this.mapping(col + rest - start, depth + 1));
      } else {
        this.at += LINE_SIZE;
        items.push(this.inline(rest, end));
      }
    }
    return items;
  }

  /** The value of a key written with nothing after its colon: the block below it, or null. */
  private child(col: number, depth: number): unknown {
    const { table: lines, length } = this.lines;
    if (this.at >= length) return null;
    const start = lines[this.at + START]!;
    const end = lines[this.at + END]!;
    const indent = lines[this.at + INDENT]!;
    if (indent < col) return null;
    if (indent === col) return this.isItem(start, end) ? this.sequence(col, depth + 1) : null;
    return this.isItem(start, end) ? this.sequence(indent, depth + 1) : this.mapping(indent, depth + 1);
  }

  /** A value on its key's line (text[start, end)): a one-line flow sequence or mapping of plain scalars, or a plain scalar. */
  private inline(start: number, end: number): unknown {
    const { text } = this;
    const first = text.charCodeAt(start);
    if (first === 0x5b) {
      if (text.charCodeAt(end - 1) !== 0x5d) decline();
      const inner = trimSpaces(text.slice(start + 1, end - 1));
      if (inner === '') return [];
      return inner.split(',').map((item) => {
        const plain = trimSpaces(item);
        if (plain === '' || FLOW_FORBIDDEN.test(plain)) decline();
        return this.scalarIn(plain, 0, plain.length);
      });
    }
    if (first === 0x7b) {
      if (text.charCodeAt(end - 1) !== 0x7d) decline();
      const inner = trimSpaces(text.slice(start + 1, end - 1));
      const value: Record<string, unknown> = {};
      if (inner === '') return value;
      for (const pair of inner.split(',')) {
        const colon = pair.indexOf(': ');
        if (colon < 0) decline();
        const name = trimSpaces(pair.slice(0, colon));
        const plain = trimSpaces(pair.slice(colon + 2));
        if (FLOW_FORBIDDEN.test(name) || plain === '' || FLOW_FORBIDDEN.test(plain)) decline();
        const key = this.keyIn(name, 0, name.length);
        if (Object.hasOwn(value, key)) decline();
        value[key] = this.scalarIn(plain, 0, plain.length);
      }
      return value;
    }
    return this.scalarIn(text, start, end);
  }

  /** The value of the plain scalar written at source[start, end), when it is one this reader can vouch for. */
  private scalarIn(source: string, start: number, end: number): unknown {
    const { sources, values } = this.scalars;
    const home = hashOf(source, start, end);
    let free = -1;
    for (let probe = 0, slot = home; probe < PROBES; probe++, slot = (slot + 1) & (TABLE_SIZE - 1)) {
      const seen = sources[slot];
      if (seen === undefined) {
        free = slot;
        break;
      }
      if (seen.length === end - start && source.startsWith(seen, start)) return values[slot];
    }
    const text = start === 0 && end === source.length ? source : source.slice(start, end);
    if (NOT_PLAIN.test(text)) decline();
    const value = this.resolve(text);
    if (text.length <= KEPT_LENGTH) {
      const slot = free >= 0 ? free : home;
      sources[slot] = text;
      values[slot] = value;
    }
    return value;
  }

  /** A mapping key written at source[start, end): a plain scalar that is a string (yaml and js-yaml name other keys differently). */
  private keyIn(source: string, start: number, end: number): string {
    if (start === end || (end - start === 9 && source.startsWith('__proto__', start))) decline();
    const colon = source.indexOf(':', start);
    if (colon >= 0 && colon < end) decline();
    const value = this.scalarIn(source, start, end);
    if (typeof value !== 'string') decline();
    return value;
  }

  /** True for a sequence item's line: "- " or a lone "-". */
  private isItem(start: number, end: number): boolean {
    return this.text.charCodeAt(start) === 0x2d && (end - start === 1 || this.text.charCodeAt(start + 1) === SPACE);
  }

  /** Where a key's colon is in text[start, end): the first ": ", or a colon ending it; -1 when there is none. */
  private findColon(start: number, end: number): number {
    const { text } = this;
    for (let at = start; at < end - 1; at++) if (text.charCodeAt(at) === 0x3a && text.charCodeAt(at + 1) === SPACE) return at;
    return end > start && text.charCodeAt(end - 1) === 0x3a ? end - 1 : -1;
  }
}

/** Where text[start, end) ends without its trailing spaces. */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && text.charCodeAt(end - 1) === SPACE) end--;
  return end;
}

/** Where text[start, end) starts without its leading spaces (`end` when it is all spaces). */
function trimStart(text: string, start: number, end: number): number {
  while (start < end && text.charCodeAt(start) === SPACE) start++;
  return start;
}

/** `source` without its leading and trailing spaces (only spaces: YAML keeps other white space in a scalar). */
function trimSpaces(source: string): string {
  const start = trimStart(source, 0, source.length);
  const end = trimEnd(source, start, source.length);
  return start === 0 && end === source.length ? source : source.slice(start, end);
}
