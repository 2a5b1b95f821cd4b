/** `wujian validate`: check files like a compiler. */
import { Exit } from '../io.js';
import { USAGE_EXIT } from './common.js';
import { defineCommand } from './types.js';

/** Options of `validate`. */
export const validateOptions = {
  format: {
    type: 'choice',
    choices: ['text', 'json'],
    default: 'text',
    description: { zh: '输出格式：text（类似编译器输出）或 json（供程序读取）', en: 'text (like a compiler\'s output) or json (for programs)' },
  },
} as const;

export const validate = defineCommand({
  name: 'validate',
  usage: [{ zh: '<文件|文件夹|通配符…>', en: '<files|folders|globs…>' }],
  summary: { zh: '校验事项 YAML 文件，给出带行列号的错误和提示', en: 'check procedure YAML files, with located errors and hints' },
  description: {
    zh: `校验事项和“一件事”YAML 文件：先按 schemas/ 中的 JSON Schema 检查格式，再检查流程本身
（转移目标是否存在、步骤能否到达、循环是否有次数上限、材料是否定义、概率之和、时限是否合理等）。
“一件事”文件连同其中的每个事项一起校验。节假日安排文件（顶层为 years:）和 wujian.yaml 按各自的 Schema 和规则检查。
文件夹会递归查找 .yaml/.yml 文件；文件很多时（200 个以上，例如从实施清单导入的整个目录）在多个线程中同时校验，结果相同。`,
    en: `Checks procedure and bundle YAML files: first against the JSON Schemas in schemas/, then the process
itself (targets exist, steps are reachable, loops are bounded, materials are defined, probabilities
add up, limits agree). A bundle is checked with each of its items. Holiday calendars (years: at the top)
and wujian.yaml are checked by their own schemas and rules. Folders are searched recursively for
.yaml/.yml files; many files (200 or more, such as a whole catalogue imported from an 实施清单) are
checked in several threads at once, with the same result.`,
  },
  positionals: { min: 1, max: Infinity, message: { zh: '请给出要校验的文件或文件夹', en: 'Give the files or folders to check' } },
  options: validateOptions,
  exits: [
    [Exit.OK, { zh: '全部有效（可有警告）', en: 'all valid (warnings allowed)' }],
    [Exit.INVALID, { zh: '有错误', en: 'some file has an error' }],
    USAGE_EXIT,
  ],
  examples: ['validate processes', 'validate "processes/**/after.yaml" --format json'],
  load: () => import('../commands/validate.js'),
});
