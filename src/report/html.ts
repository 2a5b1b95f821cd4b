/**
 * The one-file report: the app's single-file build (scripts and styles already inline) with the
 * cases as inline JSON and the subset font as an inline stylesheet, so it opens from a USB stick
 * over file:// with no server and no network.
 */
import { LANG_TAGS } from '../vocabulary/index.js';
import { createFontCss, FONT_CACHE_DIR, getCoveredCodePoints, type FontChunk } from './font.js';

/** Id of the script element the app reads its data from before trying ./data/cases.json. */
export const DATA_SCRIPT_ID = 'wujian-data';

/**
 * What the app draws: the cases built by createCase in presentation.ts (PresentationCase). This
 * module only inlines them as JSON, so it takes any cases and leaves their shape to presentation.ts.
 */
export interface ReportData {
  /** One entry per compared pair. */
  cases: readonly unknown[];
}

/** Options of toReportHtml. */
export interface ReportHtmlOptions {
  /** @font-face rules to inline; createReportHtml makes them from the page's own text. */
  fontCss?: string;
  /** Document title; the template's own when not given. */
  title?: string;
  /** Language the page opens in (`<html lang>`, which the app reads; its ?lang= still overrides). */
  lang?: 'zh' | 'en';
}

/**
 * JSON that can stand inside a <script> element: `<`, `>` and `&` written as \u escapes so that
 * "</script>" or "<!--" in a name cannot end the element, and U+2028/U+2029 escaped for old parsers.
 * JSON.parse reads the escapes back to the same characters.
 */
export function toInlineJson(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * What the report may load: its own inline scripts and styles, data: fonts and images, blob: images
 * (PNG export); nothing from a network or another file, whatever a name or a bug might ask. No script
 * is evaluated from a string and no worker started: the diagrams come laid out.
 */
export const REPORT_CSP = [
  "default-src 'none'",
  "script-src 'unsafe-inline'",
  "style-src 'unsafe-inline'",
  'font-src data:',
  'img-src data: blob:',
  'connect-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Text as HTML character data: &, <, >, " and ' escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Puts `data` and the font into `template` (the single-file build's index.html). An existing
 * <script id="wujian-data"> keeps its place and gets the new content; otherwise one is added at the
 * end of <head> (the app's module script is deferred, so it runs after the data is parsed). The
 * charset declaration stays first (browsers look for it in the first 1024 bytes only), followed by
 * the content security policy REPORT_CSP.
 */
export function toReportHtml(template: string, data: ReportData, options: ReportHtmlOptions = {}): string {
  const script = `<script id="${DATA_SCRIPT_ID}" type="application/json">${toInlineJson(data)}</script>`;
  const existing = new RegExp(`<script[^>]*\\bid=["']${DATA_SCRIPT_ID}["'][^>]*>[\\s\\S]*?</script>`);
  let html = /<meta charset=/i.test(template) ? template : insertInHead(template, '<meta charset="utf-8">', 'start');
  html = html.replace(/<meta charset=[^>]*>/i, (charset) => `${charset}<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`);
  html = existing.test(html) ? html.replace(existing, () => script) : insertInHead(html, script, 'end');
  if (options.fontCss) html = insertInHead(html, `<style id="wujian-font">${options.fontCss}</style>`, 'end');
  const { title, lang } = options;
  if (lang) html = setHtmlLang(html, LANG_TAGS[lang]);
  if (title !== undefined) {
    const element = `<title>${escapeHtml(title)}</title>`;
    html = /<title>[\s\S]*?<\/title>/.test(html) ? html.replace(/<title>[\s\S]*?<\/title>/, () => element) : insertInHead(html, element, 'end');
  }
  return html;
}

/** Id of the template's <style> with the glyphs of the app's own words, cut when the template is built. */
export const BASE_FONT_ID = 'wujian-font-base';

/** What createReportHtml needs besides the template and the data. */
export interface CreateReportOptions {
  /** Document title; the template's own when not given. */
  title?: string;
  /** Language the page opens in. */
  lang?: 'zh' | 'en';
  /** The Noto Sans SC chunks to cut the data's extra glyphs from (readFontFaces of the app's build). */
  fontChunks: readonly FontChunk[];
  /** Folder that remembers cut fonts by character set (FONT_CACHE_DIR by default; null for none). */
  fontCacheDir?: string | null;
}

/**
 * The report file's text: toReportHtml with Noto Sans SC for every character the page shows (the
 * data's names, the app's own labels, digits and punctuation). The template already carries the
 * glyphs of the app's words (its BASE_FONT_ID style); the data's other characters are cut here, as
 * truetype (quick to write; few glyphs), and remembered by character set.
 */
export async function createReportHtml(template: string, data: ReportData, options: CreateReportOptions): Promise<string> {
  const { title, lang } = options;
  const bare = toReportHtml(template, data, { title, lang });
  const base = new RegExp(`<style id="${BASE_FONT_ID}">([\\s\\S]*?)</style>`).exec(template)?.[1] ?? '';
  // Strings are read from the JSON unescaped, so names show their own characters, not \u escapes.
  const fontCss = await createFontCss(bare + JSON.stringify(data), {
    chunks: options.fontChunks,
    format: 'truetype',
    covered: getCoveredCodePoints(base),
    ...(options.fontCacheDir !== null ? { cacheDir: options.fontCacheDir ?? FONT_CACHE_DIR } : {}),
  });
  return toReportHtml(template, data, { title, lang, fontCss });
}

/** `html` with its <html> element's lang attribute set to `lang` (added when missing). */
function setHtmlLang(html: string, lang: string): string {
  return html.replace(/<html\b[^>]*>/i, (tag) => {
    const rest = tag.slice(5, -1).replace(/\slang=(["'])[^"']*\1|\slang=[^\s>]*/i, '');
    return `<html lang="${lang}"${rest}>`;
  });
}

function insertInHead(html: string, element: string, where: 'start' | 'end'): string {
  if (where === 'end' && html.includes('</head>')) return html.replace('</head>', () => `${element}</head>`);
  const head = /<head[^>]*>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + element + html.slice(head.index + head[0].length);
  throw new Error('toReportHtml: the template has no <head> element');
}
