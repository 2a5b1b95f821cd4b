/**
 * Reading a file's bytes into text, refusing what is not a YAML text file before any parser sees it:
 * too large, empty, binary, or not UTF-8 (a GBK file saved by an old editor is the usual case here).
 */
import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readFileSync, type Stats } from 'node:fs';
import { createDiagnostic, FILE_START, type Diagnostic, type NotAFile } from './diagnostic.js';

/**
 * Largest file accepted. A real procedure is a few kilobytes; at this size a file still loads in about
 * half a second (parsing dominates), while a 1 MB file of valid YAML took over a second.
 */
export const MAX_FILE_BYTES = 512 * 1024;

/** A file's text, or the reason there is none. */
export type SourceResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

/** A file's bytes, or why there are none: over the size limit (its size), no regular file, or the system's error code. */
export type FileBytes = { bytes: Buffer } | { tooLarge: number } | { notAFile: NotAFile } | { error: string };

/**
 * Opened without waiting: a named pipe no program writes to would hold open() for ever. Windows has no
 * such flag, and no such pipes among files.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * The bytes of the regular file at `file`, opened once and read from that descriptor (a catalogue reads
 * thousands). What is no regular file is refused before a byte is read: a folder, a named pipe, a device
 * such as /dev/zero, whose bytes never end; so is a file over `limit` bytes, from its size.
 * @example readFileBytes('a.yaml', MAX_FILE_BYTES) // { bytes: <Buffer …> }
 */
export function readFileBytes(file: string, limit: number): FileBytes {
  let fd: number;
  try {
    fd = openSync(file, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    return code === 'EISDIR' ? { notAFile: 'folder' } : { error: code };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { notAFile: notAFile(stat) };
    if (stat.size > limit) return { tooLarge: stat.size };
    return { bytes: readFileSync(fd) };
  } catch (error) {
    return { error: (error as NodeJS.ErrnoException).code ?? 'EIO' };
  } finally {
    closeSync(fd);
  }
}

/** What stands where a file was expected. */
function notAFile(stat: Stats): NotAFile {
  if (stat.isDirectory()) return 'folder';
  if (stat.isFIFO()) return 'pipe';
  return stat.isCharacterDevice() || stat.isBlockDevice() ? 'device' : 'other';
}

/** Reads `file` as UTF-8 text (a leading BOM is dropped). */
export function readSource(file: string): SourceResult {
  const read = readFileBytes(file, MAX_FILE_BYTES);
  if ('bytes' in read) return decodeSource(file, read.bytes);
  if ('tooLarge' in read) return fail(createDiagnostic('file-too-large', file, FILE_START, { size: sizeText(read.tooLarge), limit: sizeText(MAX_FILE_BYTES) }));
  if ('notAFile' in read) return fail(createDiagnostic('file-not-regular', file, undefined, { kind: read.notAFile }));
  return fail(createDiagnostic(read.error === 'ENOENT' ? 'file-not-found' : 'file-read', file, undefined, { reason: read.error }));
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
