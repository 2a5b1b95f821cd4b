/** What the commands that report share: printing or writing the whole report, and the calendar running out. */
import type { CalendarRangeError } from '../analysis/calendar.js';
import type { Lang } from '../model/types.js';
import { Exit, type ExitCode, type IO } from './io.js';
import { getOutputTarget, writeDevice, writeWhole, type OutputProblem } from './write.js';

/**
 * Prints `text`, or sends it to `out` (relative to io.cwd; see write.ts for what `-o` accepts) and says
 * so on standard error, with `wrote` as the message when given. `inputs` are the files the command read:
 * an output never replaces one. Returns Exit.USAGE when `out` is refused, Exit.INVALID when it cannot be
 * written, undefined when all went well.
 */
export function deliver(
  text: string,
  out: string | undefined,
  lang: Lang,
  io: IO,
  inputs: readonly string[] = [],
  wrote?: string,
): ExitCode | undefined {
  const zh = lang === 'zh';
  if (out === undefined) {
    io.out(text);
    return undefined;
  }
  const found = getOutputTarget(out, io.cwd, inputs);
  if (!found.ok) {
    const { message, hint } = outputProblemWords(found.problem, out, lang);
    io.err(zh ? `错误：${message}\n  提示：${hint}\n` : `error: ${message}\n  hint: ${hint}\n`);
    return Exit.USAGE;
  }
  const { target } = found;
  if (target.kind === 'stdout' || target.kind === 'stderr') {
    (target.kind === 'stdout' ? io.out : io.err)(text);
    return undefined;
  }
  const failure = target.kind === 'device' ? writeDevice(target.file, text) : writeWhole(target.file, text);
  if (failure) {
    io.err(`${zh ? '错误：无法写入' : 'error: cannot write'} ${out} (${failure})\n`);
    return Exit.INVALID;
  }
  io.err(wrote ?? (zh ? `已写入 ${out}\n` : `Wrote ${out}\n`));
  return undefined;
}

/** Why `-o out` is refused, and what to do instead. */
function outputProblemWords(problem: OutputProblem, out: string, lang: Lang): { message: string; hint: string } {
  const zh = lang === 'zh';
  const name = JSON.stringify(out);
  switch (problem) {
    case 'empty':
      return zh
        ? { message: '-o 后面的文件名是空的', hint: '写出要保存的文件名，例如 -o 结果.md；要输出到屏幕，去掉 -o 或写 -o -。' }
        : { message: 'the file name after -o is empty', hint: 'give the file to write, e.g. -o result.md; to print, leave out -o or write -o -.' };
    case 'folder':
      return zh
        ? { message: `-o ${name} 是一个文件夹，不是文件`, hint: '在文件夹后面写上文件名，例如 -o 报告/结果.md。' }
        : { message: `-o ${name} names a folder, not a file`, hint: 'add a file name after the folder, e.g. -o reports/result.md.' };
    case 'input':
      return zh
        ? { message: `-o ${name} 是本命令读入的事项文件，写入会覆盖它`, hint: '换一个输出文件名，例如 -o 对比.md。' }
        : { message: `-o ${name} is a file this command reads; writing would replace it`, hint: 'choose another output name, e.g. -o comparison.md.' };
    case 'symlink':
      return zh
        ? { message: `-o ${name} 是一个符号链接，不会被替换`, hint: '请写出链接指向的文件，或先删除这个链接。' }
        : { message: `-o ${name} is a symbolic link, which is not replaced`, hint: 'name the file it points to, or remove the link first.' };
    case 'fifo':
      return zh
        ? { message: `-o ${name} 是一个命名管道（FIFO），不会被替换`, hint: '要写入管道，请用 -o - 并用 shell 重定向：wujian … -o - > 管道。' }
        : { message: `-o ${name} is a named pipe (FIFO), which is not replaced`, hint: 'to write into a pipe, use -o - and a shell redirection: wujian … -o - > pipe.' };
    case 'special':
      return zh
        ? { message: `-o ${name} 不是普通文件（块设备或套接字），不会写入`, hint: '请写一个普通文件名。' }
        : { message: `-o ${name} is not a regular file (a block device or socket) and is not written`, hint: 'give an ordinary file name.' };
  }
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
