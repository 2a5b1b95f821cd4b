/** `wujian init`: a commented starting procedure. */
import { Exit } from '../io.js';
import { USAGE_EXIT } from './common.js';
import { defineCommand } from './types.js';

/** Options of `init`. */
export const initOptions = {
  force: { type: 'flag', description: { zh: '文件已存在时覆盖', en: 'overwrite an existing file' } },
} as const;

export const init = defineCommand({
  name: 'init',
  usage: [{ zh: '<文件>', en: '<file>' }],
  summary: { zh: '生成一个带注释的事项模板', en: 'write a commented starting procedure' },
  description: {
    zh: `在指定位置生成一个带中文注释的事项模板（含申请、受理、补正、审查、决定、办结），可直接校验和修改。
文件已存在时不会覆盖，除非加 --force。`,
    en: `Writes a commented starting procedure (apply, accept, correction, review, decision, completion) that
validates as it is. An existing file is not overwritten unless --force is given.`,
  },
  positionals: { min: 1, max: 1, message: { zh: '请给出一个要生成的文件名', en: 'Give one file name to write' } },
  options: initOptions,
  exits: [
    [Exit.OK, { zh: '已生成', en: 'written' }],
    [Exit.INVALID, { zh: '文件已存在或无法写入', en: 'the file exists or cannot be written' }],
    USAGE_EXIT,
  ],
  examples: ['init processes/my-item/before.yaml'],
  load: () => import('../commands/init.js'),
});
