/** Writing an output file whole or not at all: a temporary file beside it, then a rename. */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Writes `text` (or an Office file's bytes) to `file`; on failure nothing is left behind. Returns the error code, or undefined. */
export function writeWhole(file: string, text: string | Uint8Array): string | undefined {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temp, text, 'utf8');
    renameSync(temp, file);
    return undefined;
  } catch (error) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // The temporary file could not even be created (e.g. its folder is a file): nothing to remove.
    }
    return (error as NodeJS.ErrnoException).code ?? 'EIO';
  }
}
