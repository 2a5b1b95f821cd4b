/** The one printer of diagnostics: every command shows problems the way `validate` does. */
import { resolve } from 'node:path';
import { tidyDiagnostics, type Diagnostic } from '../model/diagnostic.js';
import { MAX_FILE_BYTES, readFileBytes } from '../model/source.js';
import type { Lang } from '../model/types.js';
import { formatDiagnostic, type SourceOf } from '../report/diagnostics.js';
import type { IO } from './io.js';

/**
 * Writes `diagnostics` in order, each once, like a compiler (file:line:column, a code frame, a hint),
 * with `write` (io.err unless told otherwise; `validate` prints to standard output).
 */
export function printDiagnostics(io: IO, diagnostics: readonly Diagnostic[], lang: Lang, write: (text: string) => void = (text) => io.err(text)): void {
  const sourceOf = createSourceReader(io);
  for (const d of tidyDiagnostics(diagnostics)) write(formatDiagnostic(d, lang, sourceOf) + '\n\n');
}

/**
 * Reads files for code frames, each once; names are relative to io.cwd, as diagnostics show them. Only
 * a regular file within the loader's size limit is read (a file too large to load gets no frame), and
 * its bytes are decoded leniently, so a file that is not UTF-8 still shows where it goes wrong.
 */
function createSourceReader(io: Pick<IO, 'cwd'>): SourceOf {
  const cache = new Map<string, string | undefined>();
  return (file) => {
    if (!cache.has(file)) {
      const read = readFileBytes(resolve(io.cwd, file), MAX_FILE_BYTES);
      cache.set(file, 'bytes' in read ? read.bytes.toString('utf8') : undefined);
    }
    return cache.get(file);
  };
}
