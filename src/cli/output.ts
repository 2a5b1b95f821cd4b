/** What the commands that report share: printing or writing the whole report. */
import { resolve } from 'node:path';
import type { Lang } from '../model/types.js';
import { Exit, type ExitCode, type IO } from './io.js';
import { writeWhole } from './write.js';

/**
 * Prints `text`, or writes it whole to `out` (relative to io.cwd) and says so on standard error.
 * Returns Exit.INVALID when the file cannot be written, undefined when all went well.
 */
export function deliver(text: string, out: string | undefined, lang: Lang, io: IO): ExitCode | undefined {
  const zh = lang === 'zh';
  if (!out) {
    io.out(text);
    return undefined;
  }
  const failure = writeWhole(resolve(io.cwd, out), text);
  if (failure) {
    io.err(`${zh ? '错误：无法写入' : 'error: cannot write'} ${out} (${failure})\n`);
    return Exit.INVALID;
  }
  io.err(zh ? `已写入 ${out}\n` : `Wrote ${out}\n`);
  return undefined;
}
