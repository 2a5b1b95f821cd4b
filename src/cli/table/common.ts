/** Words and options several commands declare alike: exit codes, -o, --start-date. */
import { Exit } from '../io.js';
import type { ChoiceOption, TextOption, Words } from './types.js';

/** Exit 2, the same for every command. */
export const USAGE_EXIT = [Exit.USAGE, { zh: '命令行用法错误', en: 'usage error' }] as const;

/** Exit 130 of a run stopped by Ctrl-C. */
export const INTERRUPTED_EXIT = [Exit.INTERRUPTED, { zh: '被 Ctrl-C 中断（已输出部分结果）', en: 'interrupted by Ctrl-C (partial figures printed)' }] as const;

/** Exit 0 of a command that reports. */
export const OK_EXIT = [Exit.OK, { zh: '成功', en: 'success' }] as const;

/** Exit 1 of a command that reads files. */
export const INVALID_EXIT = [Exit.INVALID, { zh: '有文件存在错误', en: 'some file has an error' }] as const;

/** A file to write instead of standard output. */
export const OUT_OPTION = {
  type: 'text',
  short: 'o',
  value: { zh: '文件', en: 'file' },
  description: {
    zh: '写入文件（完整写入，不会留下半个文件；- 表示输出到屏幕；不覆盖读入的文件、符号链接和命名管道）',
    en: 'write to a file (whole or not at all; - prints; never replaces an input, a link or a pipe)',
  },
} as const satisfies TextOption;

/** The date of application, for dates on the official holiday calendar. */
export const START_DATE_VALUE: Words = { zh: 'YYYY-MM-DD', en: 'YYYY-MM-DD' };

/** The Office documents a report can be written as: files a Word, PowerPoint or Excel user opens, never printed. */
export const OFFICE_FORMATS = ['docx', 'pptx', 'xlsx'] as const;

/** Which format each -o extension means when --format is not given (.txt is the terminal table as text). */
export const FORMAT_EXTENSIONS = {
  '.txt': 'table',
  '.json': 'json',
  '.md': 'md',
  '.docx': 'docx',
  '.pptx': 'pptx',
  '.xlsx': 'xlsx',
} as const;

/**
 * The parts of a --format option that choose it from -o's extension, for the formats in `choices`:
 * `compare -o 对比.docx` writes Word without --format, and no Office name ever gets plain text.
 */
export function outputFormats<const C extends string>(choices: readonly C[]): Pick<ChoiceOption<C>, 'choices' | 'byExtension' | 'fileOnly'> {
  const byExtension = Object.fromEntries(Object.entries(FORMAT_EXTENSIONS).filter(([, format]) => (choices as readonly string[]).includes(format))) as Record<string, C>;
  return { choices, byExtension, fileOnly: choices.filter((c) => (OFFICE_FORMATS as readonly string[]).includes(c)) };
}
