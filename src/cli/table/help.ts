/** `wujian help`: the help of the program or of one command. */
import { Exit } from '../io.js';
import { USAGE_EXIT } from './common.js';
import { defineCommand } from './types.js';

export const help = defineCommand({
  name: 'help',
  usage: [{ zh: '[命令]', en: '[command]' }],
  summary: { zh: '显示帮助', en: 'show help' },
  description: {
    zh: '显示 wujian 的帮助，或某个命令的用法、选项、退出码和示例（与 wujian <命令> --help 相同）。',
    en: 'Shows the help of wujian, or the usage, options, exit codes and examples of one command (as wujian <command> --help does).',
  },
  positionals: { min: 0, max: 1, message: { zh: '只能给出一个命令', en: 'Give at most one command' } },
  options: {},
  exits: [[Exit.OK, { zh: '成功', en: 'success' }], USAGE_EXIT],
  examples: ['help compare'],
  load: () => import('../commands/help.js'),
});
