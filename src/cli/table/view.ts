/** `wujian view`: the dashboard on 127.0.0.1. */
import { Exit } from '../io.js';
import { DATE_OPTIONS, USAGE_EXIT } from './common.js';
import { defineCommand } from './types.js';

/** The folder `view` shows when none is given. */
export const DEFAULT_VIEW_FOLDER = 'processes';

/** The port `view` listens on when --port is not given. */
export const DEFAULT_PORT = 5178;

/** Options of `view`. */
export const viewOptions = {
  port: {
    type: 'whole',
    value: { zh: '端口', en: 'port' },
    min: 0,
    max: 65535,
    plain: true,
    default: DEFAULT_PORT,
    description: { zh: '监听端口（0 表示自动选择空闲端口）', en: 'port to listen on (0 picks a free one)' },
  },
  ...DATE_OPTIONS,
} as const;

export const view = defineCommand({
  name: 'view',
  usage: [{ zh: '[文件夹]', en: '[folder]' }],
  summary: { zh: '在本机浏览器中查看改革前后对比看板（仅 127.0.0.1）', en: 'serve the before/after dashboard on this computer (127.0.0.1)' },
  description: {
    zh: `在本机启动一个只监听 127.0.0.1 的网页服务，展示文件夹（默认 ${DEFAULT_VIEW_FOLDER}/）中每一对改革前后版本的对比看板。
配对规则与 compare --all 相同：id 相同、版本标签分别为“改革前”“改革后”的两个文件为一对。
先在终端打印各事项的五减对比摘要，再打印网址；按 Ctrl+C 停止。首次运行时会自动构建网页（需已 npm install）。
文件夹中的 YAML 文件保存后自动重新计算，打开的页面随之更新并停留在所选事项；文件有错误时，终端和页面列出
错误所在的行列，页面保留上一次正确的结果。所选事项和语言写在网址中（?case=…&lang=en），刷新或后退不会丢失；
--lang en 时页面以英文打开。给出申请日期（--start-date）时，时间线标出两侧的办结日期。`,
    en: `Serves the before/after dashboard of every pair in the folder (default ${DEFAULT_VIEW_FOLDER}/) on 127.0.0.1 only,
paired as compare --all pairs them: two files with one id, labelled 改革前 and 改革后.
Prints each pair's comparison summary, then the URL; press Ctrl+C to stop. The web app is built on the
first run (after npm install). When a YAML file in the folder is saved the cases are computed again and
the open page follows, staying on the chosen case; a file with errors lists them, with line and column,
in the terminal and on the page, which keeps the last good cases. The chosen case and language are kept
in the address (?case=…&lang=en), so reloading or going back keeps them; with --lang en the page opens
in English. With --start-date, the timeline shows when each side finishes.`,
  },
  positionals: { min: 0, max: 1, message: { zh: '只能给出一个文件夹', en: 'Give at most one folder' } },
  options: viewOptions,
  exits: [
    [Exit.OK, { zh: '已停止', en: 'stopped' }],
    [Exit.INVALID, { zh: '文件有错误、没有成对的文件或无法启动服务', en: 'some file has an error, no pair was found or the server cannot start' }],
    USAGE_EXIT,
  ],
  examples: ['view', 'view processes/open-restaurant --port 8080', 'view --lang en'],
  load: () => import('../commands/view.js'),
});
