/**
 * Reading a file's bytes into text, refusing what is not a YAML text file before any parser sees it:
 * too large, empty, binary, or not UTF-8 (a GBK file saved by an old editor is the usual case here).
 */
import { isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { createDiagnostic, FILE_START, type Diagnostic } from './diagnostic.js';

/**
 * Largest file accepted. A real procedure is a few kilobytes; at this size a file still loads in about
 * half a second (parsing dominates), while a 1 MB file of valid YAML took over a second.
 */
export const MAX_FILE_BYTES = 512 * 1024;

/** A file's text, or the reason there is none. */
export type SourceResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

/** Reads `file` as UTF-8 text (a leading BOM is dropped). */
export function readSource(file: string): SourceResult {
  let bytes: Buffer;
  try {
    // Opened once: its size and bytes are read from the one descriptor (a catalogue reads thousands).
    const fd = openSync(file, 'r');
    try {
      const size = fstatSync(fd).size;
      if (size > MAX_FILE_BYTES) {
        return fail(createDiagnostic('file-too-large', file, FILE_START, { size: sizeText(size), limit: sizeText(MAX_FILE_BYTES) }));
      }
      bytes = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'EIO';
    return fail(createDiagnostic(reason === 'ENOENT' ? 'file-not-found' : 'file-read', file, undefined, { reason }));
  }
  return decodeSource(file, bytes);
}

/** Turns bytes into text, or a located diagnostic saying why they are not a YAML text file. */
export function decodeSource(file: string, bytes: Uint8Array): SourceResult {
  if (bytes.length > MAX_FILE_BYTES) {
    return fail(createDiagnostic('file-too-large', file, FILE_START, { size: sizeText(bytes.length), limit: sizeText(MAX_FILE_BYTES) }));
  }
  if (!isUtf8(bytes)) {
    // Not UTF-8: decoded leniently, the problem is located by line and column in what the user sees.
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const nul = lenient.indexOf('\0');
    return fail(nul >= 0 ? createDiagnostic('file-binary', file, locateChar(lenient, nul)) : createDiagnostic('file-encoding', file, locateChar(lenient, lenient.indexOf('\uFFFD'))));
  }
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const nul = text.indexOf('\0');
  if (nul >= 0) return fail(createDiagnostic('file-binary', file, locateChar(text, nul)));
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // Old Mac files end lines with a lone CR, which YAML parsers read as no line end at all (so the whole
  // file was one comment, "empty"). LF in its place keeps every offset, line and column.
  if (text.includes('\r')) text = text.replace(/\r(?!\n)/g, '\n');
  if (!/\S/.test(text)) {
    return fail(createDiagnostic('file-empty', file, FILE_START));
  }
  return { ok: true, text };
}

function fail(diagnostic: Diagnostic): SourceResult {
  return { ok: false, diagnostic };
}

/** A size in words: "5.0 MB" or "512 KB". */
export function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** Line and column of a character offset in `text`. */
function locateChar(text: string, offset: number) {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return { line, column, endLine: line, endColumn: column + 1 };
}
