/**
 * The one-file report: the app's single-file build (scripts and styles already inline) with the
 * cases as inline JSON and the subset font as an inline stylesheet, so it opens from a USB stick
 * over file:// with no server and no network.
 */
import { LANG_TAGS } from '../vocabulary/index.js';
import { createFontCss } from './font.js';

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
 * What the report may load: its own inline scripts and styles, data: fonts and images, blob: workers
 * and images (layout, PNG export); nothing from a network or another file, whatever a name or a bug
 * might ask.
 */
export const REPORT_CSP = [
  "default-src 'none'",
  // elkjs lays out in a worker made from a blob, and its compiled code evaluates strings.
  "script-src 'unsafe-inline' 'unsafe-eval' blob:",
  'worker-src blob:',
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

/**
 * The report file's text: toReportHtml with Noto Sans SC cut down to the characters the page shows
 * (the data's names, the app's own labels, digits and punctuation).
 */
export async function createReportHtml(template: string, data: ReportData, title?: string, lang?: 'zh' | 'en'): Promise<string> {
  const options = { title, lang };
  const bare = toReportHtml(template, data, options);
  // Strings are read from the JSON unescaped, so names show their own characters, not \u escapes.
  const fontCss = await createFontCss(bare + JSON.stringify(data));
  return toReportHtml(template, data, { ...options, fontCss });
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
