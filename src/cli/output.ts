/** Delivering a command's output: printed, or written whole to the file -o names. */
import { resolve } from 'node:path';
import type { Lang } from '../model/types.js';
import { Exit, type ExitCode, type IO } from './io.js';
import { say } from './messages.js';
import { writeWhole } from './write.js';

/**
 * Prints `text`, or writes it whole to `out` (relative to io.cwd) and says so on standard error. An
 * Office file's bytes always have an `out` (the command line refuses an Office format without -o).
 * Returns Exit.INVALID when the file cannot be written, undefined when all went well.
 */
export function deliver(text: string | Uint8Array, out: string | undefined, lang: Lang, io: IO): ExitCode | undefined {
  if (!out) {
    if (typeof text !== 'string') throw new Error('an Office file is written to a file, never printed');
    io.out(text);
    return undefined;
  }
  const failure = writeWhole(resolve(io.cwd, out), text);
  if (failure) {
    io.err(say(lang, 'cannotWrite', { file: out, reason: failure }));
    return Exit.INVALID;
  }
  io.err(say(lang, 'wrote', { file: out }));
  return undefined;
}
