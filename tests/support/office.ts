/** Reading files back in tests: the texts, charts and pictures inside a .docx or .pptx (zip of XML), and a PNG's size. */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { expect } from 'vitest';

/** XML text with its five entities decoded. */
function decode(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** The files of an Office document (a zip), by path. */
export async function openOffice(file: string): Promise<JSZip> {
  return JSZip.loadAsync(readFileSync(file));
}

/** The text of each of the zip's files whose path matches `pattern`, in path order (slide2 before slide10). */
export async function xmlParts(zip: JSZip, pattern: RegExp): Promise<Array<{ path: string; xml: string }>> {
  const paths = Object.keys(zip.files).filter((p) => pattern.test(p)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return Promise.all(paths.map(async (path) => ({ path, xml: await zip.file(path)!.async('string') })));
}

/**
 * The paragraphs' texts of Word or PowerPoint XML: the runs (<w:t>, <a:t>) of each paragraph joined,
 * one string per paragraph, entities decoded.
 */
export function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<(w|a):p[ >][\s\S]*?<\/\1:p>/g)].map((p) => decode([...p[0].matchAll(/<(?:w|a):t(?: [^>]*)?>([^<]*)<\/(?:w|a):t>/g)].map((m) => m[1]).join(''))).filter((t) => t !== '');
}

/** Width and height of a PNG from its IHDR chunk, after checking the 8-byte signature. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
