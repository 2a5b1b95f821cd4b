/** Words and options several commands declare alike: exit codes, -o, --start-date and --calendar, --step-counting. */
import { COUNTING_RULES, NOT_DEFAULT_RULE, STEP_COUNTINGS } from '../../vocabulary/counting-rules.js';
import { Exit } from '../io.js';
import type { ChoiceOption, OptionSpecs, TextOption } from './types.js';

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

/**
 * The options of every command that counts dates: the date of application, and the holiday calendar
 * files the dates are counted on (by default those wujian.yaml names: src/cli/settings.ts).
 */
export const DATE_OPTIONS = {
  'start-date': {
    type: 'text',
    value: { zh: 'YYYY-MM-DD', en: 'YYYY-MM-DD' },
    description: {
      zh: '申请日期（当日不计，次日起算）：按节假日和调休安排把工作日换算成日期，以自然日写的时限也从这一天起算（否则从文件的 version.date 起算）；没有安排的年份按周末和法定节假日推算，并在输出中注明',
      en: 'date of application (not itself counted): working days become dates on the holiday calendar, and limits in calendar days count from it (else from the file\'s version.date); a year without an arrangement is assumed (weekends and statutory holidays), and the output says so',
    },
  },
  calendar: {
    type: 'text',
    multiple: true,
    setting: 'calendar',
    value: { zh: '文件', en: 'file' },
    description: {
      zh: '与 --start-date 一起用的节假日安排文件（可重复；见 schemas/calendar.schema.json），代替 wujian.yaml 中的 calendar 设置',
      en: "a holiday calendar file for --start-date (repeatable; schemas/calendar.schema.json), instead of wujian.yaml's calendar",
    },
  },
} as const satisfies OptionSpecs;

/**
 * How a parallel block (并联审批) counts as 环节, overriding what the files say (stepCounting). No
 * default here: without the option each file's own rule holds, and a file that says nothing counts a
 * block as one 环节, as offices publish.
 */
export const STEP_COUNTING_OPTION = {
  type: 'choice',
  choices: STEP_COUNTINGS,
  description: {
    zh: `环节口径，覆盖文件中的 stepCounting：stage ${COUNTING_RULES['steps-stage'].name.zh}（文件未写时的默认）；per-step ${COUNTING_RULES['steps-per-step'].name.zh}（${NOT_DEFAULT_RULE.zh}，输出中注明）`,
    en: `how 环节 are counted, overriding each file's stepCounting: stage, ${COUNTING_RULES['steps-stage'].name.en} (the default when a file says nothing); per-step, ${COUNTING_RULES['steps-per-step'].name.en} (${NOT_DEFAULT_RULE.en}, named as such in the output)`,
  },
} as const satisfies ChoiceOption;

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
