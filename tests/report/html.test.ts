import { describe, expect, it } from 'vitest';
import { createFontCss, getShownCodePoints, toRanges, toUnicodeRange } from '../../src/report/font.js';
import { createReportHtml, toInlineJson, toReportHtml } from '../../src/report/html.js';

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

  it('keeps only the chunks the text touches, each far smaller than the full font', async () => {
    const css = await createFontCss('压减51.43%', [400]);
    const rules = css.split('\n');
    expect(rules.length).toBeGreaterThanOrEqual(2);
    expect(rules.length).toBeLessThanOrEqual(4);
    expect(css).toContain("font-family:'Noto Sans SC'");
    expect(css).toMatch(/unicode-range:[^}]*U\+538b/);
    expect(css.length).toBeLessThan(40_000);
  });

  it('inlines the font with the data into a report', async () => {
    const html = await createReportHtml(TEMPLATE, { cases: [{ id: 'x', title: '开办餐馆' }] }, '对比');
    expect(html).toMatch(/<style id="wujian-font">@font-face\{font-family:'Noto Sans SC'/);
    expect(html).toMatch(/unicode-range:[^}]*U\+9910/); // 餐
    expect(dataOf(html)).toEqual({ cases: [{ id: 'x', title: '开办餐馆' }] });
  });
});
