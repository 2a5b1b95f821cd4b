/**
 * `wujian init`: write a commented starting procedure that validates as it is, or with --calendar a
 * holiday calendar for a year (the next one by default) to correct from the State Council notice.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../../model/types.js';
import { Exit, type ExitCode, type IO } from '../io.js';
import { createCalendarTemplate } from '../templates/calendar.js';
import { writeWhole } from '../write.js';

const TEMPLATE = fileURLToPath(new URL('../templates/procedure.yaml', import.meta.url));
const SCHEMA = fileURLToPath(new URL('../../../schemas/procedure.schema.json', import.meta.url));
const CALENDAR_SCHEMA = fileURLToPath(new URL('../../../schemas/calendar.schema.json', import.meta.url));

/** Options of `init`. */
export interface InitOptions {
  /** Overwrite an existing file. */
  force: boolean;
  lang: Lang;
  /** Write a holiday calendar for this year instead of a procedure. */
  calendarYear?: number;
}

/** Runs `wujian init <file>`; refuses to overwrite unless `force`. */
export function initCommand(file: string, options: InitOptions, io: IO): ExitCode {
  const zh = options.lang === 'zh';
  const target = resolve(io.cwd, file);
  if (!/\.ya?ml$/i.test(target)) {
    io.err(zh ? `错误：文件名应以 .yaml 结尾：${file}\n` : `error: the file name should end in .yaml: ${file}\n`);
    return Exit.USAGE;
  }
  if (existsSync(target) && !options.force) {
    io.err(zh ? `错误：${file} 已存在，未覆盖。\n  提示：换一个文件名，或加 --force 覆盖。\n` : `error: ${file} already exists and was not overwritten.\n  hint: choose another name, or add --force.\n`);
    return Exit.INVALID;
  }
  const schemaRef = (schema: string) => relative(dirname(target), schema).split('\\').join('/');
  const text = options.calendarYear !== undefined
    ? createCalendarTemplate(options.calendarYear, schemaRef(CALENDAR_SCHEMA), basename(target))
    : readFileSync(TEMPLATE, 'utf8').replace('$SCHEMA', schemaRef(SCHEMA));
  const failure = writeWhole(target, text);
  if (failure) {
    io.err(`${zh ? '错误：无法写入' : 'error: cannot write'} ${file} (${failure})\n`);
    return Exit.INVALID;
  }
  io.out(zh ? `已生成 ${file}。编辑后运行：wujian validate ${file}\n` : `Wrote ${file}. Edit it, then run: wujian validate ${file}\n`);
  return Exit.OK;
}
