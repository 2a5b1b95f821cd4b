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
  simulate <文件>                  蒙特卡洛模拟（事项或一件事）：用时分布、超时限的概率、办理结果
  compare  <改革前> <改革后>        改革前后对比：压减量、压减率、减量清单、目标达成、节省成本
  init     <文件>                  生成一个带注释的事项模板
  report   <改革前> <改革后>       生成一个自包含的 HTML 对比报告，可离线打开（U 盘拷走即可）
  view     [文件夹]                在本机浏览器中查看改革前后对比看板（仅 127.0.0.1）
  help     [命令]                  显示帮助

选项：
  --lang zh|en   输出语言（默认中文）
  -h, --help     显示帮助

示例：
  wujian validate processes
  wujian analyze processes/food-business-licence --format md
  wujian simulate processes/food-business-licence/before.yaml --runs 100000 --seed 1
  wujian compare processes/newborn-birth/before.yaml processes/newborn-birth/after.yaml
  wujian init processes/my-item/before.yaml
  wujian report processes/food-business-licence/before.yaml processes/food-business-licence/after.yaml -o 报告.html
  wujian view
`,
  en: `wujian (五减) — administrative-approval streamlining analysis: fewer items, materials, steps, days and fees

Usage:
  wujian <command> [arguments…] [--lang zh|en]

Commands:
  validate <files|folders|globs…>  check procedure YAML files, with located errors and hints
  analyze  <files|folders…>        measure materials, steps, time limits, fees and trips
  simulate <file>                  Monte Carlo of a procedure or bundle: time, chance of exceeding each limit, outcomes
  compare  <before> <after>        before vs after: cuts, the reduction ledger, targets, money saved
  init     <file>                  write a commented starting procedure
  report   <before> <after>        write one self-contained HTML report that opens offline
  view     [folder]                serve the before/after dashboard on this computer (127.0.0.1)
  help     [command]               show help

Options:
  --lang zh|en   language of the output (default Chinese)
  -h, --help     show help

Examples:
  wujian validate processes
  wujian analyze processes/food-business-licence --format md
  wujian simulate processes/food-business-licence/before.yaml --runs 100000 --seed 1
  wujian init processes/my-item/before.yaml
  wujian report processes/food-business-licence/before.yaml processes/food-business-licence/after.yaml -o report.html
  wujian view
`,
};

const COMMANDS: Record<string, Record<Lang, string>> = {
  compare: {
    zh: `用法：wujian compare <改革前> <改革后> [选项…]
      wujian compare --all <文件夹…> [选项…]

对比改革前后两个版本。每一侧可以是单个事项，也可以是“一件事”（例如改革前 7 个事项分别办理，
改革后合并为一个事项）。给出事项、材料、份数、环节、法定/承诺时限、模型用时、费用、跑动、部门的
改革前后数值、压减量和压减率（(改革前 − 改革后) ÷ 改革前，保留两位小数），指标上升时写“增加”；
列出减量清单（每份材料、每个环节、每次跑动、每项费用、每个事项如何被取消、共享、承诺、容缺、合并），
检查改革目标，并按标准成本模型估算每年为企业群众节省的成本（附计算公式）。
--all 在文件夹中查找 id 相同、版本标签分别为“改革前”“改革后”的文件，逐对对比。

选项：
  --format table|json|md   table（默认，终端表格）、json（符合 schemas/comparison.schema.json；--all 时为数组）、md（汇报材料）
  -o, --out <文件>         写入文件（完整写入，不会留下半个文件）
  --all                    对比文件夹中所有改革前后文件对
  --map 旧id=新id          改了 id 的事项、材料、环节（可重复）
  --map-file <文件>        改名表（YAML：旧id: 新id）
  --target <目标>          改革目标，可重复，例如 --target 材料压减至少30% --target 跑动不超过1 --target 承诺时限不超过5（写 >= <= 时请加引号）
  --targets <文件>         目标文件（YAML，见 schemas/targets.schema.json）
  --volume <N|事项id=N>    年办件量，覆盖事项文件中的 volume（可重复）
  --hourly-cost <元>       申请人时薪（默认 57.81：2023 年城镇非私营单位就业人员年平均工资 120698 元 ÷ 2088 小时）
  --trip-cost <元>         每次跑动成本（默认 251.22：半个工作日 4 小时 × 时薪 + 交通 20 元，模型估计）
  --prep-hours <小时>      每份材料准备时间（默认 0.5，模型估计）
  --wait-hours <小时>      每等待一个工作日计入的小时数（默认 0.5，模型估计）
  --step-counting stage|per-step  环节口径：stage（默认）并联审批计 1 个环节；per-step 并联分支各环节逐个计（非默认口径，输出中注明）
  --lang zh|en             输出语言（默认中文）

退出码：0 成功；1 有文件存在错误；2 命令行用法错误；3 有目标未达标

示例：
  wujian compare processes/newborn-birth/before.yaml processes/newborn-birth/after.yaml
  wujian compare processes/open-restaurant/before.yaml processes/open-restaurant/after.yaml --format md -o 对比.md
  wujian compare --all processes --target 材料压减至少30% --target 跑动不超过1
`,
    en: `Usage: wujian compare <before> <after> [options…]
       wujian compare --all <folders…> [options…]

Compares two versions. Each side is a procedure or a bundle (so five separate items can be compared
with one merged procedure). For items, materials, copies, steps, statutory and committed limits,
modelled time, fees, trips and departments it gives the figure before and after, the cut and the cut
in percent ((before − after) ÷ before, two decimals), and says "up" when a figure rose; it lists the
reduction ledger (how each material, step, trip, fee and item was cancelled, shared, committed,
deferred or merged), checks targets, and estimates the yearly burden saved by the Standard Cost Model,
with the formula. --all finds files with one id and the labels 改革前 and 改革后 and compares each pair.

Options:
  --format table|json|md   table (default), json (schemas/comparison.schema.json; an array with --all) or md (a report)
  -o, --out <file>         write to a file (whole or not at all)
  --all                    compare every before/after pair under the folders
  --map old=new            an item, material or step whose id changed (repeatable)
  --map-file <file>        renames as YAML (old-id: new-id)
  --target <target>        a target, repeatable: --target 'materials cut>=30%' --target 'trips<=1' (quote >= and <= in a shell)
  --targets <file>         a targets file (YAML, schemas/targets.schema.json)
  --volume <N|item=N>      cases a year, overriding each file's volume (repeatable)
  --hourly-cost <yuan>     applicant's hourly cost (default 57.81: 2023 average urban non-private wage 120,698 ÷ 2,088 h)
  --trip-cost <yuan>       one trip (default 251.22: 4 hours at the hourly cost + 20 yuan travel, an estimate)
  --prep-hours <hours>     hours to prepare one copy (default 0.5, an estimate)
  --wait-hours <hours>     hours counted per working day waited (default 0.5, an estimate)
  --step-counting stage|per-step  how 环节 are counted: stage (default) a parallel stage is one step; per-step every step (named as not the default)
  --lang zh|en             language of the output (default Chinese)

Exit codes: 0 success; 1 some file has an error; 2 usage error; 3 a target is not met

Examples:
  wujian compare processes/newborn-birth/before.yaml processes/newborn-birth/after.yaml
  wujian compare processes/open-restaurant/before.yaml processes/open-restaurant/after.yaml --format md -o report.md
  wujian compare --all processes --target 'materials cut>=30%' --target 'trips<=1'
`,
  },
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
  --step-counting stage|per-step  环节口径：stage（默认）并联审批计 1 个环节；per-step 并联分支各环节逐个计
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
  --step-counting stage|per-step  how 环节 are counted: stage (default) a parallel stage is one step; per-step every step
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
“一件事”文件：每件同时办理其中每个事项各一件，按 after 先后关系排期（没有先后关系的事项同时办理），
用时取最后办结的事项，跑动和补正为各事项之和，全部事项准予办结才算准予办结；并列出各事项在关键路径上的比例。

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
  wujian simulate processes/newborn-birth/before.yaml --runs 20000 --seed 1
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
A bundle file: each case runs one case of every item and schedules them by their after: order (items with
no order between them run at the same time); time is the last item's finish, trips and corrections are
summed, and a case is approved only when every item is. Each item's share on the critical path is listed.

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
  wujian simulate processes/newborn-birth/before.yaml --runs 20000 --seed 1
`,
  },
  report: {
    zh: `用法：wujian report <改革前文件> <改革后文件> [-o 文件] [--lang zh|en]
      wujian report <文件夹> [-o 文件] [--lang zh|en]

比较一个事项（或“一件事”）改革前后的两个版本，生成一个 HTML 文件：五减指标看板、流程图、时间线、
用时分布、材料矩阵和精简台账，与 wujian view 的图表相同。数据、脚本、样式和中文字体（思源黑体，
只保留报告用到的字）全部内嵌，不需要网络和服务器，拷到 U 盘后双击即可在浏览器中打开和演示。
给出一个文件夹时，使用其中的 before.yaml 和 after.yaml；改革后文件旁有 targets.yaml 时，标出各项目标是否达标。

选项：
  -o, --out <文件>   写入的 HTML 文件（默认 report.html；完整写入，不会留下半个文件）
  --lang zh|en       提示信息的语言（默认中文）

退出码：0 成功；1 文件有错误或无法写入；2 命令行用法错误

示例：
  wujian report processes/food-business-licence/before.yaml processes/food-business-licence/after.yaml -o 食品经营许可.html
  wujian report processes/open-restaurant -o 开办餐饮店.html
`,
    en: `Usage: wujian report <before file> <after file> [-o file] [--lang zh|en]
       wujian report <folder> [-o file] [--lang zh|en]

Compares the two versions of an item (or a bundle) and writes one HTML file: the five-cuts dashboard,
process diagrams, timeline, time distribution, materials matrix and ledger, the same charts as
wujian view. Data, scripts, styles and the Chinese font (Noto Sans SC, cut down to the characters the
report uses) are all inline: no network, no server; copy it to a USB stick and open it in a browser.
Given a folder, uses its before.yaml and after.yaml; a targets.yaml beside the after file marks the targets
met or not.

Options:
  -o, --out <file>   the HTML file to write (default report.html; whole or not at all)
  --lang zh|en       language of the messages (default Chinese)

Exit codes: 0 success; 1 some file has an error or the output cannot be written; 2 usage error

Examples:
  wujian report processes/food-business-licence/before.yaml processes/food-business-licence/after.yaml -o food-licence.html
  wujian report processes/open-restaurant -o open-restaurant.html
`,
  },
  view: {
    zh: `用法：wujian view [文件夹] [--port 端口] [--lang zh|en]

在本机启动一个只监听 127.0.0.1 的网页服务，展示文件夹中每一对改革前后版本的对比看板（默认 processes/）。
文件夹本身含有 before.yaml 和 after.yaml 时展示这一对；否则展示其下每个含有这两个文件的子文件夹。
先在终端打印各事项的五减对比摘要，再打印网址；按 Ctrl+C 停止。首次运行时会自动构建网页（需已 npm install）。

选项：
  --port <端口>   监听端口（默认 5178；0 表示自动选择空闲端口）
  --lang zh|en    终端信息的语言（默认中文）

示例：
  wujian view
  wujian view processes/open-restaurant --port 8080
`,
    en: `Usage: wujian view [folder] [--port port] [--lang zh|en]

Serves the before/after dashboard of every pair in the folder (default processes/) on 127.0.0.1 only.
A folder holding before.yaml and after.yaml is one pair; otherwise each subfolder holding both is.
Prints each pair's comparison summary, then the URL; press Ctrl+C to stop. The web app is built on the
first run (after npm install).

Options:
  --port <port>   port to listen on (default 5178; 0 picks a free one)
  --lang zh|en    language of the messages (default Chinese)

Examples:
  wujian view
  wujian view processes/open-restaurant --port 8080
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

