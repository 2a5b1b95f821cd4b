import { describe, expect, it } from 'vitest';
import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createFontCss, FONT_WEIGHTS, getCoveredCodePoints, getShownCodePoints, readFontFaces, toRanges, toUnicodeRange } from '../../src/report/font.js';
import { BASE_FONT_ID, createReportHtml, toInlineJson, toReportHtml } from '../../src/report/html.js';
import { createTempDir } from '../support/files.js';

/** @fontsource's Noto Sans SC chunks, as the report template's build cuts them. */
const CHUNKS = FONT_WEIGHTS.flatMap((weight) => {
  const css = createRequire(import.meta.url).resolve(`@fontsource/noto-sans-sc/${weight}.css`);
  return readFontFaces(readFileSync(css, 'utf8'), dirname(css));
});

const TEMPLATE = '<!doctype html><html><head><meta charset="UTF-8"><title>app</title><script type="module">start()</script></head><body><div id="app"></div></body></html>';

/** The JSON inside the data script of `html`, parsed. */
function dataOf(html: string): unknown {
  const body = /<script id="wujian-data" type="application\/json">([\s\S]*?)<\/script>/.exec(html)?.[1];
  return JSON.parse(body!);
}

describe('toReportHtml', () => {
  it('escapes </script> and <!-- in names so the data cannot end its element', () => {
    const data = { cases: [{ id: 'x', title: '</script><script>window.pwned=1</script><!--' }] };
    const html = toReportHtml(TEMPLATE, data);
    const script = /<script id="wujian-data"[^>]*>([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(script).not.toContain('<');
    expect(dataOf(html)).toEqual(data);
  });

  it('reads back every awkward character unchanged', () => {
    const title = 'a & b > c \u2028 \u2029 "引号" $& $1 \\';
    expect(JSON.parse(toInlineJson({ title }))).toEqual({ title });
    expect(dataOf(toReportHtml(TEMPLATE, { cases: [{ id: 'x', title }] }))).toEqual({ cases: [{ id: 'x', title }] });
  });

  it('puts the data at the end of head, keeping the charset declaration first', () => {
    const html = toReportHtml(TEMPLATE, { cases: [{ id: 'x', title: '食品经营许可' }] });
    expect(html.indexOf('<meta charset')).toBeLessThan(100);
    expect(html.indexOf('id="wujian-data"')).toBeLessThan(html.indexOf('</head>'));
    expect(html.indexOf('id="wujian-data"')).toBeGreaterThan(html.indexOf('start()'));
  });

  it('declares a content security policy right after the charset, before any script', () => {
    const html = toReportHtml(TEMPLATE, { cases: [] });
    const policy = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(policy).toBeGreaterThan(html.indexOf('<meta charset'));
    expect(policy).toBeLessThan(html.indexOf('<script'));
    expect(html).toContain("default-src 'none'");
  });

  it('replaces an existing data element rather than adding a second', () => {
    const template = TEMPLATE.replace('</head>', '<script id="wujian-data" type="application/json">{"cases":[]}</script></head>');
    const html = toReportHtml(template, { cases: [{ id: 'y', title: 'y' }] });
    expect(html.match(/id="wujian-data"/g)).toHaveLength(1);
    expect(dataOf(html)).toEqual({ cases: [{ id: 'y', title: 'y' }] });
  });

  it('titles the page, escaped', () => {
    const html = toReportHtml(TEMPLATE, { cases: [] }, { title: '开办餐馆<img src=x>' });
    expect(html).toContain('<title>开办餐馆&#60;img src=x&#62;</title>');
  });

  it('writes the language the page opens in into <html lang>, replacing the template\'s', () => {
    const html = toReportHtml('<!doctype html><html lang="zh-CN" class="x"><head><meta charset="utf-8"></head><body></body></html>', { cases: [] }, { lang: 'en' });
    expect(html).toContain('<html lang="en" class="x">');
    expect(html.match(/lang=/g)).toHaveLength(1);
  });
});

describe('font subsetting', () => {
  it('reads unicode ranges and writes runs back as ranges', () => {
    expect(toRanges('U+4e00-4e02,U+4e0a')).toEqual([[0x4e00, 0x4e02], [0x4e0a, 0x4e0a]]);
    expect(toUnicodeRange([0x4e00, 0x4e01, 0x4e02, 0x4e0a])).toBe('U+4e00-4e02,U+4e0a');
  });

  it('counts characters a bundle writes as \\u escapes', () => {
    const points = getShownCodePoints('x="\\u538b\\u51cf" \\u{1f600}');
    expect(points).toContain(0x538b);
    expect(points).toContain(0x51cf);
    expect(points).toContain(0x1f600);
  });

  it('reads the chunks of a stylesheet with their weights, files and ranges', () => {
    expect(CHUNKS.filter((c) => c.weight === 400).length).toBeGreaterThan(50);
    expect(CHUNKS.every((c) => c.file.endsWith('.woff2') && c.ranges.length > 0)).toBe(true);
    const inline = readFontFaces("@font-face{font-family:'Noto Sans SC';font-weight:700;src:url(data:font/woff2;base64,AAAA) format('woff2');unicode-range:U+4e00}", '/x');
    expect(inline).toEqual([{ weight: 700, file: 'data:font/woff2;base64,AAAA', ranges: [[0x4e00, 0x4e00]] }]);
  });

  it('keeps only the chunks the text touches, each far smaller than the full font', async () => {
    const css = await createFontCss('压减51.43%', { chunks: CHUNKS.filter((c) => c.weight === 400), format: 'woff2' });
    const rules = css.split('\n');
    expect(rules.length).toBeGreaterThanOrEqual(2);
    expect(rules.length).toBeLessThanOrEqual(4);
    expect(css).toContain("font-family:'Noto Sans SC'");
    expect(css).toMatch(/unicode-range:[^}]*U\+538b/);
    expect(css.length).toBeLessThan(40_000);
  });

  it('cuts nothing for characters already covered, and remembers a cut by its characters', async () => {
    const base = await createFontCss('压减', { chunks: CHUNKS, format: 'woff2' });
    const covered = getCoveredCodePoints(base);
    expect(covered.get(400)?.has(0x538b)).toBe(true);
    expect(await createFontCss('压减', { chunks: CHUNKS, format: 'truetype', covered })).toBe('');
    const cacheDir = createTempDir();
    const first = await createFontCss('餐馆', { chunks: CHUNKS, format: 'truetype', covered, cacheDir });
    expect(first).toMatch(/font\/ttf/);
    // The cut is kept under a name made from its characters and sources, and read back for the same text.
    const kept = readdirSync(cacheDir);
    expect(kept).toHaveLength(1);
    writeFileSync(join(cacheDir, kept[0]!), '/* remembered */');
    expect(await createFontCss('馆餐', { chunks: CHUNKS, format: 'truetype', covered, cacheDir })).toBe('/* remembered */');
    // A folder other users may write to is not trusted: what is in it could be anyone's CSS.
    if (process.getuid !== undefined) {
      chmodSync(cacheDir, 0o777);
      expect(await createFontCss('馆餐', { chunks: CHUNKS, format: 'truetype', covered, cacheDir })).toBe(first);
    }
  });

  it("inlines the data's extra glyphs with the data into a report, beside the template's own", async () => {
    const template = TEMPLATE.replace('</head>', `<style id="${BASE_FONT_ID}">${await createFontCss('开办', { chunks: CHUNKS, format: 'woff2' })}</style></head>`);
    const html = await createReportHtml(template, { cases: [{ id: 'x', title: '开办餐馆' }] }, { title: '对比', fontChunks: CHUNKS, fontCacheDir: null });
    const extra = /<style id="wujian-font">([\s\S]*?)<\/style>/.exec(html)![1]!;
    expect(extra).toMatch(/unicode-range:[^}]*U\+9910/); // 餐
    expect(extra).not.toMatch(/unicode-range:[^}]*U\+5f00/); // 开, in the template's style
    expect(dataOf(html)).toEqual({ cases: [{ id: 'x', title: '开办餐馆' }] });
  });
});
