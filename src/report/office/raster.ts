/**
 * SVG charts to PNG in Node, with the shipped Noto Sans SC: resvg (@resvg/resvg-js, a prebuilt
 * binary from the npm registry) draws the SVG, never the machine's fonts, so a chart looks the same on
 * every machine and Chinese never shows as boxes.
 *
 * The font comes as about a hundred woff2 chunks per weight, those the app's build ships (the report's
 * font comes from the same files: src/cli/web-build.ts getAppFontChunks). resvg reads
 * TrueType files and, for a character its chosen face lacks, takes any face that has it, whatever its
 * weight, so a bold label drawn from loose chunks comes out regular. So the chunks a chart touches are
 * cut to the characters it shows (subset-font, harfbuzz) and joined into one TrueType font per weight
 * (fonteditor-core's font model), which resvg then picks by weight like any installed font.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { Font } from 'fonteditor-core';
import subsetFont from 'subset-font';
import { FONT_FAMILY, FONT_WEIGHTS, getShownCodePoints, readChunk, type FontChunk } from '../font.js';

/** Largest side of a PNG in pixels: a 300-step diagram is drawn smaller rather than as a 100-megapixel image. */
export const MAX_SIDE = 8_000;

/** A glyph as fonteditor-core holds it; a composite one names its parts by glyph index. */
type Glyph = ReturnType<InstanceType<typeof Font>['get']>['glyf'][number] & { compound?: boolean; glyfs?: Array<{ glyphIndex: number }> };

/**
 * One TrueType font of `weight` holding the glyphs of `points`, joined from the chunks that cover
 * them; each code point is taken from the first chunk whose unicode-range names it.
 */
async function createWeightFont(chunks: readonly FontChunk[], points: readonly number[]): Promise<Buffer> {
  let joined: InstanceType<typeof Font> | undefined;
  const taken = new Set<number>();
  for (const chunk of chunks) {
    const inside = points.filter((p) => !taken.has(p) && chunk.ranges.some(([lo, hi]) => p >= lo && p <= hi));
    if (inside.length === 0) continue;
    inside.forEach((p) => taken.add(p));
    const cut = Font.create(await subsetFont(readChunk(chunk.file), String.fromCodePoint(...inside), { targetFormat: 'truetype' }), { type: 'ttf' });
    const own = new Set(inside);
    const glyphs = cut.get().glyf as Glyph[];
    for (const g of glyphs) g.unicode = (g.unicode ?? []).filter((u) => own.has(u));
    if (!joined) {
      joined = cut;
      continue;
    }
    // Every glyph but .notdef moves over; a composite's parts move with it, so their indices shift alike.
    const target = joined.get().glyf as Glyph[];
    const offset = target.length - 1;
    for (const g of glyphs.slice(1)) {
      for (const part of g.glyfs ?? []) part.glyphIndex += offset;
      target.push(g);
    }
  }
  if (!joined) joined = Font.create(await subsetFont(readChunk(chunks[0]!.file), ' ', { targetFormat: 'truetype' }), { type: 'ttf' });
  return joined.write({ type: 'ttf', toBuffer: true });
}

/**
 * Calls `use` with Noto Sans SC cut from `chunks` to the characters of `text`, one TrueType file per weight (regular
 * and bold), removed again afterwards.
 */
export async function withChartFonts<T>(text: string, chunks: readonly FontChunk[], use: (fontFiles: string[]) => T): Promise<T> {
  const points = getShownCodePoints(text);
  const dir = mkdtempSync(join(tmpdir(), 'wujian-font-'));
  try {
    const fontFiles = await Promise.all(FONT_WEIGHTS.map(async (weight) => {
      const file = join(dir, `noto-sans-sc-${weight}.ttf`);
      writeFileSync(file, await createWeightFont(chunks.filter((c) => c.weight === weight), points));
      return file;
    }));
    return use(fontFiles);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** resvg set up to draw with `fontFiles` only (never the machine's fonts), at `zoom`, on white. */
export function createRenderer(svg: string, fontFiles: string[], zoom: number): Resvg {
  return new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    fitTo: { mode: 'zoom', value: zoom },
    background: '#ffffff',
  });
}

/**
 * Draws each SVG as a PNG at `scale`× (2 for print), scaled down where a side would pass MAX_SIDE,
 * with Noto Sans SC cut to the characters of all of them.
 * @example const [png] = await toPngs([{ svg, width: 1080, height: 640 }], getAppFontChunks(), 2)
 */
export async function toPngs(charts: ReadonlyArray<{ svg: string; width: number; height: number }>, chunks: readonly FontChunk[], scale = 2): Promise<Buffer[]> {
  if (charts.length === 0) return [];
  return withChartFonts(charts.map((c) => c.svg).join(''), chunks, (fontFiles) => charts.map((c) => {
    const zoom = Math.min(scale, MAX_SIDE / Math.max(c.width, 1), MAX_SIDE / Math.max(c.height, 1));
    return createRenderer(c.svg, fontFiles, zoom).render().asPng();
  }));
}
