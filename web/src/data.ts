/**
 * Where the cases come from: an inline <script id="wujian-data" type="application/json"> in the page
 * (the self-contained report), else ./data/cases.json next to the app (the served app).
 */
import { toXmlText } from '../../src/report/xml-text.js';
import type { CasesDocument } from './contract.js';

/** Id of the inline data element a self-contained report carries. */
export const INLINE_DATA_ID = 'wujian-data';

/** Whether the page carries its cases inline (a self-contained report), so no server is there to ask. */
export function hasInlineData(doc: Document = document): boolean {
  return Boolean(doc.getElementById(INLINE_DATA_ID)?.textContent?.trim());
}

/** Reads the cases: inline JSON first, else fetched from `url`. Throws with a readable message on bad data. */
export async function loadCases(doc: Document = document, url = './data/cases.json'): Promise<CasesDocument> {
  const text = hasInlineData(doc) ? doc.getElementById(INLINE_DATA_ID)!.textContent! : await fetchText(url);
  return parseCases(text);
}

/**
 * Parses and checks the top-level shape of a cases document. Every text is read through toXmlText, as
 * the Office files write it: no control character a name held reaches the page or an exported SVG
 * (which it would make unreadable), and no bidi control turns the figures after a name around.
 */
export function parseCases(text: string): CasesDocument {
  const value: unknown = JSON.parse(text, (_key, v: unknown) => (typeof v === 'string' ? toXmlText(v) : v));
  if (!value || typeof value !== 'object' || !Array.isArray((value as CasesDocument).cases)) {
    throw new Error('expected { "cases": [ … ] }');
  }
  for (const c of (value as CasesDocument).cases) {
    if (!c.comparison || !c.graphs) throw new Error(`case "${String(c.id)}" lacks comparison or graphs`);
  }
  return value as CasesDocument;
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}
