/**
 * A code frame under a diagnostic: the offending line with one line of context either side and a
 * caret line under the span, measured in terminal columns so Chinese text (two columns a character)
 * stays aligned.
 */
import { eastAsianWidth } from 'get-east-asian-width';

/** Widest source line shown; longer lines are cut around the span. */
const MAX_WIDTH = 100;

/** Width of `text` in terminal columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch === '\t' ? 2 : eastAsianWidth(ch.codePointAt(0)!);
  return width;
}

/**
 * Renders lines `line-1 … line+1` of `source`, marking `line` and underlining columns
 * `column … endColumn` (1-based, end exclusive; same line only).
 */
export function codeFrame(source: string, line: number, column: number, endLine: number, endColumn: number): string {
  const lines = linesOf(source);
  if (line < 1 || line > lines.length) return '';
  const first = Math.max(1, line - 1);
  const last = Math.min(lines.length, line + 1);
  const gutter = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const text = lines[n - 1]!;
    const offset = n === line ? windowStart(text, column - 1) : 0;
    const shown = cut(text, offset);
    out.push(`${n === line ? '>' : ' '} ${String(n).padStart(gutter)} | ${shown}`);
    if (n === line) {
      const start = Math.max(0, column - 1);
      const end = endLine === line && endColumn > column ? endColumn - 1 : start + 1;
      const lead = (offset > 0 ? '…' : '') + text.slice(offset, start);
      const marks = '^'.repeat(Math.max(1, Math.min(MAX_WIDTH, displayWidth(text.slice(start, end)))));
      out.push(`  ${' '.repeat(gutter)} | ${' '.repeat(displayWidth(lead))}${marks}`);
    }
  }
  return out.join('\n');
}

/** The last source split into lines: a file's diagnostics come one after another, each framed from it. */
let split: { source: string; lines: string[] } | undefined;

/** The lines of `source`, ended as the loader reads them: LF, CRLF, or a lone CR (see model/source.ts). */
function linesOf(source: string): string[] {
  if (split?.source !== source) split = { source, lines: source.split(/\r\n|\r|\n/) };
  return split.lines;
}

/** Where to start showing a long line: about half the width, in columns, before the span. */
function windowStart(text: string, start: number): number {
  let i = Math.min(start, text.length);
  let width = 0;
  while (i > 0 && width + displayWidth(text[i - 1]!) <= MAX_WIDTH / 2) width += displayWidth(text[--i]!);
  return i;
}

function cut(text: string, offset: number): string {
  const start = offset > 0 ? '…' : '';
  const body = text.slice(offset).replace(/\t/g, '  ');
  if (displayWidth(body) <= MAX_WIDTH) return start + body;
  let width = 0;
  let i = 0;
  for (const ch of body) {
    width += displayWidth(ch);
    if (width > MAX_WIDTH) break;
    i += ch.length;
  }
  return start + body.slice(0, i) + '…';
}
