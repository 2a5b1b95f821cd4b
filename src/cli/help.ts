/** Help texts: Usage, Options and Examples for the program and for each command, in both languages. */
import { DEFAULT_PATH_LIMIT as DEFAULT_LIMIT } from '../analysis/enumerate.js';
import type { Lang } from '../model/types.js';

const DEFAULT_RUNS_TEXT = '100,000';

const MAIN = {
  zh: `wujian（五减）— 行政审批流程精简分析：减事项、减材料、减环节、减时限、减费用

用法：
  wujian <命令> [参数…] [--lang zh|en]

命令：
  validate <文件|文件夹|通配符…>   校验事项 YAML 文件，给出带行列号的错误和提示
  analyze  <文件|文件夹…>          计算五减指标：材料、环节、时限、费用、跑动次数
  simulate <文件>                  蒙特卡洛模拟：用时分布、超时限的概率、办理结果
  init     <文件>                  生成一个带注释的事项模板
  help     [命令]                  显示帮助

选项：
  --lang zh|en   输出语言（默认中文）
  -h, --help     显示帮助

示例：
  wujian validate processes
  wujian analyze processes/food-business-licence --format md
  wujian simulate processes/food-business-licence/before.yaml --runs 100000 --seed 1
  wujian init processes/my-item/before.yaml
`,
  en: `wujian (五减) — administrative-approval streamlining analysis: fewer items, materials, steps, days and fees

Usage:
  wujian <command> [arguments…] [--lang zh|en]

Commands:
  validate <files|folders|globs…>  check procedure YAML files, with located errors and hints
  analyze  <files|folders…>        measure materials, steps, time limits, fees and trips
  simulate <file>                  Monte Carlo: distribution of time, chance of exceeding each limit, outcomes
  init     <file>                  write a commented starting procedure
  help     [command]               show help

Options:
  --lang zh|en   language of the output (default Chinese)
  -h, --help     show help

Examples:
  wujian validate processes
  wujian analyze processes/food-business-licence --format md
  wujian simulate processes/food-business-licence/before.yaml --runs 100000 --seed 1
  wujian init processes/my-item/before.yaml
`,
};

const COMMANDS: Record<string, Record<Lang, string>> = {
  validate: {
    zh: `用法：wujian validate <文件|文件夹|通配符…> [--format text|json] [--lang zh|en]

校验事项和“一件事”YAML 文件：先按 schemas/ 中的 JSON Schema 检查格式，再检查流程本身
（转移目标是否存在、步骤能否到达、循环是否有次数上限、材料是否定义、概率之和、时限是否合理等）。
文件夹会递归查找 .yaml/.yml 文件。

选项：
  --format text|json   输出格式：text（默认，类似编译器输出）或 json（供程序读取）
  --lang zh|en         输出语言（默认中文）

退出码：0 全部有效（可有警告）；1 有错误；2 命令行用法错误

示例：
  wujian validate processes
  wujian validate "processes/**/after.yaml" --format json
`,
    en: `Usage: wujian validate <files|folders|globs…> [--format text|json] [--lang zh|en]

Checks procedure and bundle YAML files: first against the JSON Schemas in schemas/, then the process
itself (targets exist, steps are reachable, loops are bounded, materials are defined, probabilities
add up, limits agree). Folders are searched recursively for .yaml/.yml files.

Options:
  --format text|json   text (default, like a compiler's output) or json (for programs)
  --lang zh|en         language of the output (default Chinese)

Exit codes: 0 all valid (warnings allowed); 1 some file has an error; 2 usage error

Examples:
  wujian validate processes
  wujian validate "processes/**/after.yaml" --format json
`,
  },
  analyze: {
    zh: `用法：wujian analyze <文件|文件夹…> [--format table|json|md] [--start-date YYYY-MM-DD] [--out 文件] [--list-paths] [--lang zh|en]

计算每个事项版本的五减指标：事项数、材料数（标准路径和全流程，及数据共享、告知承诺、容缺、取消的份数）、
环节数、时限（法定、承诺，以及标准/最快/最慢路径用时，区分是否计入法定时限）、费用、跑动次数、是否即办、涉及部门，
并给出合规提示（超承诺/法定时限、需多次到现场、补正未做到一次性告知）。
最快、最慢、标准路径由精确算法（在状态图上动态规划）求出，路径再多也不会变慢。

选项：
  --format table|json|md   输出格式：table（默认，终端表格）、json（符合 schemas/analysis.schema.json）、md（可贴入报告的 Markdown）
  --start-date YYYY-MM-DD  申请日期：按国家法定节假日和调休安排，给出各路径的办结日期和自然日数
  -o, --out <文件>         写入文件（完整写入，不会留下半个文件）
  --list-paths             逐条列出所有路径（路径多时受 --limit 限制）
  --limit <N>              --list-paths 最多列出的路径数（默认 ${DEFAULT_LIMIT}）
  --lang zh|en             输出语言（默认中文）

退出码：0 成功；1 有文件存在错误；2 命令行用法错误

示例：
  wujian analyze processes
  wujian analyze processes/food-business-licence --format md --out 报告.md
  wujian analyze processes/food-business-licence/before.yaml --start-date 2024-09-27
`,
    en: `Usage: wujian analyze <files|folders…> [--format table|json|md] [--start-date YYYY-MM-DD] [--out file] [--list-paths] [--lang zh|en]

Measures each procedure: items, materials (on the standard path and over the whole procedure, and how many
are shared, committed, deferred or cancelled), steps, time (statutory, committed, and the standard, fastest
and slowest paths, counted and not counted toward the limit), fees, trips, on-the-spot handling and
departments, with compliance findings. The named paths come from an exact method (dynamic programming over
the state graph), which stays fast however many paths there are.

Options:
  --format table|json|md   table (default), json (conforms to schemas/analysis.schema.json) or md (Markdown for a report)
  --start-date YYYY-MM-DD  date of application: finish dates and calendar days on the official holiday calendar
  -o, --out <file>         write to a file (whole or not at all)
  --list-paths             list every path (up to --limit)
  --limit <N>              most paths --list-paths lists (default ${DEFAULT_LIMIT})
  --lang zh|en             language of the output (default Chinese)

Exit codes: 0 success; 1 some file has an error; 2 usage error

Examples:
  wujian analyze processes
  wujian analyze processes/food-business-licence --format md --out report.md
  wujian analyze processes/food-business-licence/before.yaml --start-date 2024-09-27
`,
  },
  simulate: {
    zh: `用法：wujian simulate <文件> [--runs N] [--seed N] [--start-date YYYY-MM-DD] [--format table|json] [--engine fast|reference] [--out 文件] [--lang zh|en]

把一个事项按文件中写的概率和时长随机办理许多次（蒙特卡洛模拟）：每一步按时长分布（fixed 固定、
uniform 均匀、triangular 三角、lognormal 对数正态）抽取用时，按概率选择下一步，补正等循环不超过 max 次，
并联审批取最慢的分支，不计入法定时限的时间（行政许可法第四十五条）单独计算。
输出办理用时、计入时限的用时、跑动次数的平均值、中位数、P90、P95 和分布，超过法定和承诺时限的案件比例
（含 95% 置信区间），各办理结果的比例，平均补正次数，以及用时最多的环节。
同一文件、同一种子，输出完全相同。终端中显示进度条；按 Ctrl-C 可中途停止，并输出已完成部分的结果。

选项：
  --runs <N>               模拟的案件数，1 到 10,000,000（默认 ${DEFAULT_RUNS_TEXT}）
  --seed <N>               随机种子，非负整数（默认 42）
  --start-date YYYY-MM-DD  申请日期：按法定节假日和调休安排，给出自然日的分布
  --format table|json      输出格式：table（默认，终端表格）或 json（符合 schemas/simulation.schema.json）
  --engine fast|reference  fast（默认，编译后的状态表）或 reference（逐步驱动 XState 状态机，慢，用于核对）
  -o, --out <文件>         写入文件（完整写入，不会留下半个文件）
  --lang zh|en             输出语言（默认中文）

退出码：0 成功；1 文件有错误；2 命令行用法错误；130 被 Ctrl-C 中断（已输出部分结果）

示例：
  wujian simulate processes/food-business-licence/before.yaml --runs 100000 --seed 1
  wujian simulate processes/food-business-licence/after.yaml --start-date 2024-09-27
  wujian simulate processes/construction-permit/before.yaml --format json -o 模拟.json
`,
    en: `Usage: wujian simulate <file> [--runs N] [--seed N] [--start-date YYYY-MM-DD] [--format table|json] [--engine fast|reference] [--out file] [--lang zh|en]

Runs a procedure many times at random (Monte Carlo), as its file describes: each step's duration is drawn
from its distribution (fixed, uniform, triangular, lognormal), the next step is chosen by probability,
corrections repeat at most max times, a parallel block waits for its slowest branch, and time that does
not count toward the statutory limit (Art. 45) is kept apart.
Prints the mean, median, p90, p95 and distribution of total time, counted time and trips, the share of
cases over the statutory and committed limits (with a 95% confidence interval), the outcomes, the mean
number of corrections and the steps that take the most time. The same file and seed give the same output.
On a terminal a progress bar is shown; Ctrl-C stops the run and prints the figures of the cases done.

Options:
  --runs <N>               cases to simulate, 1 to 10,000,000 (default ${DEFAULT_RUNS_TEXT})
  --seed <N>               random seed, a whole number ≥ 0 (default 42)
  --start-date YYYY-MM-DD  date of application: calendar days on the official holiday calendar
  --format table|json      table (default) or json (conforms to schemas/simulation.schema.json)
  --engine fast|reference  fast (default, a compiled table) or reference (steps the XState machine; slow, for checking)
  -o, --out <file>         write to a file (whole or not at all)
  --lang zh|en             language of the output (default Chinese)

Exit codes: 0 success; 1 the file has an error; 2 usage error; 130 interrupted by Ctrl-C (partial figures printed)

Examples:
  wujian simulate processes/food-business-licence/before.yaml --runs 100000 --seed 1
  wujian simulate processes/food-business-licence/after.yaml --start-date 2024-09-27
  wujian simulate processes/construction-permit/before.yaml --format json -o simulation.json
`,
  },
  init: {
    zh: `用法：wujian init <文件> [--force] [--lang zh|en]

在指定位置生成一个带中文注释的事项模板（含申请、受理、补正、审查、决定、办结），可直接校验和修改。
文件已存在时不会覆盖，除非加 --force。

示例：
  wujian init processes/my-item/before.yaml
`,
    en: `Usage: wujian init <file> [--force] [--lang zh|en]

Writes a commented starting procedure (apply, accept, correction, review, decision, completion) that
validates as it is. An existing file is not overwritten unless --force is given.

Examples:
  wujian init processes/my-item/before.yaml
`,
  },
};

/** The help text for `command`, or the program's help when it is not given or not known. */
export function helpText(lang: Lang, command?: string): string {
  return (command && COMMANDS[command]?.[lang]) || MAIN[lang];
}

