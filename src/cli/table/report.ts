/** `wujian report`: one self-contained HTML report. */
import { Exit } from '../io.js';
import { DATE_OPTIONS, OK_EXIT, USAGE_EXIT } from './common.js';
import { defineCommand } from './types.js';

/** The file `report` writes when -o is not given. */
export const DEFAULT_REPORT_FILE = 'report.html';

/** Options of `report`. */
export const reportOptions = {
  out: {
    type: 'text',
    short: 'o',
    value: { zh: '文件', en: 'file' },
    default: DEFAULT_REPORT_FILE,
    description: { zh: '写入的 HTML 文件（完整写入，不会留下半个文件）', en: 'the HTML file to write (whole or not at all)' },
  },
  ...DATE_OPTIONS,
} as const;

export const report = defineCommand({
  name: 'report',
  usage: [
    { zh: '<改革前文件> <改革后文件>', en: '<before file> <after file>' },
    { zh: '<文件夹>', en: '<folder>' },
  ],
  summary: { zh: '生成一个自包含的 HTML 对比报告，可离线打开（U 盘拷走即可）', en: 'write one self-contained HTML report that opens offline' },
  description: {
    zh: `比较一个事项（或“一件事”）改革前后的两个版本，生成一个 HTML 文件：五减指标看板、流程图、时间线、
用时分布、材料矩阵和精简台账，与 wujian view 的图表相同。数据、脚本、样式和中文字体（思源黑体，
只保留报告用到的字）全部内嵌，不需要网络和服务器，拷到 U 盘后双击即可在浏览器中打开和演示。
给出一个文件夹时，使用其中的一对改革前后文件（配对规则与 compare --all 相同：id 相同，版本标签为“改革前”“改革后”）；
改革后文件旁有 targets.yaml 时，标出各项目标是否达标。给出申请日期（--start-date）时，时间线标出两侧的办结日期。`,
    en: `Compares the two versions of an item (or a bundle) and writes one HTML file: the five-cuts dashboard,
process diagrams, timeline, time distribution, materials matrix and ledger, the same charts as
wujian view. Data, scripts, styles and the Chinese font (Noto Sans SC, cut down to the characters the
report uses) are all inline: no network, no server; copy it to a USB stick and open it in a browser.
Given a folder, uses the before/after pair in it (paired as compare --all pairs: one id, labelled 改革前 and
改革后); a targets.yaml beside the after file marks the targets met or not. With --start-date, the
timeline shows when each side finishes.`,
  },
  positionals: {
    min: 1,
    max: 2,
    message: {
      zh: '请给出改革前、改革后两个文件（或一个含一对改革前后文件的文件夹）',
      en: 'Give the before and after files (or one folder holding a before/after pair)',
    },
  },
  options: reportOptions,
  exits: [OK_EXIT, [Exit.INVALID, { zh: '文件有错误或无法写入', en: 'some file has an error or the output cannot be written' }], USAGE_EXIT],
  examples: [
    {
      zh: 'report processes/food-business-licence/before.yaml processes/food-business-licence/after.yaml -o 食品经营许可.html',
      en: 'report processes/food-business-licence/before.yaml processes/food-business-licence/after.yaml -o food-licence.html',
    },
    { zh: 'report processes/open-restaurant -o 开办餐饮店.html', en: 'report processes/open-restaurant -o open-restaurant.html' },
  ],
  load: () => import('../commands/report.js'),
});
