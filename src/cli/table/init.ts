/** `wujian init`: a commented starting procedure, or a holiday calendar to correct from the State Council notice. */
import { DATE_YEARS } from '../../analysis/defaults.js';
import { Exit } from '../io.js';
import { USAGE_EXIT } from './common.js';
import { defineCommand } from './types.js';

/** Options of `init`. */
export const initOptions = {
  calendar: { type: 'flag', description: { zh: '生成节假日安排文件，而不是事项模板', en: 'write a holiday calendar instead of a procedure' } },
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
  force: { type: 'flag', description: { zh: '文件已存在时覆盖', en: 'overwrite an existing file' } },
} as const;

export const init = defineCommand({
  name: 'init',
  usage: [
    { zh: '<文件>', en: '<file>' },
    { zh: '--calendar <文件> [--year 年份]', en: '--calendar <file> [--year year]' },
  ],
  summary: { zh: '生成一个带注释的事项模板（--calendar：节假日安排文件）', en: 'write a commented starting procedure (--calendar: a holiday calendar)' },
  description: {
    zh: `在指定位置生成一个带中文注释的事项模板（含申请、受理、补正、审查、决定、办结），可直接校验和修改。
加 --calendar 时生成节假日安排文件（工作日历）的草稿：默认为自带数据（chinese-days）之后的第一年，
放假日期先按法定节假日推算，国务院办公厅公布当年安排后按通知改写，再在 wujian.yaml 中写 calendar: 文件名。
文件已存在时不会覆盖，除非加 --force。`,
    en: `Writes a commented starting procedure (apply, accept, correction, review, decision, completion) that
validates as it is. With --calendar it writes a draft holiday calendar instead, by default for the first
year after the bundled data (chinese-days): its days off are the statutory holidays until the State
Council publishes the year's arrangement; correct it from the notice, then write calendar: <file> in
wujian.yaml. An existing file is not overwritten unless --force is given.`,
  },
  positionals: { min: 1, max: 1, message: { zh: '请给出一个要生成的文件名', en: 'Give one file name to write' } },
  options: initOptions,
  exits: [
    [Exit.OK, { zh: '已生成', en: 'written' }],
    [Exit.INVALID, { zh: '文件已存在或无法写入', en: 'the file exists or cannot be written' }],
    USAGE_EXIT,
  ],
  examples: ['init processes/my-item/before.yaml', { zh: 'init --calendar 节假日2027.yaml --year 2027', en: 'init --calendar holidays-2027.yaml --year 2027' }],
  load: () => import('../commands/init.js'),
});
