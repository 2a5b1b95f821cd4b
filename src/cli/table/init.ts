/** `wujian init`: commented starting files, a procedure or a bundle (一件事) with its items, or a holiday calendar. */
import { DATE_YEARS } from '../../analysis/defaults.js';
import { Exit } from '../io.js';
import { USAGE_EXIT } from './common.js';
import { defineCommand } from './types.js';

/** The templates init writes. */
export type TemplateName = 'procedure' | 'bundle';

/** The words that choose a template, Chinese first, and the template each chooses. */
export const TEMPLATE_WORDS = { 事项: 'procedure', 一件事: 'bundle', procedure: 'procedure', bundle: 'bundle' } as const satisfies Record<string, TemplateName>;

/** Options of `init`. */
export const initOptions = {
  template: {
    type: 'choice',
    short: 't',
    choices: ['事项', '一件事', 'procedure', 'bundle'] as const satisfies ReadonlyArray<keyof typeof TEMPLATE_WORDS>,
    default: '事项',
    description: {
      zh: '事项：一个事项；一件事：一件事文件及它包含的两个事项文件（写在同一文件夹中）',
      en: 'procedure: one item; bundle: a bundle (一件事) and the two item files it names, in the same folder',
    },
  },
  calendar: {
    type: 'flag',
    description: { zh: '生成节假日安排文件（工作日历），而不是事项模板', en: 'write a holiday calendar instead of a procedure' },
  },
  year: {
    type: 'whole',
    value: { zh: '年份', en: 'year' },
    min: DATE_YEARS.first,
    max: DATE_YEARS.last,
    plain: true,
    description: {
      zh: '节假日安排的年份（默认为自带节假日数据之后的第一年）',
      en: "the calendar's year (by default the first year after the bundled holiday data)",
    },
  },
  force: { type: 'flag', description: { zh: '文件已存在时覆盖', en: 'overwrite existing files' } },
} as const;

export const init = defineCommand({
  name: 'init',
  usage: [
    { zh: '<文件>', en: '<file>' },
    { zh: '--calendar <文件> [--year 年份]', en: '--calendar <file> [--year year]' },
  ],
  summary: { zh: '生成一个带注释的事项或一件事模板（--calendar：节假日安排文件）', en: 'write a commented starting procedure or bundle (--calendar: a holiday calendar)' },
  description: {
    zh: `在指定位置生成带中文注释、可直接校验的模板：一个事项（申请、受理、补正、审查、决定、办结，标识和取值都用中文），
或一件事文件及它包含的两个事项文件。模板用块状写法（每个字段一行），编辑器在任何位置都能补全字段。
加 --calendar 时生成节假日安排文件（工作日历）的草稿：默认为自带数据（chinese-days）之后的第一年，
放假日期先按法定节假日推算，国务院办公厅公布当年安排后按通知改写，再在 wujian.yaml 中写 calendar: 文件名。
文件已存在时一个都不写，除非加 --force。已有 Excel 实施清单的，可用 wujian import 直接生成事项文件。`,
    en: `Writes commented starting files that validate as they are: one procedure (apply, accept, correction, review,
decision, completion, ids and values in Chinese), or a bundle (一件事) and the two item files it names. They are
written in block style (one field per line), so the editor completes fields anywhere in them. With --calendar it
writes a draft holiday calendar instead, by default for the first year after the bundled data (chinese-days): its
days off are the statutory holidays until the State Council publishes the year's arrangement; correct it from the
notice, then write calendar: <file> in wujian.yaml. Nothing is written when a file exists, unless --force is given.
Items already listed in an Excel 实施清单 can be brought in with wujian import.`,
  },
  positionals: { min: 1, max: 1, message: { zh: '请给出一个要生成的文件名', en: 'Give one file name to write' } },
  options: initOptions,
  exits: [
    [Exit.OK, { zh: '已生成', en: 'written' }],
    [Exit.INVALID, { zh: '文件已存在或无法写入', en: 'a file exists or cannot be written' }],
    USAGE_EXIT,
  ],
  examples: [
    'init processes/my-item/before.yaml',
    { zh: 'init processes/我的一件事/before.yaml --template 一件事', en: 'init processes/my-bundle/before.yaml --template bundle' },
    { zh: 'init --calendar 节假日2027.yaml --year 2027', en: 'init --calendar holidays-2027.yaml --year 2027' },
  ],
  load: () => import('../commands/init.js'),
});
