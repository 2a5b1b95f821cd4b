/**
 * Noto Sans SC cut down to the characters a report shows, as inline @font-face rules. Debian's
 * chromium (and many office PCs) has no CJK font, so a report that relied on the system would show
 * boxes; the font comes as about a hundred woff2 chunks per weight (one per unicode-range of its
 * @font-face rules), so only the glyphs the page can show are kept.
 *
 * The report template carries the glyphs of the app's own words, cut once when it is built; a report
 * adds the few its data needs beyond them (createFontCss with the template's rules as `covered`),
 * remembered on disk by character set, so the same report written again cuts nothing.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readOwnFile, userCacheDir, writeOwnFile } from './user-cache.js';

/** One @font-face rule of a stylesheet: a woff2 chunk and the code points it covers. */
export interface FontChunk {
  /** CSS font weight, e.g. 400. */
  weight: number;
  /** Absolute path of the woff2 file, or a data: URL when the stylesheet inlines it. */
  file: string;
  /** Covered code points as inclusive [first, last] ranges. */
  ranges: [number, number][];
}

/** The family name the app's stylesheet asks for. */
export const FONT_FAMILY = 'Noto Sans SC';

/** Weights the app uses: regular text and bold headings. */
export const FONT_WEIGHTS = [400, 700] as const;

/** Format of a cut chunk: woff2 is a third the size, truetype ten times quicker to write. */
export type FontFormat = 'woff2' | 'truetype';

/**
 * The Noto Sans SC chunks of a stylesheet (the @fontsource package's, or the app's build of them),
 * their urls resolved against `baseDir`, the stylesheet's folder.
 */
export function readFontFaces(css: string, baseDir: string): FontChunk[] {
  const chunks: FontChunk[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const body = block.slice(0, block.indexOf('}'));
    const family = /font-family:\s*['"]?([^;'"]+)/.exec(body)?.[1]?.trim();
    const weight = Number(/font-weight:\s*(\d+)/.exec(body)?.[1]);
    const url = /url\(\s*['"]?([^)'"]+\.woff2|data:font\/woff2[^)'"]+)['"]?\s*\)/.exec(body)?.[1];
    const range = /unicode-range:\s*([^;}]+)/.exec(body)?.[1];
    if (family !== FONT_FAMILY || !url || !range || !(weight > 0)) continue;
    chunks.push({ weight, file: url.startsWith('data:') ? url : resolve(baseDir, url), ranges: toRanges(range) });
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
  // A flag per code point rather than a Set: a report's text is a megabyte, and this runs on every report.
  const seen = new Uint8Array(MAX_CODE_POINT + 1);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const next = unit >= 0xd800 && unit <= 0xdbff ? text.charCodeAt(i + 1) : NaN;
    if (next >= 0xdc00 && next <= 0xdfff) {
      seen[0x10000 + (unit - 0xd800) * 0x400 + (next - 0xdc00)] = 1;
      i++;
    } else seen[unit] = 1;
  }
  for (const match of text.matchAll(/\\u([0-9a-fA-F]{4})|\\u\{([0-9a-fA-F]{1,6})\}/g)) {
    const point = parseInt(match[1] ?? match[2]!, 16);
    if (point <= MAX_CODE_POINT) seen[point] = 1;
  }
  const points: number[] = [];
  for (let p = 0x20; p <= MAX_CODE_POINT; p++) if (seen[p] && !(p >= 0x7f && p < 0xa0) && !(p >= 0xd800 && p <= 0xdfff)) points.push(p);
  return points;
}

/** The last code point of Unicode. */
const MAX_CODE_POINT = 0x10ffff;

/** The code points the @font-face rules of `css` cover (their unicode-ranges), per weight. */
export function getCoveredCodePoints(css: string): Map<number, Set<number>> {
  const covered = new Map<number, Set<number>>();
  for (const block of css.split('@font-face').slice(1)) {
    const weight = Number(/font-weight:\s*(\d+)/.exec(block)?.[1]);
    const range = /unicode-range:\s*([^;}]+)/.exec(block)?.[1];
    if (!range || !(weight > 0)) continue;
    const set = covered.get(weight) ?? covered.set(weight, new Set()).get(weight)!;
    for (const [lo, hi] of toRanges(range)) for (let p = lo; p <= hi; p++) set.add(p);
  }
  return covered;
}

/** What createFontCss is asked besides the text. */
export interface FontCssOptions {
  /** The chunks to cut from (readFontFaces). */
  chunks: readonly FontChunk[];
  /** Format of the cut chunks. */
  format: FontFormat;
  /** Code points already covered, per weight (getCoveredCodePoints of the template's rules). */
  covered?: ReadonlyMap<number, ReadonlySet<number>>;
  /** Folder that remembers cut fonts by character set; none by default. */
  cacheDir?: string;
}

/**
 * @font-face rules for Noto Sans SC holding only the glyphs of `text` not already `covered`, as data:
 * URLs, one rule per source chunk the text touches (each keeps its unicode-range, cut to the glyphs
 * kept, so the browser picks it as before).
 *
 * @example const css = await createFontCss('改革前 压减51.43%', { chunks, format: 'woff2' });
 */
export async function createFontCss(text: string, options: FontCssOptions): Promise<string> {
  const points = getShownCodePoints(text);
  const cached = options.cacheDir && readCached(options.cacheDir, cacheKey(points, options));
  if (cached !== undefined) return cached;
  const rules: string[] = [];
  // harfbuzz (WebAssembly) and the woff2 coder load only when a font is cut.
  const { default: subsetFont } = await import('subset-font');
  for (const weight of FONT_WEIGHTS) {
    const covered = options.covered?.get(weight);
    const wanted = covered ? points.filter((p) => !covered.has(p)) : points;
    for (const chunk of options.chunks) {
      if (chunk.weight !== weight) continue;
      const inside = wanted.filter((p) => chunk.ranges.some(([lo, hi]) => p >= lo && p <= hi));
      if (inside.length === 0) continue;
      const font = await subsetFont(readChunk(chunk.file), String.fromCodePoint(...inside), { targetFormat: options.format });
      const mime = options.format === 'woff2' ? 'font/woff2' : 'font/ttf';
      rules.push(
        `@font-face{font-family:'${FONT_FAMILY}';font-style:normal;font-display:block;font-weight:${weight};` +
          `src:url(data:${mime};base64,${font.toString('base64')}) format('${options.format}');` +
          `unicode-range:${toUnicodeRange(inside)}}`,
      );
    }
  }
  const css = rules.join('\n');
  if (options.cacheDir) writeCached(options.cacheDir, cacheKey(points, options), css);
  return css;
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

/** Where reports remember their cut fonts: this user's folder in the system's temporary folder (user-cache.ts). */
export const FONT_CACHE_DIR = userCacheDir('fonts');

/** The bytes of a chunk's woff2: its file, or the data: URL a single-file stylesheet inlines. */
export function readChunk(file: string): Buffer {
  return file.startsWith('data:') ? Buffer.from(file.slice(file.indexOf(',') + 1), 'base64') : readFileSync(file);
}

/** The cache key of a cut: the characters, what they are cut from and how. */
function cacheKey(points: readonly number[], options: FontCssOptions): string {
  const covered = [...(options.covered ?? new Map())].map(([weight, set]) => [weight, toUnicodeRange([...set].sort((a, b) => a - b))]);
  const chunks = options.chunks.map((c) => (c.file.startsWith('data:') ? createHash('sha256').update(c.file).digest('hex') : c.file));
  return createHash('sha256').update(JSON.stringify([toUnicodeRange(points), options.format, covered, chunks])).digest('hex');
}

function readCached(dir: string, key: string): string | undefined {
  return readOwnFile(join(dir, `${key}.css`))?.toString('utf8');
}

function writeCached(dir: string, key: string, css: string): void {
  writeOwnFile(join(dir, `${key}.css`), css);
}
