/**
 * A bracket or a quote opened and never closed, found on yaml's concrete syntax tree. yaml reports it
 * where it gives up, lines later (`materials: [a, b` is "bad indentation" on the next field; a lost
 * quote is a missing character at the end of the file); the place to mend is where it opens.
 */
import type { CST } from 'yaml';

/** What was left open: a [ list, a { mapping, or a quoted text. */
export type UnclosedKind = 'UNCLOSED_SEQ' | 'UNCLOSED_MAP' | 'UNCLOSED_QUOTE';

/** An opening without its end: its kind and the offset of its [ { " or '. */
export interface Unclosed {
  kind: UnclosedKind;
  offset: number;
}

/** The first (by place) bracket or quote in `tokens` that is never closed, walked without recursion. */
export function findUnclosed(tokens: readonly CST.Token[]): Unclosed | undefined {
  let first: Unclosed | undefined;
  const note = (kind: UnclosedKind, offset: number) => {
    if (!first || offset < first.offset) first = { kind, offset };
  };
  const stack: CST.Token[] = [...tokens];
  while (stack.length > 0) {
    const token = stack.pop()!;
    if (token.type === 'document') {
      if (token.value) stack.push(token.value);
    } else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (token.type === 'flow-collection' && !token.end.some((t) => t.type === 'flow-seq-end' || t.type === 'flow-map-end')) {
        note(token.start.source === '[' ? 'UNCLOSED_SEQ' : 'UNCLOSED_MAP', token.offset);
      }
      for (const item of token.items as CST.CollectionItem[]) {
        if (item.key) stack.push(item.key);
        if (item.value) stack.push(item.value);
      }
    } else if ((token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar') && !isClosed(token.source)) {
      note('UNCLOSED_QUOTE', token.offset);
    }
  }
  return first;
}

/**
 * True when a quoted scalar's source ends with its own quote, not an escaped one: after an even run of
 * backslashes in double quotes, or as an odd run of single quotes in single quotes ('it''s' ends in one
 * quote, 'a''' in three; two are a quote inside the text).
 */
function isClosed(source: string): boolean {
  const quote = source[0]!;
  if (source.length < 2 || source[source.length - 1] !== quote) return false;
  const single = quote === "'";
  const escape = single ? "'" : '\\';
  let run = 0;
  for (let i = source.length - (single ? 1 : 2); i > 0 && source[i] === escape; i--) run++;
  return single ? run % 2 === 1 : run % 2 === 0;
}
