/**
 * Noto Sans SC cut down to the characters a report uses, as inline @font-face rules. Debian's
 * chromium (and many office PCs) has no CJK font, so a report that relied on the system would show
 * boxes; the whole font is 74 MB of chunks, so only the glyphs the page can show are kept.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';

/** One @font-face rule of the @fontsource package: a woff2 chunk and the code points it covers. */
export interface FontChunk {
  /** CSS font weight, e.g. 400. */
  weight: number;
  /** Absolute path of the woff2 file. */
  file: string;
  /** Covered code points as inclusive [first, last] ranges. */
  ranges: [number, number][];
}

/** The family name the app's stylesheet asks for. */
export const FONT_FAMILY = 'Noto Sans SC';

/** Weights the app uses: regular text and bold headings. */
export const FONT_WEIGHTS = [400, 700] as const;

const require = createRequire(import.meta.url);

/** The chunks of Noto Sans SC at `weight`, read from @fontsource/noto-sans-sc/<weight>.css. */
export function getFontChunks(weight: number): FontChunk[] {
  const css = require.resolve(`@fontsource/noto-sans-sc/${weight}.css`);
  const text = readFileSync(css, 'utf8');
  const chunks: FontChunk[] = [];
  for (const block of text.split('@font-face').slice(1)) {
    const url = /url\(\.\/([^)]+\.woff2)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!url || !range) continue;
    chunks.push({ weight, file: join(dirname(css), url), ranges: toRanges(range) });
  }
  return chunks;
}

/** "U+4e00-4e0f,U+4e11" → [[0x4e00, 0x4e0f], [0x4e11, 0x4e11]]. */
export function toRanges(unicodeRange: string): [number, number][] {
  return unicodeRange.split(',').map((part) => {
    const [first, last] = part.trim().replace(/^U\+/i, '').split('-');
    const lo = parseInt(first!, 16);
    return [lo, last === undefined ? lo : parseInt(last, 16)];
  });
}

/**
 * Every character `text` can show, including those written as \uXXXX or \u{…} escapes (a minified
 * bundle escapes its Chinese strings), as sorted code points. Control characters are left out.
 */
export function getShownCodePoints(text: string): number[] {
  const points = new Set<number>();
  for (const char of text) points.add(char.codePointAt(0)!);
  for (const match of text.matchAll(/\\u([0-9a-fA-F]{4})|\\u\{([0-9a-fA-F]{1,6})\}/g)) {
    points.add(parseInt(match[1] ?? match[2]!, 16));
  }
  return [...points].filter((p) => p >= 0x20 && !(p >= 0x7f && p < 0xa0) && !(p >= 0xd800 && p <= 0xdfff)).sort((a, b) => a - b);
}

/**
 * @font-face rules for Noto Sans SC holding only the glyphs of `text`, as data: URLs, one rule per
 * source chunk that `text` touches (each keeps its unicode-range, so the browser picks it as before).
 *
 * @example const css = await createFontCss('改革前 压减51.43%');
 */
export async function createFontCss(text: string, weights: readonly number[] = FONT_WEIGHTS): Promise<string> {
  const points = getShownCodePoints(text);
  const rules: string[] = [];
  for (const weight of weights) {
    for (const chunk of getFontChunks(weight)) {
      const inside = points.filter((p) => chunk.ranges.some(([lo, hi]) => p >= lo && p <= hi));
      if (inside.length === 0) continue;
      const font = await subsetFont(readFileSync(chunk.file), String.fromCodePoint(...inside), { targetFormat: 'woff2' });
      rules.push(
        `@font-face{font-family:'${FONT_FAMILY}';font-style:normal;font-display:block;font-weight:${weight};` +
          `src:url(data:font/woff2;base64,${font.toString('base64')}) format('woff2');` +
          `unicode-range:${toUnicodeRange(inside)}}`,
      );
    }
  }
  return rules.join('\n');
}

/** Sorted code points → "U+4e00-4e02,U+4e0a", runs of neighbours written as one range. */
export function toUnicodeRange(points: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < points.length; ) {
    let j = i;
    while (j + 1 < points.length && points[j + 1] === points[j]! + 1) j++;
    const lo = points[i]!.toString(16);
    parts.push(j === i ? `U+${lo}` : `U+${lo}-${points[j]!.toString(16)}`);
    i = j + 1;
  }
  return parts.join(',');
}
