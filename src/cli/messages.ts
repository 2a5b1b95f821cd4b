/**
 * The command line's own sentences (usage errors, what was written, what went wrong around the
 * files), each in Chinese and English. Diagnostics about what a file says are worded in
 * src/model/messages.ts; options and commands describe themselves in the command table (table/).
 * @example say('en', 'wrote', { file: 'a.md' }) // "Wrote a.md\n"
 */
import { LAST_DATE } from '../model/calendar/dates.js';
import { DATE_WORDS, type Bilingual, type Lang } from '../vocabulary/index.js';

/** A sentence in both languages, from the same arguments. */
interface Sentence<A> {
  zh: (a: A) => string;
  en: (a: A) => string;
}

function sentence<A = void>(zh: (a: A) => string, en: (a: A) => string): Sentence<A> {
  return { zh, en };
}

/** 10000000 → "10,000,000". */
const grouped = (n: number) => n.toLocaleString('en-US');

const SENTENCES = {
  // Usage errors: the first line after "错误：" / "error: ".
  usage: sentence<{ message: string; more: string }>(
    (a) => `错误：${a.message}\n  提示：运行 ${a.more} 查看用法。\n`,
    (a) => `error: ${a.message}\n  hint: run ${a.more} for usage.\n`,
  ),
  // A bug of wujian's reached the process: said in a sentence, the stack only when asked for.
  internalError: sentence<{ message: string }>(
    (a) => `wujian 内部错误（这是 wujian 的缺陷，不是文件写错了）：${a.message}\n  提示：请把所用的命令和文件发给维护者；设置环境变量 WUJIAN_DEBUG=1 再运行可看到调用栈。\n`,
    (a) => `wujian internal error (a bug in wujian, not a mistake in your files): ${a.message}\n  hint: please send the command and the files to the maintainers; run again with WUJIAN_DEBUG=1 to see the stack.\n`,
  ),
  badLang: sentence(() => '错误：--lang 只能是 zh 或 en / error: --lang must be zh or en\n', () => '错误：--lang 只能是 zh 或 en / error: --lang must be zh or en\n'),
  withSuggestion: sentence<{ message: string; hint: string }>((a) => `${a.message}，${a.hint}`, (a) => `${a.message}. ${a.hint}`),
  unknownCommand: sentence<{ command: string }>((a) => `不认识的命令 "${a.command}"`, (a) => `Unknown command "${a.command}"`),
  unknownOption: sentence<{ option: string }>((a) => `不认识的选项 ${a.option}`, (a) => `Unknown option ${a.option}`),
  missingValue: sentence<{ option: string }>((a) => `选项 ${a.option} 后面需要一个值`, (a) => `Option ${a.option} needs a value`),
  badChoice: sentence<{ option: string; choices: readonly string[] }>(
    (a) => `${a.option} 只能是 ${a.choices.join(', ')}`,
    (a) => `${a.option} must be one of ${a.choices.join(', ')}`,
  ),
  badWhole: sentence<{ option: string; min: number; max?: number; found: string; show: (n: number) => string }>(
    (a) => `${a.option} 应为${a.max === undefined ? (a.min === 1 ? '正整数' : `不小于 ${a.show(a.min)} 的整数`) : ` ${a.show(a.min)} 到 ${a.show(a.max)} 之间的整数`}（实际为 "${a.found}"）`,
    (a) => `${a.option} must be ${a.max === undefined ? (a.min === 1 ? 'a positive whole number' : `a whole number, ${a.show(a.min)} or more`) : `a whole number from ${a.show(a.min)} to ${a.show(a.max)}`} (found "${a.found}")`,
  ),
  badNumber: sentence<{ option: string; min: number; max?: number; found: string; show: (n: number) => string }>(
    (a) => `${a.option} 应为${a.max === undefined ? (a.min === 0 ? '非负数' : `不小于 ${a.show(a.min)} 的数`) : ` ${a.show(a.min)} 到 ${a.show(a.max)} 之间的数`}（实际为 "${a.found}"）`,
    (a) => `${a.option} must be ${a.max === undefined ? (a.min === 0 ? 'a number, 0 or more' : `a number, ${a.show(a.min)} or more`) : `a number from ${a.show(a.min)} to ${a.show(a.max)}`} (found "${a.found}")`,
  ),
  // Output formats chosen by -o's extension (the command table's byExtension)
  unknownExtension: sentence<{ file: string; extension: string; option: string; known: readonly string[] }>(
    (a) => `不知道 -o ${a.file} 要写成什么格式：不认识扩展名 ${a.extension}；可用的扩展名是 ${a.known.join(' ')}，或用 ${a.option} 指定格式`,
    (a) => `cannot tell which format -o ${a.file} asks for: the extension ${a.extension} is not one of ${a.known.join(' ')}; use one of them, or give ${a.option}`,
  ),
  extensionMismatch: sentence<{ file: string; option: string; format: string; named: string }>(
    (a) => `-o ${a.file} 是 ${a.named} 文件的名字，但 ${a.option} 是 ${a.format}；请去掉 ${a.option}（按扩展名写成 ${a.named}），或换一个与格式相符的扩展名`,
    (a) => `-o ${a.file} names a ${a.named} file but ${a.option} is ${a.format}; leave out ${a.option} (the extension then chooses ${a.named}), or use a name that fits the format`,
  ),
  fileOnlyFormat: sentence<{ option: string; format: string; extension: string }>(
    (a) => `${a.option} ${a.format} 写出的是文件，不能输出到屏幕；请用 -o 给出文件名，例如 -o 对比${a.extension}`,
    (a) => `${a.option} ${a.format} writes a file, which is not printed; name it with -o, e.g. -o comparison${a.extension}`,
  ),
  formatByExtension: sentence<{ known: readonly string[]; fallback: string }>(
    (a) => `；不写时按 -o 文件的扩展名（${a.known.join(' ')}）选择，无扩展名或输出到屏幕时为 ${a.fallback}`,
    (a) => `; when not given, the extension of -o's file (${a.known.join(' ')}) chooses, else ${a.fallback}`,
  ),
  // Help
  optionNote: sentence<{ range?: [string, string]; value?: string; note?: string }>(
    (a) => `（${[a.range && `${a.range[0]} 到 ${a.range[1]}`, a.value && `默认 ${a.value}${a.note ? `：${a.note}` : ''}`].filter(Boolean).join('，')}）`,
    (a) => ` (${[a.range && `${a.range[0]} to ${a.range[1]}`, a.value && `default ${a.value}${a.note ? `: ${a.note}` : ''}`].filter(Boolean).join('; ')})`,
  ),
  commonOptions: sentence<{ options: string }>((a) => `每个命令都接受 ${a.options}。`, (a) => `Every command takes ${a.options}.`),
  generated: sentence(
    () => '<!-- 本节由 `npm run docs` 从命令表（src/cli/table/）生成，请勿手改。 -->',
    () => '<!-- Written by `npm run docs` from the command table (src/cli/table/); do not edit by hand. -->',
  ),
  // compare
  badMap: sentence<{ found: string }>((a) => `--map 应写成 旧id=新id（实际为 "${a.found}"）`, (a) => `--map takes old-id=new-id (found "${a.found}")`),
  badTarget: sentence<{ target: string; why: Bilingual; names: string }>(
    (a) => `看不懂目标 "${a.target}"（${a.why.zh}）；请写成“材料压减>=30%”“材料压减30%以上”“跑动<=1”或“承诺时限压缩至5个工作日以内”，指标可以是：${a.names}`,
    (a) => `The target "${a.target}" cannot be read (${a.why.en}); write e.g. 材料压减>=30%, 材料压减30%以上, trips<=1 or 承诺时限压缩至5个工作日以内`,
  ),
  badVolume: sentence<{ found: string; max: number }>(
    (a) => `--volume 应为 0 到 ${grouped(a.max)} 的整数，或 事项id=整数（实际为 "${a.found}"）`,
    (a) => `--volume takes a whole number from 0 to ${grouped(a.max)}, or item-id=number (found "${a.found}")`,
  ),
  compareFolders: sentence(
    () => '错误：compare 需要两个文件（改革前、改革后），不能是文件夹；要对比文件夹中所有文件对，请用 --all\n',
    () => 'error: compare takes two files (before, after), not folders; to compare every pair in a folder, use --all\n',
  ),
  noPairs: sentence<{ folders: string }>(
    (a) => `错误：${a.folders} 中没有找到改革前后成对的文件\n  提示：一对是 id 相同、version.label 分别为“改革前”“改革后”的两个文件，例如每个事项一个文件夹，内有 before.yaml 和 after.yaml。\n`,
    (a) => `error: no before/after pairs found in ${a.folders}\n  hint: a pair is two files with one id, labelled 改革前 and 改革后 (version.label), e.g. a folder per item holding before.yaml and after.yaml.\n`,
  ),
  targetsMissed: sentence<{ count: number }>((a) => `未达标：${a.count} 个目标没有达到。\n`, (a) => `Targets missed: ${a.count}.\n`),
  comparisonTitle: sentence(() => '# 改革前后对比\n\n', () => '# Before and after the reform\n\n'),
  // analyze
  // `all` is absent when the count is past what any --limit could list (2^53).
  pathsOverLimit: sentence<{ head: string; total: string; limit: number; all?: number }>(
    (a) => `${a.head}：共 ${a.total} 条，超过上限 ${a.limit} 条，未逐条列出。\n  提示：五减指标（最快、最慢、标准路径）已用精确算法算出，不受此上限影响${a.all === undefined ? '' : `；如确需列出，请加 --limit ${a.all}`}。\n`,
    (a) => `${a.head}: ${a.total} paths, more than the limit of ${a.limit}; not listed.\n  hint: the measures above come from the exact method and do not depend on this limit${a.all === undefined ? '' : `; to list them anyway, add --limit ${a.all}`}.\n`,
  ),
  pathsHead: sentence<{ name: string; label: string }>((a) => `\n${a.name} [${a.label}] 的全部路径`, (a) => `\nAll paths of ${a.name} [${a.label}]`),
  pathsCount: sentence<{ count: number }>((a) => `（${a.count} 条）`, (a) => ` (${a.count})`),
  trips: sentence(() => '跑动', () => 'trips'),
  // --start-date and the holiday calendar
  dateBeyondCalendar: sentence<{ start: string; days: number }>(
    (a) =>
      `错误：从 ${a.start} 起算 ${grouped(a.days)} 个工作日，办结日期在 ${LAST_DATE} 之后，无法给出日期\n  提示：请检查各环节 duration 的数值和单位（工作日或小时）与补正循环的次数；只看工作日数时不写 --start-date。\n`,
    (a) =>
      `error: ${grouped(a.days)} working days from ${a.start} end after ${LAST_DATE}, which no date can be given for\n  hint: check the steps' durations and their units (workdays or hours) and the loops' bounds; leave out --start-date for working days alone.\n`,
  ),
  badStartDate: sentence<{ found: string; written: string; missing: string }>(
    (a) =>
      a.missing
        ? `--start-date "${a.found}" 不是真实的日期：${DATE_WORDS.noSuchDay.zh(a.missing)}`
        : `--start-date 应为 YYYY-MM-DD 格式的真实日期，${a.written ? `请写 ${a.written}` : '例如 2024-09-27'}（实际为 "${a.found}"）`,
    (a) =>
      a.missing
        ? `--start-date "${a.found}" is no real date: ${DATE_WORDS.noSuchDay.en(a.missing)}`
        : `--start-date must be a real date written YYYY-MM-DD, ${a.written ? `here ${a.written}` : 'e.g. 2024-09-27'} (found "${a.found}")`,
  ),
  startDateOutside: sentence<{ date: string; first: number; last: number }>(
    (a) => `--start-date ${a.date} 应在 ${a.first} 至 ${a.last} 年之间（农历节日只能推算到这些年）`,
    (a) => `--start-date ${a.date} must lie in ${a.first}–${a.last} (the years whose lunar holidays can be computed)`,
  ),
  // simulate
  oneFileToSimulate: sentence<{ file: string; count: number }>(
    (a) => `错误：${a.file} 中有 ${a.count} 个事项文件，simulate 一次模拟一个事项或一件事\n  提示：请给出一个文件，例如 ${a.file}/before.yaml。\n`,
    (a) => `error: ${a.file} holds ${a.count} procedure files; simulate runs one procedure or bundle at a time\n  hint: give one file, e.g. ${a.file}/before.yaml.\n`,
  ),
  notSimulable: sentence<{ file: string }>(
    (a) => `错误：${a.file} 不是事项或一件事文件，无法模拟\n  提示：节假日安排和 wujian.yaml 由命令自动读取（或用 --calendar 指定），不需要作为模拟对象给出。\n`,
    (a) => `error: ${a.file} is not a procedure or bundle file and cannot be simulated\n  hint: holiday calendars and wujian.yaml are read by the commands themselves (or named with --calendar).\n`,
  ),
  interrupted: sentence<{ completed: number; runs: number }>(
    (a) => `已中断：完成了 ${grouped(a.completed)} / ${grouped(a.runs)} 件，以下是已完成部分的结果。\n`,
    (a) => `Interrupted: ${grouped(a.completed)} of ${grouped(a.runs)} cases done; the figures below cover those.\n`,
  ),
  progress: sentence(
    () => '模拟 {bar} {percentage}% · {value}/{total} 件 · {speed} 件/秒 · 剩余 {eta_formatted}',
    () => 'simulating {bar} {percentage}% · {value}/{total} cases · {speed} cases/s · {eta_formatted} left',
  ),
  // validate
  checked: sentence<{ files: number; valid: number; errors: number; warnings: number }>(
    (a) => `\n共检查 ${a.files} 个文件：${a.valid} 个有效，${a.files - a.valid} 个有错误；${a.errors} 个错误，${a.warnings} 个警告。\n`,
    (a) => `\nChecked ${a.files} file(s): ${a.valid} valid, ${a.files - a.valid} with errors; ${a.errors} error(s), ${a.warnings} warning(s).\n`,
  ),
  // init
  notYaml: sentence<{ file: string }>((a) => `错误：文件名应以 .yaml 结尾：${a.file}\n`, (a) => `error: the file name should end in .yaml: ${a.file}\n`),
  yearWithoutCalendar: sentence(() => '--year 只用于 --calendar（生成节假日安排）', () => '--year goes with --calendar (a holiday calendar)'),
  calendarWithTemplate: sentence(
    () => '--calendar 生成节假日安排文件，不能与 --template 一件事 同时使用',
    () => '--calendar writes a holiday calendar and does not go with --template bundle',
  ),
  exists: sentence<{ files: readonly string[] }>(
    (a) => `错误：${a.files.join('、')} 已存在，未覆盖。\n  提示：换一个文件名，或加 --force 覆盖。\n`,
    (a) => `error: ${a.files.join(', ')} already exists and was not overwritten.\n  hint: choose another name, or add --force.\n`,
  ),
  initialised: sentence<{ files: readonly string[]; check: string }>(
    (a) => `已生成 ${a.files.join('、')}。编辑后运行：wujian validate ${a.check}\n`,
    (a) => `Wrote ${a.files.join(', ')}. Edit, then run: wujian validate ${a.check}\n`,
  ),
  // suggest
  badRule: sentence<{ option: string; found: string; known: string; hint: string }>(
    (a) => `${a.option} 不认识规则 "${a.found}"${a.hint ? `（${a.hint}）` : ''}；规则有：${a.known}`,
    (a) => `${a.option}: unknown rule "${a.found}"${a.hint ? ` (${a.hint})` : ''}; the rules are: ${a.known}`,
  ),
  noDraft: sentence<{ file: string }>(
    (a) => `没有可采用的建议，未写出草案 ${a.file}。\n`,
    (a) => `No suggestion to adopt: the draft ${a.file} was not written.\n`,
  ),
  draftNeedsFile: sentence<{ file: string }>(
    (a) => `错误：“一件事”的草案连同改动过的事项一起写成文件，-o 需要一个文件名（实际为 ${a.file}）\n`,
    (a) => `error: a bundle's draft is written as files with its changed items beside it: -o needs a file name (found ${a.file})\n`,
  ),
  checkDraft: sentence<{ before: string; draft: string }>(
    (a) => `核对草案：wujian compare ${a.before} ${a.draft}\n`,
    (a) => `Check the draft: wujian compare ${a.before} ${a.draft}\n`,
  ),
  // Writing output
  cannotWrite: sentence<{ file: string; reason: string }>((a) => `错误：无法写入 ${a.file} (${a.reason})\n`, (a) => `error: cannot write ${a.file} (${a.reason})\n`),
  wrote: sentence<{ file: string }>((a) => `已写入 ${a.file}\n`, (a) => `Wrote ${a.file}\n`),
  // -o refused (`file` is -o and the name as written, quoted): what stands there is never replaced.
  outputEmpty: sentence<{ file: string }>(
    () => '错误：-o 后面的文件名是空的\n  提示：写出要保存的文件名，例如 -o 结果.md；要输出到屏幕，去掉 -o 或写 -o -。\n',
    () => 'error: the file name after -o is empty\n  hint: give the file to write, e.g. -o result.md; to print, leave out -o or write -o -.\n',
  ),
  outputFolderEmpty: sentence(
    () => '错误：-o 后面的文件夹名是空的\n  提示：写出要写入的文件夹，例如 -o processes/导入；不写 -o 时写到当前文件夹下与工作簿同名的文件夹。\n',
    () => 'error: the folder name after -o is empty\n  hint: give the folder to write to, e.g. -o processes/imported; without -o, a folder named after the workbook is used.\n',
  ),
  outputFolder: sentence<{ file: string }>(
    (a) => `错误：${a.file} 是一个文件夹，不是文件\n  提示：在文件夹后面写上文件名，例如 -o 报告/结果.md。\n`,
    (a) => `error: ${a.file} names a folder, not a file\n  hint: add a file name after the folder, e.g. -o reports/result.md.\n`,
  ),
  outputInput: sentence<{ file: string }>(
    (a) => `错误：${a.file} 是本命令读入的文件，写入会覆盖它\n  提示：换一个输出文件名，例如 -o 对比.md。\n`,
    (a) => `error: ${a.file} is a file this command reads; writing would replace it\n  hint: choose another output name, e.g. -o comparison.md.\n`,
  ),
  outputSymlink: sentence<{ file: string }>(
    (a) => `错误：${a.file} 是一个符号链接，不会被替换\n  提示：请写出链接指向的文件，或先删除这个链接。\n`,
    (a) => `error: ${a.file} is a symbolic link, which is not replaced\n  hint: name the file it points to, or remove the link first.\n`,
  ),
  outputFifo: sentence<{ file: string }>(
    (a) => `错误：${a.file} 是一个命名管道（FIFO），不会被替换\n  提示：要写入管道，请用 -o - 并用 shell 重定向：wujian … -o - > 管道。\n`,
    (a) => `error: ${a.file} is a named pipe (FIFO), which is not replaced\n  hint: to write into a pipe, use -o - and a shell redirection: wujian … -o - > pipe.\n`,
  ),
  outputSpecial: sentence<{ file: string }>(
    (a) => `错误：${a.file} 不是普通文件（块设备或套接字），不会写入\n  提示：请写一个普通文件名。\n`,
    (a) => `error: ${a.file} is not a regular file (a block device or socket) and is not written\n  hint: give an ordinary file name.\n`,
  ),
  // report and view
  wroteReport: sentence<{ file: string; size: string }>(
    (a) => `已写入 ${a.file}（${a.size}，数据、脚本、样式和字体均已内嵌，可离线用浏览器直接打开）\n`,
    (a) => `Wrote ${a.file} (${a.size}; data, scripts, styles and fonts inline: opens offline in any browser)\n`,
  ),
  reportTwoFiles: sentence(
    () => 'report 需要两个文件（改革前、改革后），或一个含一对改革前后文件的文件夹',
    () => 'report takes two files (before, after), or one folder holding a before/after pair',
  ),
  noPairInFolder: sentence<{ folder: string }>(
    (a) => `${a.folder} 中没有一对改革前后文件（id 相同、版本标签为“改革前”“改革后”，例如 before.yaml 和 after.yaml）；也可以直接给出两个文件`,
    (a) => `${a.folder} holds no before/after pair (one id labelled 改革前 and 改革后, e.g. before.yaml and after.yaml); or give the two files`,
  ),
  severalPairs: sentence<{ folder: string; ids: string }>(
    (a) => `${a.folder} 中有多对改革前后文件（${a.ids}）；请给出其中一对所在的文件夹，或直接给出两个文件`,
    (a) => `${a.folder} holds several before/after pairs (${a.ids}); name the folder of one, or give the two files`,
  ),
  folderNotFound: sentence<{ folder: string }>(
    (a) => `错误：找不到文件夹 ${a.folder}\n  提示：路径相对于当前所在的文件夹；不给出文件夹时展示 processes/。\n`,
    (a) => `error: folder ${a.folder} not found\n  hint: paths are relative to the current folder; without one, processes/ is shown.\n`,
  ),
  caseSummary: sentence<{ name: string; summary: string }>((a) => `${a.name}：${a.summary}`, (a) => `${a.name}: ${a.summary}`),
  cannotServe: sentence<{ port: number; code: string }>(
    (a) => `错误：无法在 127.0.0.1:${a.port} 上启动服务（${a.code}）\n  提示：换一个端口，例如 --port 0 自动选择空闲端口。\n`,
    (a) => `error: cannot serve on 127.0.0.1:${a.port} (${a.code})\n  hint: choose another port, e.g. --port 0 for any free one.\n`,
  ),
  serving: sentence<{ url: string }>(
    (a) => `\n五减对比看板：${a.url}\n（只在本机可访问；按 Ctrl+C 停止）\n`,
    (a) => `\nDashboard: ${a.url}\n(this computer only; press Ctrl+C to stop)\n`,
  ),
  reloaded: sentence(
    () => '文件有改动，已重新计算；打开的页面随之更新。\n',
    () => 'Files changed and were read again; the open page follows.\n',
  ),
  reloadFailed: sentence(
    () => '文件有改动但有错误（见上）；页面仍显示上一次正确的结果，并列出这些错误，改正后自动更新。\n',
    () => 'Files changed but have errors (above); the page keeps the last good cases, lists the errors and updates once they are fixed.\n',
  ),
  building: sentence<{ script: string }>(
    (a) => `正在构建网页（${a.script}），首次约需十几秒……\n`,
    (a) => `Building the web app (${a.script}); the first time takes a few seconds…\n`,
  ),
  buildFailed: sentence<{ failure: string; script: string }>(
    (a) => `错误：网页尚未构建，自动构建也没有成功：${a.failure}\n  提示：在 wujian 的目录中运行 npm install，再运行 ${a.script}。\n`,
    (a) => `error: the web app is not built, and building it failed: ${a.failure}\n  hint: in wujian's folder run npm install, then ${a.script}.\n`,
  ),
};

/** The name of a sentence. */
export type SentenceName = keyof typeof SENTENCES;

/** The arguments a sentence takes (none for most fixed sentences). */
export type SentenceArgs<K extends SentenceName> = Parameters<(typeof SENTENCES)[K]['zh']>;

/** The sentence `name` in `lang`, filled in with `args`. */
export function say<K extends SentenceName>(lang: Lang, name: K, ...args: SentenceArgs<K>): string {
  const sentenceOf = SENTENCES[name][lang] as (...a: SentenceArgs<K>) => string;
  return sentenceOf(...args);
}
