/** What the commands that report share: printing or writing the whole report, and the calendar running out. */
import { resolve } from 'node:path';
import type { CalendarRangeError } from '../analysis/calendar.js';
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

/** Reports that counting working days from `startDate` ran past the official holiday data on some path or case. */
export function reportCalendarOverflow(error: CalendarRangeError, startDate: string | undefined, subject: 'path' | 'case', lang: Lang, io: IO): ExitCode {
  const { first, last } = error.range;
  const noun = subject === 'path' ? (lang === 'zh' ? '路径' : 'path') : lang === 'zh' ? '案件' : 'case';
  io.err(lang === 'zh'
    ? `错误：从 ${startDate} 起算，有的${noun}要到 ${last} 以后才能办结，超出了法定节假日数据覆盖的范围（${first} 至 ${last}）\n  提示：请换用更早的申请日期，或在国务院公布新一年放假安排后升级 chinese-days 包。\n`
    : `error: counting from ${startDate}, some ${noun} finishes after ${last}, beyond the official holiday data (${first} to ${last})\n  hint: use an earlier start date, or update the chinese-days package once the new year's arrangement is published.\n`);
  return Exit.INVALID;
}
