/** `wujian simulate`: a seeded Monte Carlo run of one procedure or bundle. */
import { MAX_SEED, RUNS_RANGE } from '../../analysis/defaults.js';
import { Exit } from '../io.js';
import { DATE_OPTIONS, INTERRUPTED_EXIT, OK_EXIT, OUT_OPTION, USAGE_EXIT } from './common.js';
import { defineCommand } from './types.js';

/** Cases `simulate` runs unless told otherwise. */
export const DEFAULT_RUNS = 100_000;

/** Seed `simulate` uses unless told otherwise. */
export const DEFAULT_SEED = 42;

/** Options of `simulate`. */
export const simulateOptions = {
  runs: {
    type: 'whole',
    value: { zh: 'N', en: 'N' },
    min: RUNS_RANGE.min,
    max: RUNS_RANGE.max,
    default: DEFAULT_RUNS,
    description: { zh: '模拟的案件数', en: 'cases to simulate' },
  },
  seed: {
    type: 'whole',
    value: { zh: 'N', en: 'N' },
    min: 0,
    max: MAX_SEED,
    plain: true,
    default: DEFAULT_SEED,
    description: { zh: '随机种子；同一文件、同一种子，输出完全相同', en: 'random seed; the same file and seed give the same output' },
  },
  ...DATE_OPTIONS,
  format: {
    type: 'choice',
    choices: ['table', 'json'],
    default: 'table',
    description: { zh: '输出格式：table（终端表格）或 json（符合 schemas/simulation.schema.json）', en: 'table or json (conforms to schemas/simulation.schema.json)' },
  },
  engine: {
    type: 'choice',
    choices: ['fast', 'reference'],
    default: 'fast',
    description: {
      zh: 'fast（编译后的状态表）或 reference（逐步驱动 XState 状态机，慢，用于核对）',
      en: 'fast (a compiled table) or reference (steps the XState machine; slow, for checking)',
    },
  },
  out: OUT_OPTION,
} as const;

export const simulate = defineCommand({
  name: 'simulate',
  usage: [{ zh: '<文件>', en: '<file>' }],
  summary: {
    zh: '蒙特卡洛模拟（事项或一件事）：用时分布、超时限的概率、办理结果',
    en: 'Monte Carlo of a procedure or bundle: time, chance of exceeding each limit, outcomes',
  },
  description: {
    zh: `把一个事项按文件中写的概率和时长随机办理许多次（蒙特卡洛模拟）：每一步按时长分布（fixed 固定、
uniform 均匀、triangular 三角、lognormal 对数正态）抽取用时，按概率选择下一步，补正等循环不超过 max 次，
并联审批取最慢的分支，不计入法定时限的时间（行政许可法第四十五条）单独计算。
输出办理用时、计入时限的用时、跑动次数的平均值、中位数、P90、P95 和分布，超过法定和承诺时限的案件比例
（含 95% 置信区间），各办理结果的比例，平均补正次数，以及用时最多的环节。
同一文件、同一种子，输出完全相同。终端中显示进度条；按 Ctrl-C 可中途停止，并输出已完成部分的结果。
“一件事”文件：每件同时办理其中每个事项各一件，按 after 先后关系排期（没有先后关系的事项同时办理），
用时取最后办结的事项，跑动和补正为各事项之和，全部事项准予办结才算准予办结；并列出各事项在关键路径上的比例。`,
    en: `Runs a procedure many times at random (Monte Carlo), as its file describes: each step's duration is drawn
from its distribution (fixed, uniform, triangular, lognormal), the next step is chosen by probability,
corrections repeat at most max times, a parallel block waits for its slowest branch, and time that does
not count toward the statutory limit (Art. 45) is kept apart.
Prints the mean, median, p90, p95 and distribution of total time, counted time and trips, the share of
cases over the statutory and committed limits (with a 95% confidence interval), the outcomes, the mean
number of corrections and the steps that take the most time. The same file and seed give the same output.
On a terminal a progress bar is shown; Ctrl-C stops the run and prints the figures of the cases done.
A bundle file: each case runs one case of every item and schedules them by their after: order (items with
no order between them run at the same time); time is the last item's finish, trips and corrections are
summed, and a case is approved only when every item is. Each item's share on the critical path is listed.`,
  },
  positionals: { min: 1, max: 1, message: { zh: '请给出一个要模拟的事项文件', en: 'Give one procedure file to simulate' } },
  options: simulateOptions,
  exits: [OK_EXIT, [Exit.INVALID, { zh: '文件有错误', en: 'the file has an error' }], USAGE_EXIT, INTERRUPTED_EXIT],
  examples: [
    'simulate processes/food-business-licence/before.yaml --runs 100000 --seed 1',
    'simulate processes/food-business-licence/after.yaml --start-date 2024-09-27',
    { zh: 'simulate processes/construction-permit/before.yaml --format json -o 模拟.json', en: 'simulate processes/construction-permit/before.yaml --format json -o simulation.json' },
    'simulate processes/newborn-birth/before.yaml --runs 20000 --seed 1',
  ],
  load: () => import('../commands/simulate.js'),
});
