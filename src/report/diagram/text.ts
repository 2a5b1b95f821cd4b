/**
 * Text that fits: an estimate of a label's width (Chinese characters one em, Latin about half)
 * and line wrapping with an ellipsis, so long Chinese names never overlap their neighbours.
 */

const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Punctuation that must not begin a line. */
const CLOSING = '）)】」』》〉，。、；：！？,.;:!?…';

/** Punctuation that must not end a line. */
const OPENING = '（(【「『《〈“‘';

/** Estimated width in pixels of `text` set at `size` pixels in Noto Sans SC. */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) ? 1 : /[A-Z0-9%]/.test(ch) ? 0.62 : 0.52;
  return em * size;
}

/**
 * Splits `text` into at most `maxLines` lines no wider than `width`, between words where it can, else
 * anywhere; the last line ends in "…" when text is left over.
 * Example: wrapText('食品经营许可告知承诺书', 60, 14, 2) → ['食品经营', '许可告…'].
 */
export function wrapText(text: string, width: number, size: number, maxLines = 2): string[] {
  // Units that never split: one Chinese character, or a Latin word with the spaces after it; a word
  // too wide for a line of its own (a long id, a URL) breaks at any character instead.
  const words = text.match(/[^\s\u2e80-\u9fff\uff00-\uffef]+\s*|\s+|[\s\S]/g) ?? [];
  const units = words.flatMap((w) => (textWidth(w.trimEnd(), size) > width ? [...w] : [w]));
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    // Closing punctuation never starts a line (禁则): it stays on the line it closes, a little over.
    if (textWidth((line + unit).trimEnd(), size) <= width || line === '' || CLOSING.includes(unit)) {
      line += unit;
      continue;
    }
    // An opening bracket never ends a line (禁则): it moves down with what it opens.
    const carried = OPENING.includes(line.slice(-1)) && line.length > 1 ? line.slice(-1) : '';
    if (carried) line = line.slice(0, -1);
    if (lines.length === maxLines - 1) return [...lines, truncate(line + carried + units.slice(i).join(''), width, size)];
    lines.push(line.trimEnd());
    line = carried + unit.trimStart();
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** `text` cut to fit `width`, ending in "…" when it was cut. */
export function truncate(text: string, width: number, size: number): string {
  if (textWidth(text, size) <= width) return text;
  const chars = [...text];
  while (chars.length > 0 && textWidth(chars.join('') + '…', size) > width) chars.pop();
  return chars.join('') + '…';
}

/**
 * Joins `parts` with `sep` into at most `maxLines` lines no wider than `width`, breaking only between
 * parts (so "跑动1次" never splits); a part too wide for a line on its own is wrapped by wrapText.
 */
export function wrapParts(parts: readonly string[], sep: string, width: number, size: number, maxLines = 2): string[] {
  const lines: string[] = [];
  for (const part of parts) {
    const last = lines[lines.length - 1];
    if (last !== undefined && textWidth(last + sep + part, size) <= width) lines[lines.length - 1] = last + sep + part;
    else lines.push(...wrapText(part, width, size, maxLines));
  }
  if (lines.length <= maxLines) return lines;
  return [...lines.slice(0, maxLines - 1), truncate(lines.slice(maxLines - 1).join(sep), width, size)];
}
