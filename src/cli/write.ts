/** Writing an output file whole or not at all: a temporary file beside it, then a rename. */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Lang } from '../model/types.js';
import type { IO } from './io.js';

/** Writes `text` to `file`; on failure nothing is left behind. Returns the error code, or undefined. */
export function writeWhole(file: string, text: string): string | undefined {
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

/**
 * Prints `text`, or writes it whole to `out` (relative to io.cwd) and says so on stderr. Returns
 * false when the file could not be written (the message is printed).
 */
export function emit(text: string, out: string | undefined, io: IO, lang: Lang): boolean {
  const zh = lang === 'zh';
  if (!out) {
    io.out(text);
    return true;
  }
  const failure = writeWhole(resolve(io.cwd, out), text);
  if (failure) {
    io.err(`${zh ? '错误：无法写入' : 'error: cannot write'} ${out} (${failure})\n`);
    return false;
  }
  io.err(zh ? `已写入 ${out}\n` : `Wrote ${out}\n`);
  return true;
}
