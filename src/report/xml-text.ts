/**
 * Text a user wrote, made safe for a document that is XML (a Word or PowerPoint part, an SVG chart) and
 * for the web view. Browser-safe: the web app reads its cases through it (web/src/data.ts).
 */

/**
 * The bidi controls that reorder the text after them, unseen: embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069). A name holding U+202E (RIGHT-TO-LEFT OVERRIDE) would show the
 * figures after it on its line backwards ("7 → 3" as "3 ← 7"). No name of a Chinese procedure needs them.
 */
export const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text as an XML file (a Word or PowerPoint part, an SVG chart) may hold it and a reader sees it as
 * written: the characters XML 1.0 forbids (C0 controls but tab, LF and CR; U+FFFE, U+FFFF; a lone
 * surrogate), the C1 controls and the bidi controls removed. Markup never holds any of them, so a
 * whole serialised file may pass through it.
 * @example toXmlText('消防\u0001检查\u202e') // '消防检查'
 */
export function toXmlText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(BIDI_CONTROLS, '');
}
