/**
 * The message catalogue: every diagnostic code's sentence and hint, in Chinese and in English,
 * written for reform-office staff rather than programmers. It is one long file on purpose: the whole
 * wording sits in one place, so that it can be read and reviewed (and translated) as one text.
 */
import { DATE_WORDS, DAY_LISTS, HOLIDAYS, limitText, listSeparator, TARGET_PROBLEMS, type HolidayKey, type Lang } from '../vocabulary/index.js';
import type { Diagnostic, DiagnosticArgs, DiagnosticCode, NotAFile } from './diagnostic.js';
import { fromPointer } from './locate.js';
import { q, type Catalogue, type Entry } from './message-kit.js';
import { IMPORT_MESSAGES } from './messages-import.js';
import { didYouMean } from './suggest.js';

export { limitText };

/** A diagnostic's words in one language. */
export interface Words {
  message: string;
  hint?: string;
}

/** Renders a diagnostic's message and hint in `lang`. */
export function describe(d: Diagnostic, lang: Lang): Words {
  // A diagnostic's code and values come paired (Diagnostic is a union over codes); its entry reads them.
  const entry = (CATALOGUE[d.code] as Entry<typeof d.args> | undefined) ?? { zh: () => d.code, en: () => d.code };
  const a = { ...d.args, where: where('path' in d.args ? d.args.path : '', lang) };
  const hint = lang === 'zh' ? entry.hintZh?.(a) : entry.hintEn?.(a);
  return { message: lang === 'zh' ? entry.zh(a) : entry.en(a), hint: hint || undefined };
}

/** Every code the catalogue knows (tests check each has a fixture). */
export function knownCodes(): DiagnosticCode[] {
  return Object.keys(CATALOGUE) as DiagnosticCode[];
}

const field = (a: { field: string; titleZh?: string; titleEn?: string }, lang: Lang) => {
  const title = lang === 'zh' ? a.titleZh : a.titleEn;
  if (!title) return q(a.field);
  return lang === 'zh' ? `${q(a.field)}（${title}）` : `${q(a.field)} (${title})`;
};
const TYPE_WORDS: Record<string, [string, string]> = {
  string: ['文字', 'text'],
  number: ['数字', 'a number'],
  integer: ['整数', 'a whole number'],
  boolean: ['“true”或“false”', 'true or false'],
  object: ['键值对（映射）', 'a mapping of keys to values'],
  array: ['列表', 'a list'],
  null: ['空值', 'nothing'],
};
const typeWord = (t: unknown, lang: Lang) =>
  String(t).split(',').map((x) => TYPE_WORDS[x]?.[lang === 'zh' ? 0 : 1] ?? x).join(lang === 'zh' ? '或' : ' or ');
const SHAPES: Record<string, [string, string]> = {
  limit: ['数字（工作日）、"即办"，或 { value: 天数, unit: workday/calendar-day }', 'a number (working days), "即办", or { value: days, unit: workday/calendar-day }'],
  duration: ['数字（工作日），或 { min, mode, max } / { value, unit: hour }，可加 distribution', 'a number (working days), or { min, mode, max } / { value, unit: hour }, optionally with a distribution'],
  transitions: ['步骤 id，或 { target: 步骤id, p: 概率, max: 次数 }', 'a step id, or { target: step id, p: probability, max: times }'],
  textOrList: ['一段文字或文字列表', 'a text or a list of texts'],
  calendarDay: ['日期（如 2027-01-01），或 { date: 日期, name: 名称 }，或 { from: 日期, to: 日期, name: 名称 }', 'a date (e.g. 2027-01-01), or { date, name }, or { from, to, name }'],
  calendarFiles: ['一个 .yaml 文件路径，或路径列表', 'a .yaml file path, or a list of them'],
};
/**
 * The hint for a reference a bundle cannot check because item files it names have errors: their ids
 * and materials are unknown, so no other name is suggested in their place.
 */
const unreadItems = (files: string | undefined, lang: Lang) => {
  if (!files) return '';
  return lang === 'zh'
    ? `事项文件 ${files} 有错误，读不出其中的 id 和材料：请先改正它（见它自己的提示），再看这里是否还对不上。`
    : `The item file(s) ${files} have errors, so their ids and materials are not known: fix them first (see their own diagnostics), then see whether this still does not match.`;
};
/** Holidays by name: "春节、清明节". */
const holidayNames = (keys: readonly HolidayKey[], lang: Lang) => keys.map((k) => HOLIDAYS[k][lang]).join(listSeparator(lang));
const COMPARE: Record<string, [string, string]> = {
  '>=': ['不小于', 'at least'],
  '<=': ['不大于', 'at most'],
  '>': ['大于', 'greater than'],
  '<': ['小于', 'less than'],
};

/** Names the place a data path points to: "步骤 "review"", "材料 #3", "文件顶层". */
export function where(pointer: string, lang: Lang): string {
  const zh = lang === 'zh';
  const segments = fromPointer(pointer);
  let subject = zh ? '文件顶层' : 'the top level';
  let rest: string[] = [];
  if (segments[0] === 'materials' && segments.length >= 2) {
    subject = zh ? `材料 #${Number(segments[1]) + 1}` : `material #${Number(segments[1]) + 1}`;
    rest = segments.slice(2);
  } else if (segments[0] === 'items' && segments.length >= 2) {
    subject = zh ? `事项 #${Number(segments[1]) + 1}` : `item #${Number(segments[1]) + 1}`;
    rest = segments.slice(2);
  } else if (segments[0] === 'process') {
    const ids: string[] = [];
    let i = 1;
    while (segments[i] === 'states' && segments[i + 1] !== undefined) {
      ids.push(segments[i + 1]!);
      i += 2;
      if (segments[i] === 'regions' && segments[i + 1] !== undefined && segments[i + 2] === 'states') {
        ids.push(segments[i + 1]!);
        i += 2;
      }
    }
    subject = ids.length > 0 ? (zh ? `步骤 ${q(ids.join('.'))}` : `step ${q(ids.join('.'))}`) : zh ? '办理流程' : 'the process';
    rest = segments.slice(i);
  } else if (segments[0] === 'years' && segments.length >= 2) {
    const year = segments[1]!;
    const list = segments[2] === 'holidays' || segments[2] === 'workdays' ? DAY_LISTS[segments[2]][lang] : undefined;
    if (list && segments[3] !== undefined) {
      subject = zh ? `${year} 年${list}第 ${Number(segments[3]) + 1} 项` : `${list} #${Number(segments[3]) + 1} of ${year}`;
      rest = segments.slice(4);
    } else {
      subject = zh ? `${year} 年` : `year ${year}`;
      rest = segments.slice(2);
    }
  } else if (segments.length > 0) {
    subject = q(segments[0]);
    rest = segments.slice(1);
  }
  if (rest.length === 0) return subject;
  return zh ? `${subject} 的 ${rest.join('.')}` : `${rest.join('.')} of ${subject}`;
}

const NOT_A_FILE: Readonly<Record<NotAFile, readonly [string, string]>> = {
  folder: ['一个文件夹', 'a folder'],
  pipe: ['管道（FIFO）', 'a pipe (FIFO)'],
  device: ['设备文件', 'a device'],
  other: ['特殊文件', 'a special file'],
};

const CATALOGUE: Catalogue<DiagnosticCode> = {
  // Workbooks (wujian import): their own catalogue, of the same kind, located at cells
  ...IMPORT_MESSAGES,
  // Files
  'file-not-found': {
    zh: () => '找不到该文件或文件夹',
    en: () => 'No such file or folder',
    hintZh: () => '请检查路径是否写对；路径相对于当前所在的文件夹。',
    hintEn: () => 'Check the path; it is relative to the current folder.',
  },
  'file-read': {
    zh: (a) => `无法读取该文件（${a.reason}）`,
    en: (a) => `The file cannot be read (${a.reason})`,
    hintZh: () => '请检查文件权限。',
    hintEn: () => 'Check the file permissions.',
  },
  'file-not-regular': {
    zh: (a) => `这不是普通文件，而是${NOT_A_FILE[a.kind][0]}，无法读取`,
    en: (a) => `This is not a regular file but ${NOT_A_FILE[a.kind][1]}, which cannot be read`,
    hintZh: () => '请指定保存在磁盘上的文件。',
    hintEn: () => 'Name a file saved on disk.',
  },
  'no-yaml-files': {
    zh: (a) => `${q(a.arg)} 中没有找到 .yaml 或 .yml 文件`,
    en: (a) => `No .yaml or .yml files found in ${q(a.arg)}`,
    hintZh: () => '事项文件应以 .yaml 结尾；可用 `wujian init 文件名.yaml` 新建一个。',
    hintEn: () => 'Procedure files end in .yaml; `wujian init name.yaml` writes a new one.',
  },
  'file-empty': {
    zh: () => '文件是空的，没有任何内容',
    en: () => 'The file is empty',
    hintZh: () => '可用 `wujian init 文件名.yaml` 生成一个带注释的事项模板。',
    hintEn: () => 'Run `wujian init name.yaml` for a commented starting procedure.',
  },
  'file-too-large': {
    zh: (a) => `文件太大（${a.size}），超过 ${a.limit} 的上限`,
    en: (a) => `The file is too large (${a.size}); the limit is ${a.limit}`,
    hintZh: () => '一个事项文件通常只有几 KB；请确认选择的是事项 YAML 文件，或把多个事项拆成多个文件。',
    hintEn: () => 'A procedure file is a few kilobytes; check that this is the right file, or split it.',
  },
  'file-binary': {
    zh: () => '这不是文本文件（含有二进制内容）',
    en: () => 'This is not a text file (it contains binary data)',
    hintZh: () => '请选择 .yaml 文本文件，不要选择 Word、Excel、图片或压缩包。',
    hintEn: () => 'Choose a .yaml text file, not a Word, Excel, image or archive file.',
  },
  'file-encoding': {
    zh: () => '文件不是 UTF-8 编码，无法正确读取中文',
    en: () => 'The file is not UTF-8 encoded',
    hintZh: () => '文件可能是 GBK/GB2312 编码。请在编辑器中“另存为”UTF-8 编码（VS Code：右下角编码 → 通过编码保存 → UTF-8）。',
    hintEn: () => 'It may be GBK/GB2312. Save it as UTF-8 (VS Code: encoding in the status bar → Save with Encoding → UTF-8).',
  },
  'more-problems': {
    zh: (a) => `此处起还有 ${a.errors + a.warnings} 个问题未列出（${a.errors} 个错误，${a.warnings} 个警告）`,
    en: (a) => `${a.errors + a.warnings} more problem(s) from here are not listed (${a.errors} error(s), ${a.warnings} warning(s))`,
    hintZh: () => '后面的问题多半是前面问题的连带结果：请先改正上面列出的问题，再重新校验。',
    hintEn: () => 'Most of them usually follow from the ones above: fix those first, then check again.',
  },
  // YAML
  'yaml-syntax': {
    zh: (a) => `YAML 格式错误：${yamlWords(String(a.yamlCode), 'zh') ?? a.detail}`,
    en: (a) => `YAML syntax error: ${yamlWords(String(a.yamlCode), 'en') ?? a.detail}`,
    hintZh: (a) => yamlHint(String(a.yamlCode), 'zh'),
    hintEn: (a) => yamlHint(String(a.yamlCode), 'en'),
  },
  'yaml-too-deep': {
    zh: (a) => `嵌套层次太深（超过 ${a.limit} 层）`,
    en: (a) => `Nesting is too deep (more than ${a.limit} levels)`,
    hintZh: () => '事项文件一般不超过十几层缩进；请检查是否有多余的括号或缩进。',
    hintEn: () => 'A procedure needs a dozen levels at most; look for stray brackets or indentation.',
  },
  'yaml-alias': {
    zh: (a) => `YAML 别名（*引用）展开次数过多，超过 ${a.limit} 次，文件已被拒绝`,
    en: (a) => `Too many YAML alias expansions (more than ${a.limit}); the file is refused`,
    hintZh: () => '请不要用 & 和 * 层层引用；直接写出内容即可。',
    hintEn: () => 'Do not nest & anchors and * aliases; write the content out.',
  },
  'yaml-not-mapping': {
    zh: () => '文件顶层应为“字段: 值”形式的键值对',
    en: () => 'The top level of the file must be a mapping of fields to values',
    hintZh: () => '事项文件应以 id:、name:、version: 等字段开始；可用 `wujian init` 生成模板。',
    hintEn: () => 'A procedure starts with fields such as id:, name:, version:; see `wujian init`.',
  },
  // Schema
  'schema-required': {
    zh: (a) => `${a.where} 缺少必填字段 ${field(a, 'zh')}`,
    en: (a) => `${a.where} is missing the required field ${field(a, 'en')}`,
    hintZh: (a) => `请在此处加上一行 ${a.field}: …`,
    hintEn: (a) => `Add a line ${a.field}: … here.`,
  },
  'schema-unknown-field': {
    zh: (a) => `${a.where} 中有未知字段 ${q(a.field)}`,
    en: (a) => `Unknown field ${q(a.field)} in ${a.where}`,
    hintZh: (a) => (a.glued ? `字段名后要用英文冒号加一个空格，写成 ${a.glued}` : didYouMean('zh', a.suggestion) || `可用的字段：${a.allowed}`),
    hintEn: (a) => (a.glued ? `Write an ASCII colon and a space after the key: ${a.glued}` : didYouMean('en', a.suggestion) || `Allowed fields: ${a.allowed}`),
  },
  'schema-type': {
    zh: (a) => `${a.where} 应为${typeWord(a.expected, 'zh')}，实际写的是 ${a.found}`,
    en: (a) => `${a.where} should be ${typeWord(a.expected, 'en')}, found ${a.found}`,
    hintZh: (a) => (String(a.expected).includes('number') || a.expected === 'integer' ? '数字不要加引号或单位，例如 duration: 5。' : a.expected === 'array' ? '列表可写成 [a, b] 或每行以“- ”开头。' : ''),
    hintEn: (a) => (String(a.expected).includes('number') || a.expected === 'integer' ? 'Write numbers without quotes or units, e.g. duration: 5.' : a.expected === 'array' ? 'Write a list as [a, b] or one "- " item per line.' : ''),
  },
  'schema-enum': {
    zh: (a) => `${a.where} 的取值 ${a.found} 不在可选范围内`,
    en: (a) => `${a.where} has the value ${a.found}, which is not allowed`,
    hintZh: (a) => [didYouMean('zh', a.suggestion), `可选值：${a.allowed}`].filter(Boolean).join(' '),
    hintEn: (a) => [didYouMean('en', a.suggestion), `Allowed: ${a.allowed}`].filter(Boolean).join(' '),
  },
  'schema-id': {
    zh: (a) => `${a.where} 中的标识 ${a.value} 写法不对`,
    en: (a) => `The identifier ${a.value} in ${a.where} is not valid`,
    // The rule comes from the schema's patternErrorMessage, which the editor shows too; a list item with
    // a Chinese comma in it is two items an input method joined.
    hintZh: (a) => (isJoinedItem(a) ? '列表的各项之间要用英文逗号加空格分开，例如 [营业执照, 身份证]（这里用了中文的“，”“、”或“；”）。' : (a.ruleZh ?? '')),
    hintEn: (a) => (isJoinedItem(a) ? 'Part the items of a list with an ASCII comma and a space, e.g. [licence, id_card] (a Chinese ，、or ； is used here).' : (a.ruleEn ?? '')),
  },
  'schema-date': {
    zh: (a) => `${a.where} 不是有效的日期：${a.value}`,
    en: (a) => `${a.where} is not a valid date: ${a.value}`,
    hintZh: (a) => (a.missing ? `${DATE_WORDS.noSuchDay.zh(a.missing)}。` : a.written ? `日期写成 YYYY-MM-DD：${a.written}。` : (a.ruleZh ?? '日期写成 YYYY-MM-DD，例如 2024-06-01。')),
    hintEn: (a) => (a.missing ? `${DATE_WORDS.noSuchDay.en(a.missing)}.` : a.written ? `Write the date as YYYY-MM-DD: ${a.written}.` : (a.ruleEn ?? 'Write a date as YYYY-MM-DD, e.g. 2024-06-01.')),
  },
  'schema-item-code': {
    zh: (a) => `事项编码 ${a.value} 格式不对`,
    en: (a) => `The item code ${a.value} is not valid`,
    hintZh: (a) => a.ruleZh ?? '',
    hintEn: (a) => a.ruleEn ?? '',
  },
  'schema-yaml-path': {
    zh: (a) => `${a.where} 的文件路径 ${a.value} 应指向 .yaml 文件`,
    en: (a) => `The path ${a.value} in ${a.where} should name a .yaml file`,
    hintZh: (a) => a.ruleZh ?? '',
    hintEn: (a) => a.ruleEn ?? '',
  },
  'schema-range': {
    zh: (a) => `${a.where} 应${COMPARE[String(a.comparison)]?.[0] ?? a.comparison} ${a.limit}，实际为 ${a.found}`,
    en: (a) => `${a.where} should be ${COMPARE[String(a.comparison)]?.[1] ?? a.comparison} ${a.limit}, found ${a.found}`,
    hintZh: (a) => (String(a.path).endsWith('/p') ? '概率写成 0 到 1 之间的小数，例如 0.2 表示 20%。' : '请核对数值，天数、份数、次数都不能为负数。'),
    hintEn: (a) => (String(a.path).endsWith('/p') ? 'Write a probability between 0 and 1, e.g. 0.2 for 20%.' : 'Check the number: days, copies and trips cannot be negative.'),
  },
  'schema-empty-text': {
    zh: (a) => `${a.where} 不能为空`,
    en: (a) => `${a.where} must not be empty`,
    hintZh: () => '请填写内容，或删去这一行。',
    hintEn: () => 'Fill it in, or remove the line.',
  },
  'schema-long-text': {
    zh: (a) => `${a.where} 太长（超过 ${a.limit} 个字）`,
    en: (a) => `${a.where} is too long (more than ${a.limit} characters)`,
  },
  'schema-too-few': {
    zh: (a) => `${a.where} 至少要有 ${a.limit} 项`,
    en: (a) => `${a.where} needs at least ${a.limit} entries`,
    hintZh: (a) => (String(a.path).endsWith('/regions') ? '并联审批至少需要两个同时进行的分支。' : ''),
    hintEn: (a) => (String(a.path).endsWith('/regions') ? 'A parallel block needs at least two branches.' : ''),
  },
  'schema-duplicate-item': {
    zh: (a) => `${a.where} 中 ${a.value} 重复出现`,
    en: (a) => `${a.value} appears twice in ${a.where}`,
    hintZh: () => '请删去重复的一项。',
    hintEn: () => 'Remove the repeated entry.',
  },
  'schema-value': {
    zh: (a) => `${a.where} 的写法不对（实际为 ${a.found}）`,
    en: (a) => `${a.where} is not written correctly (found ${a.found})`,
    hintZh: (a) => `应为 ${SHAPES[String(a.shape)]?.[0] ?? a.shape}`,
    hintEn: (a) => `Expected ${SHAPES[String(a.shape)]?.[1] ?? a.shape}`,
  },
  'schema-other': {
    zh: (a) => `${a.where} 不符合要求：${a.detail}`,
    en: (a) => `${a.where} is not valid: ${a.detail}`,
  },
  // Process graph
  'unknown-initial': {
    zh: (a) => `起始步骤 ${q(a.target)} 不存在`,
    en: (a) => `The initial step ${q(a.target)} does not exist`,
    hintZh: (a) => didYouMean('zh', a.suggestion) || `已定义的步骤：${a.known}`,
    hintEn: (a) => didYouMean('en', a.suggestion) || `Defined steps: ${a.known}`,
  },
  'unknown-target': {
    zh: (a) => `步骤 ${q(a.step)} 的转移 ${a.event} 指向不存在的步骤 ${q(a.target)}`,
    en: (a) => `Transition ${a.event} of step ${q(a.step)} goes to ${q(a.target)}, which does not exist`,
    hintZh: (a) => didYouMean('zh', a.suggestion) || `同一层可用的步骤：${a.known}`,
    hintEn: (a) => didYouMean('en', a.suggestion) || `Steps at this level: ${a.known}`,
  },
  'unreachable-step': {
    zh: (a) => `步骤 ${q(a.step)} 从起始步骤 ${q(a.initial)} 出发无法到达`,
    en: (a) => `Step ${q(a.step)} cannot be reached from the initial step ${q(a.initial)}`,
    hintZh: () => '请在某个步骤的 on 中加一条转移到这里，或删去这个步骤。',
    hintEn: () => 'Add a transition to it from some step, or remove it.',
  },
  'dead-end-step': {
    zh: (a) => `从步骤 ${q(a.step)} 出发永远到达不了办结等终止状态`,
    en: (a) => `From step ${q(a.step)} no final state can ever be reached`,
    hintZh: () => '请给它加上 on 转移，最终通向 type: final 的终止状态。',
    hintEn: () => 'Give it transitions that lead to a `type: final` state.',
  },
  'unbounded-cycle': {
    zh: (a) => `流程中有不限次数的循环：${a.steps}`,
    en: (a) => `The process has a loop with no bound: ${a.steps}`,
    hintZh: () => '请在回退的转移上写 max（最多发生的次数），例如补正：{ target: apply, max: 1 }（一次性告知）。',
    hintEn: () => 'Give the backward transition a `max`, e.g. a correction { target: apply, max: 1 }.',
  },
  'bounded-exits': {
    zh: (a) => `步骤 ${q(a.step)} 的所有出口转移（${a.events}）都限定了次数，次数用完后案件会卡在这一步`,
    en: (a) => `Every way out of step ${q(a.step)} (${a.events}) has a max; once they are used up the case is stuck there`,
    hintZh: () => '至少给这一步留一条不写 max 的出口；循环的次数上限写在循环中的另一条转移（如进入本步骤的补正、整改）上即可。',
    hintEn: () => 'Leave this step at least one exit without max; bound the loop on another of its transitions (e.g. the one into this step).',
  },
  'final-without-outcome': {
    zh: (a) => `终止状态 ${q(a.step)} 没有写办理结果 outcome`,
    en: (a) => `Final state ${q(a.step)} has no outcome`,
    hintZh: () => '写 outcome: approved（准予）、rejected（不予许可）或 withdrawn（撤回）。',
    hintEn: () => 'Write outcome: approved, rejected or withdrawn.',
  },
  'region-final-outcome': {
    zh: (a) => `并联分支内的终止状态 ${q(a.step)} 不能写 outcome`,
    en: (a) => `Final state ${q(a.step)} ends a parallel branch and cannot have an outcome`,
    hintZh: () => '分支结束后流程会进入并联块的 onDone；办理结果请写在顶层的终止状态上。',
    hintEn: () => 'After the branches the process goes to the block\'s onDone; put outcomes on top-level final states.',
  },
  'no-final': {
    zh: (a) => `${a.region === 'process' ? '办理流程' : `分支 ${q(a.region)}`} 没有终止状态（type: final）`,
    en: (a) => `${a.region === 'process' ? 'The process' : `Branch ${q(a.region)}`} has no final state (type: final)`,
    hintZh: () => '例如 issued: { type: final, outcome: approved }',
    hintEn: () => 'For example issued: { type: final, outcome: approved }',
  },
  'no-approval': {
    zh: () => '流程没有 outcome: approved 的终止状态，无法计算办结路径',
    en: () => 'The process has no final state with outcome: approved, so no path to approval can be measured',
    hintZh: () => '例如加上 issued: { type: final, name: 办结, outcome: approved }，并让审批决定步骤转移到这里。',
    hintEn: () => 'Add e.g. issued: { type: final, name: 办结, outcome: approved } and lead the decision step to it.',
  },
  'state-space-too-large': {
    zh: (a) => `${a.region === 'process' ? '办理流程' : `分支 ${q(a.region)}`}中有 ${a.count} 个补正/整改循环，${a.budget > 0 ? `补正总次数上限 maxCorrections: ${a.budget} 下` : '各自计数，'}精确分析要展开的状态超过 ${a.limit} 个，无法计算：${a.loops}`,
    en: (a) => `${a.region === 'process' ? 'The process' : `Branch ${q(a.region)}`} has ${a.count} correction loops; ${a.budget > 0 ? `with maxCorrections: ${a.budget}` : 'each counting on its own,'} the exact analysis would unroll more than ${a.limit} states: ${a.loops}`,
    hintZh: (a) =>
      a.budget > 0
        ? `请减小 maxCorrections，或合并重复的循环。模拟（wujian simulate）不受此限制。`
        : `一次性告知（行政许可法第三十二条）要求补正合计最多一次：在 ${a.region === 'process' ? 'process' : '该分支'} 下加一行 maxCorrections: 1（全流程补正合计最多 1 次）。模拟（wujian simulate）不受此限制。`,
    hintEn: (a) =>
      a.budget > 0
        ? 'Lower maxCorrections, or merge repeated loops. Simulation (wujian simulate) is not limited by this.'
        : `一次性告知 (Art. 32) means one correction in all: add maxCorrections: 1 under ${a.region === 'process' ? 'process' : 'this branch'} (at most one correction per case). Simulation (wujian simulate) is not limited by this.`,
  },
  // Materials
  'duplicate-material': {
    zh: (a) => `材料标识 ${q(a.material)} 重复，第 ${a.first} 项材料已使用`,
    en: (a) => `Material id ${q(a.material)} is used twice; material #${a.first} already has it`,
    hintZh: () => '每份材料的 id 应唯一。',
    hintEn: () => 'Each material needs its own id.',
  },
  'unknown-material': {
    zh: (a) => `步骤 ${q(a.step)} 引用了未定义的材料 ${q(a.material)}`,
    en: (a) => `Step ${q(a.step)} refers to material ${q(a.material)}, which is not defined`,
    hintZh: (a) => didYouMean('zh', a.suggestion) || '请在 materials 中加上这份材料。',
    hintEn: (a) => didYouMean('en', a.suggestion) || 'Add it under `materials`.',
  },
  'unknown-into': {
    zh: (a) => `材料 ${q(a.material)} 写明并入 ${q(a.into)}，但没有定义这份材料`,
    en: (a) => `Material ${q(a.material)} is merged into ${q(a.into)}, which is not defined`,
    hintZh: (a) => unreadItems(a.unread, 'zh') || didYouMean('zh', a.suggestion) || 'into 应为本文件 materials 中另一份材料的 id；在一件事中也可写另一事项的“事项id/材料id”。',
    hintEn: (a) => unreadItems(a.unread, 'en') || didYouMean('en', a.suggestion) || '`into` takes the id of another material in this file, or in a bundle item-id/material-id of another item.',
  },
  'into-self': {
    zh: (a) => `材料 ${q(a.material)} 写明并入它自己`,
    en: (a) => `Material ${q(a.material)} is merged into itself`,
    hintZh: () => 'into 应为另一份材料：本文件中另一份材料的 id，或一件事中另一事项的“事项id/材料id”（例如综合申请表）。',
    hintEn: () => '`into` names another material: the id of another material of this file, or item-id/material-id of another item in the bundle (e.g. the single application form).',
  },
  'into-cycle': {
    zh: (a) => `材料互相并入，形成了循环：${a.materials}`,
    en: (a) => `Materials are merged into each other in a circle: ${a.materials}`,
    hintZh: () => '并入链条应止于一份保留下来的材料；请把其中一份改为不写 reform: merged（它就是被并入的那份）。',
    hintEn: () => 'A chain of merges must end at a material that is kept; drop reform: merged from the one the others go into.',
  },
  'same-material-unknown': {
    zh: (a) => `sameMaterials 中的 ${q(a.material)} 不是本一件事中某个事项的材料`,
    en: (a) => `${q(a.material)} in sameMaterials is not a material of an item of this bundle`,
    hintZh: (a) => unreadItems(a.unread, 'zh') || didYouMean('zh', a.suggestion) || '写成“事项id/材料id”，事项 id 见各事项文件的 id，材料 id 见其 materials。',
    hintEn: (a) => unreadItems(a.unread, 'en') || didYouMean('en', a.suggestion) || 'Write item-id/material-id: the id of an item file and the id of one of its materials.',
  },
  'same-material-twice': {
    zh: (a) => `材料 ${q(a.material)} 已列在 sameMaterials 第 ${a.first} 组，不能再列入另一组`,
    en: (a) => `Material ${q(a.material)} is already in group #${a.first} of sameMaterials and cannot be in another`,
    hintZh: () => '同一份文件只写在一组里；若两组其实是同一份文件，请合成一组。',
    hintEn: () => 'List a document in one group; if two groups are one document, join them.',
  },
  'into-without-merged': {
    zh: (a) => `材料 ${q(a.material)} 写了 into，但改革方式不是 merged`,
    en: (a) => `Material ${q(a.material)} gives \`into\` but its reform mark is not merged`,
    hintZh: () => '并入另一份材料时写 reform: merged 和 into；否则删去 into。',
    hintEn: () => 'Write reform: merged with into, or remove into.',
  },
  'unused-material': {
    zh: (a) => `材料 ${q(a.material)}（${a.name}）没有在任何步骤中使用`,
    en: (a) => `Material ${q(a.material)} (${a.name}) is not used by any step`,
    hintZh: () => '请在提交它的步骤的 materials 中列出，否则不会计入材料数。',
    hintEn: () => 'List it in the `materials` of the step where it is handed in, or it is not counted.',
  },
  'condition-missing': {
    zh: (a) => `条件性材料 ${q(a.material)} 没有写适用情形 condition`,
    en: (a) => `Conditional material ${q(a.material)} has no condition`,
    hintZh: () => '例如 condition: 委托他人办理的',
    hintEn: () => 'For example condition: 委托他人办理的 (when someone applies on another\'s behalf)',
  },
  // Rules
  'probability-sum': {
    zh: (a) => `步骤 ${q(a.step)} 各转移的概率之和为 ${a.sum}，应为 1`,
    en: (a) => `The probabilities of step ${q(a.step)}'s transitions add up to ${a.sum}, not 1`,
    hintZh: () => '请调整 p 的值，或删去其中一个 p 让它自动取剩余概率。',
    hintEn: () => 'Adjust the p values, or drop one p so that it takes what is left.',
  },
  'committed-exceeds-statutory': {
    zh: (a) => `承诺办结时限（${limitText(a.committed, a.committedUnit, 'zh')}）长于法定办结时限（${limitText(a.statutory, a.statutoryUnit, 'zh')}）`,
    en: (a) => `The committed limit (${limitText(a.committed, a.committedUnit, 'en')}) is longer than the statutory limit (${limitText(a.statutory, a.statutoryUnit, 'en')})`,
    hintZh: () => '承诺时限应不长于法定时限；请核对办事指南。',
    hintEn: () => 'The committed limit may not exceed the statutory one; check the service guide.',
  },
  'calendar-day-without-date': {
    zh: (a) => `${a.limit === 'statutory' ? '法定' : '承诺'}时限以自然日计，但文件没有写生效日期 version.date，无法在工作日历上折算：分析时该时限没有工作日数，不做对比和合规检查`,
    en: (a) => `The ${a.limit} limit is in calendar days, but the file has no version.date to count it on the working-day calendar from: the analyses give it no working days, and neither compare nor check it`,
    hintZh: () => '自然日与工作日的换算取决于起算日期（节假日、调休），不按 5/7 折算：请写 version: { label: …, date: YYYY-MM-DD }；分析时可用 --start-date 另指定申请日期。',
    hintEn: () => 'How many working days a number of calendar days holds depends on the start (holidays, make-up days); it is never 5/7: write version: { label: …, date: YYYY-MM-DD }; --start-date gives another application date.',
  },
  'version-date-outside': {
    zh: (a) => `版本日期 ${a.date} 应在 ${a.first} 至 ${a.last} 年之间`,
    en: (a) => `The version date ${a.date} must lie in ${a.first}–${a.last}`,
    hintZh: () => '自然日时限和办结日期在工作日历上计算，农历节日（春节、清明节、端午节、中秋节）只能推算到这些年（与 --start-date 相同）：请写这个版本施行的日期。',
    hintEn: () => 'Calendar-day limits and finish dates are counted on the working-day calendar, whose lunar holidays can be computed for these years only (as for --start-date): write the date this version took effect.',
  },
  'instant-with-limit': {
    zh: (a) => `办件类型为即办件，但承诺办结时限为 ${limitText(a.committed, a.committedUnit, 'zh')}`,
    en: (a) => `The item is 即办件 (on the spot) but its committed limit is ${limitText(a.committed, a.committedUnit, 'en')}`,
    hintZh: () => '即办件的承诺时限应写“即办”（0）；否则请把办件类型改为承诺件。',
    hintEn: () => 'A 即办件 has committed: 即办 (0); otherwise set handling: 承诺件.',
  },
  'instant-without-handling': {
    zh: () => '承诺时限为即办，但办件类型写的是承诺件',
    en: () => 'The committed limit is 即办 but the handling type is 承诺件',
    hintZh: () => '承诺时限为即办的事项，办件类型应为即办件。',
    hintEn: () => 'An item with committed: 即办 is a 即办件.',
  },
  'online-depth-trips': {
    zh: (a) => `网办深度为Ⅳ级（全程网办），但步骤 ${q(a.step)} 要求申请人到现场 ${a.trips} 次`,
    en: (a) => `Online depth is Ⅳ (fully online) but step ${q(a.step)} takes the applicant ${a.trips} trip(s)`,
    hintZh: () => '全程网办的事项到办事现场次数应为 0；请改为 trips: 0 或降低网办深度。',
    hintEn: () => 'A fully online item has 0 trips; set trips: 0 or lower the online depth.',
  },
  'duration-order': {
    zh: (a) => `步骤 ${q(a.step)} 的时长应满足 最短 ≤ 最可能 ≤ 最长，实际为 ${a.min} / ${a.mode} / ${a.max}`,
    en: (a) => `Step ${q(a.step)} needs min ≤ mode ≤ max, found ${a.min} / ${a.mode} / ${a.max}`,
    hintZh: () => '例如 duration: { min: 3, mode: 5, max: 10 }（单位：工作日）。',
    hintEn: () => 'For example duration: { min: 3, mode: 5, max: 10 } (working days).',
  },
  'duration-distribution': {
    zh: (a) =>
      a.reason === 'fixed-range'
        ? `步骤 ${q(a.step)} 的时长写了 distribution: fixed（固定），却给出了不同的最短和最长时长`
        : a.reason === 'lognormal-median'
          ? `步骤 ${q(a.step)} 的时长为对数正态分布（lognormal），需要一个大于 0 的中位数 mode`
          : a.reason === 'lognormal-ratio'
            ? `步骤 ${q(a.step)} 的对数正态分布中 max（第 95 百分位）是 mode（中位数）的 ${a.ratio} 倍以上，实际为 ${a.max} 与 ${a.mode}`
            : `步骤 ${q(a.step)} 的对数正态分布需要 max（第 95 百分位）大于 mode（中位数），实际为 ${a.max} 与 ${a.mode}`,
    en: (a) =>
      a.reason === 'fixed-range'
        ? `Step ${q(a.step)} has distribution: fixed but different shortest and longest durations`
        : a.reason === 'lognormal-median'
          ? `Step ${q(a.step)} has a lognormal duration, which needs a median mode greater than 0`
          : a.reason === 'lognormal-ratio'
            ? `Step ${q(a.step)} has a lognormal duration whose max (the 95th percentile) is more than ${a.ratio} times its mode (the median), found ${a.max} and ${a.mode}`
            : `Step ${q(a.step)} has a lognormal duration, which needs max (the 95th percentile) above mode (the median), found ${a.max} and ${a.mode}`,
    hintZh: (a) =>
      a.reason === 'fixed-range'
        ? '固定时长只写一个数，例如 duration: 5；要表示范围，去掉 distribution 或写 triangular / uniform。'
        : '例如 duration: { distribution: lognormal, mode: 5, max: 15 }：一半案件不超过 5 个工作日，95% 不超过 15 个工作日。',
    hintEn: (a) =>
      a.reason === 'fixed-range'
        ? 'Write a fixed duration as one number, e.g. duration: 5; for a range drop distribution or use triangular / uniform.'
        : 'For example duration: { distribution: lognormal, mode: 5, max: 15 }: half of the cases within 5 working days, 95% within 15.',
  },
  'department-list-in-text': {
    zh: (a) => `部门 ${q(a.department)} 是一段文字，按 1 个部门计，但看起来写了 ${a.count} 个部门`,
    en: (a) => `The department ${q(a.department)} is one text and counts as one department, but it seems to name ${a.count}`,
    hintZh: (a) => `几个部门请写成列表，部门数逐个计，例如 department: [${a.list}]；确是一个部门时可忽略本提示。`,
    hintEn: (a) => `Write several departments as a list, each counted, e.g. department: [${a.list}]; ignore this if it is one department.`,
  },
  'step-counting-not-parallel': {
    zh: (a) => `步骤 ${q(a.step)} 不是并联审批块，不能写环节计数口径 stepCounting`,
    en: (a) => `Step ${q(a.step)} is not a parallel block, so it cannot take a step counting rule (stepCounting)`,
    hintZh: () => '普通环节总是计为 1 个环节；stepCounting: stage / per-step 写在 type: parallel 的并联块上，或写在文件顶层（对全部并联块）。',
    hintEn: () => 'An ordinary step always counts as one; write stepCounting: stage / per-step on a type: parallel block, or at the top of the file (for every block).',
  },
  // Merges, checked against the version before the reform
  'merges-unknown-item': {
    zh: (a) => `合并了改革前不存在的事项 ${q(a.item)}`,
    en: (a) => `Merges the item ${q(a.item)}, which the version before the reform does not have`,
    hintZh: (a) => didYouMean('zh', a.suggestion) || '写改革前事项文件中的 id；id 改了的用 --map 旧id=新id。否则对比会把这个事项记为“取消”而不是“合并”。',
    hintEn: (a) => didYouMean('en', a.suggestion) || 'Write the id of an item before the reform; for a changed id use --map old=new. Otherwise the comparison lists the item as cancelled, not merged.',
  },
  'merges-unknown-step': {
    zh: (a) => `合并了改革前不存在的环节 ${q(a.step)}`,
    en: (a) => `Merges the step ${q(a.step)}, which the version before the reform does not have`,
    hintZh: (a) => didYouMean('zh', a.suggestion) || '写改革前的环节 id；属于另一个事项的写“事项id/环节id”。否则对比会把原环节记为“取消”而不是“合并”。',
    hintEn: (a) => didYouMean('en', a.suggestion) || 'Write the id of a step before the reform, item-id/step-id for a step of another item. Otherwise the comparison lists the step as removed, not merged.',
  },
  'merges-duplicate': {
    zh: (a) => `原环节 ${q(a.step)} 已由 ${q(a.first)} 合并，不能再合并进另一个环节`,
    en: (a) => `The former step ${q(a.step)} is already merged by ${q(a.first)} and cannot be merged into another step`,
    hintZh: () => '一个原环节只并入一个新环节；请删去其中一处。',
    hintEn: () => 'A former step goes into one new step; remove one of the two.',
  },
  // Bundles
  'bundle-limit-below-fastest': {
    zh: (a) => `一件事的${a.limit === 'statutory' ? '法定' : '承诺'}时限 ${limitText(a.days, a.unit, 'zh')}短于最快的关键路径 ${a.fastest} 个工作日（${a.critical}），任何案件都做不到`,
    en: (a) => `The bundle's ${a.limit} limit of ${limitText(a.days, a.unit, 'en')} is shorter than its fastest critical path, ${a.fastest} working days (${a.critical}): no case can keep it`,
    hintZh: () => '请核对时限是否写对，或检查关键路径上各事项的最短用时、先后关系（能并联的写成并联，或写 from: start 交叉办理）。',
    hintEn: () => 'Check the limit, or the shortest times and the order of the items on the critical path (items that can run at the same time need no after; overlap with from: start).',
  },
  'bundle-item-ref': {
    zh: () => '一件事中的事项应写 path（事项文件路径）或 id（事项标识）',
    en: () => 'A bundle item needs a `path` (its file) or an `id`',
    hintZh: () => '例如 - { path: ../food-business-licence/after.yaml }',
    hintEn: () => 'For example - { path: ../food-business-licence/after.yaml }',
  },
  'bundle-unknown-item': {
    zh: (a) => `找不到事项 ${q(a.item)}`,
    en: (a) => `Item ${q(a.item)} cannot be found`,
    hintZh: (a) => unreadItems(a.unread, 'zh') || didYouMean('zh', a.suggestion) || '请检查路径或 id；用 id 引用时，事项文件要与一件事文件一起校验。',
    hintEn: (a) => unreadItems(a.unread, 'en') || didYouMean('en', a.suggestion) || 'Check the path or id; an item named by id must be checked together with the bundle.',
  },
  'bundle-item-invalid': {
    zh: (a) => `事项文件 ${a.item} 有 ${a.errors} 个错误，这个一件事无法分析`,
    en: (a) => `The item file ${a.item} has ${a.errors} error(s), so the bundle cannot be analysed`,
    hintZh: () => '请先改正该事项文件中的错误（见它自己的提示）。',
    hintEn: () => 'Fix the errors in the item file first (see its own diagnostics).',
  },
  'bundle-duplicate-item': {
    zh: (a) => `事项 ${q(a.item)} 在一件事中重复列出，第 ${a.first} 项已是它`,
    en: (a) => `Item ${q(a.item)} is listed twice; item #${a.first} is already it`,
    hintZh: () => '一件事中每个事项只办一次，请删去重复的一项（重复会使各项指标加倍）。',
    hintEn: () => 'An item is handled once in a bundle; remove the repeat (it would double every figure).',
  },
  'bundle-id-mismatch': {
    zh: (a) => `写的 id ${q(a.id)} 与文件 ${a.file} 中的 id ${q(a.fileId)} 不一致`,
    en: (a) => `The id ${q(a.id)} differs from the id ${q(a.fileId)} in ${a.file}`,
    hintZh: () => '用 path 引用时可以不写 id；如写，应与事项文件中的 id 一致。',
    hintEn: () => 'With `path` the id may be left out; if given it must match the file.',
  },
  'bundle-cycle': {
    zh: (a) => `事项之间的先后关系（after）形成了循环：${a.items}`,
    en: (a) => `The items' order (after) forms a cycle: ${a.items}`,
    hintZh: () => '先后关系不能首尾相接；请删去其中一条 after。',
    hintEn: () => 'Remove one of the `after` entries so the order has a start.',
  },
  // Pairs (compare --all, report, view)
  'pair-ambiguous': {
    zh: (a) => `事项 ${q(a.id)} 有 ${a.count} 个“${a.label}”版本（${a.files}），无法确定用哪一个配对`,
    en: (a) => `Item ${q(a.id)} has ${a.count} versions labelled ${a.label} (${a.files}); which one to pair is unclear`,
    hintZh: () => '删除或移走多余的副本，或把它的 id 或 version.label 改成别的；也可以直接给出两个文件：wujian compare 改革前文件 改革后文件。',
    hintEn: () => 'Remove or move the stale copy, or give it another id or version label; or name the two files: wujian compare <before> <after>.',
  },
  // Calendars (schemas/calendar.schema.json) and the project settings (wujian.yaml)
  'calendar-year': {
    zh: (a) => `年份 ${a.value} 写法不对，应为四位数字`,
    en: (a) => `The year ${a.value} is not written as four digits`,
    hintZh: () => '例如 2027:，后面缩进写这一年的 holidays 和 workdays。',
    hintEn: () => 'For example 2027:, with that year\'s holidays and workdays indented below it.',
  },
  'calendar-empty-year': {
    zh: (a) => `${a.year} 年没有写任何放假或调休上班日期`,
    en: (a) => `Year ${a.year} lists no days off and no make-up working days`,
    hintZh: () => '在这一年下写 holidays:（放假）和 workdays:（调休上班），每行一个日期或一段日期；还没有安排时删去这一年，wujian 会按周末和法定节假日推算并在输出中注明。',
    hintEn: () => 'List holidays: (days off) and workdays: (make-up working days) under it, a date or a run of days a line; without an arrangement yet, remove the year: wujian then assumes weekends and statutory holidays and says so.',
  },
  'calendar-day-form': {
    zh: (a) => `${a.where} 应写一个日期，或 from 与 to 两个日期（实际为 ${a.found}）`,
    en: (a) => `${a.where} needs one date, or both from and to (found ${a.found})`,
    hintZh: () => '例如 { date: 2027-01-01, name: 元旦 } 或 { from: 2027-02-05, to: 2027-02-12, name: 春节 }。',
    hintEn: () => 'For example { date: 2027-01-01, name: 元旦 } or { from: 2027-02-05, to: 2027-02-12, name: 春节 }.',
  },
  'calendar-wrong-year': {
    zh: (a) => `${a.date} 不在 ${a.year} 年，却写在 ${a.year} 年下`,
    en: (a) => `${a.date} is listed under ${a.year} but is not in that year`,
    hintZh: (a) => `请核对年份：写在 ${a.year}: 下的日期都应是 ${a.year} 年的；跨年的假期（如元旦）分别写在两年下。`,
    hintEn: (a) => `Check the year: every date under ${a.year}: is in ${a.year}; a holiday across the new year is split between the two years.`,
  },
  'calendar-range-order': {
    zh: (a) => `日期段的 from ${a.from} 晚于 to ${a.to}`,
    en: (a) => `The run of days starts on ${a.from}, after its end ${a.to}`,
    hintZh: () => 'from 写第一天，to 写最后一天（含）。',
    hintEn: () => 'from is the first day and to the last (included).',
  },
  'calendar-both': {
    zh: (a) => `${a.date} 同时写成了放假和调休上班${a.line > 0 ? `（第 ${a.line} 行已写过）` : ''}`,
    en: (a) => `${a.date} is listed both as a day off and as a make-up working day${a.line > 0 ? ` (already on line ${a.line})` : ''}`,
    hintZh: () => '一天只能是其中一种：请按通知删去错误的一处。',
    hintEn: () => 'A day is one or the other: remove the wrong one, as the notice says.',
  },
  'calendar-overrides-official': {
    zh: (a) => `${a.date} 在国务院安排（${a.source}）中是${a.off ? `调休上班日${a.holiday ? `（${a.holiday}）` : ''}` : `放假日${a.holiday ? `（${a.holiday}）` : ''}`}，本文件写为${a.off ? '放假' : '上班'}：以本文件为准`,
    en: (a) => `${a.date} is a ${a.off ? 'make-up working day' : 'day off'}${a.holiday ? ` (${a.holiday})` : ''} in the State Council arrangement (${a.source}) but ${a.off ? 'a day off' : 'a working day'} in this file: this file wins`,
    hintZh: () => '本地另行安排的（如本县另放假一天）可以保留；如果是笔误，请改正。',
    hintEn: () => 'Keep it if it is a local arrangement (e.g. a county\'s extra day off); correct it if it is a slip.',
  },
  'calendar-missing-holidays': {
    zh: (a) => `${a.year} 年的安排中没有 ${holidayNames(a.holidays, 'zh')}：这些日子会按普通工作日计算`,
    en: (a) => `The arrangement for ${a.year} lists no day of ${holidayNames(a.holidays, 'en')}: those days count as ordinary working days`,
    hintZh: (a) => `请按国务院办公厅关于 ${a.year} 年部分节假日安排的通知写全这一年；只想加本地假日时也要写上全年安排，否则删去这一年，让 wujian 按法定节假日推算（输出中会注明）。`,
    hintEn: (a) => `Write the whole of ${a.year} from the State Council notice; to add a local day off, write the whole year too, or remove the year so that wujian assumes the statutory holidays (and says so in its output).`,
  },
  'settings-calendar-not-found': {
    zh: (a) => `找不到节假日安排文件 ${a.value}`,
    en: (a) => `The calendar file ${a.value} cannot be found`,
    hintZh: (a) => `路径相对于 wujian.yaml 所在的文件夹（${a.folder}）。可以用 wujian init --calendar ${a.value} 生成一个。`,
    hintEn: (a) => `The path is relative to the folder of wujian.yaml (${a.folder}). wujian init --calendar ${a.value} writes one.`,
  },
  'target-invalid': {
    zh: (a) => `看不懂目标 ${q(a.target)}：${TARGET_PROBLEMS[a.problem].zh}`,
    en: (a) => `The target ${q(a.target)} cannot be read: ${TARGET_PROBLEMS[a.problem].en}`,
    hintZh: (a) => `写成“材料压减>=30%”或“材料压减30%以上”（压减率）、“材料压减>=10”（压减量）、“跑动<=1”或“承诺时限压缩至5个工作日以内”（改革后的值）；指标可以是：${a.names}。`,
    hintEn: (a) => `Write 材料压减>=30% or 材料压减30%以上 (cut in percent), 材料压减>=10 (cut), 跑动<=1 or 承诺时限压缩至5个工作日以内 (value after); measures: ${a.names}, or the English keys (materials, trips …).`,
  },
};

/** An identifier in a list (its path ends in an index) holding a Chinese comma or semicolon. */
function isJoinedItem(a: { path: string; value: string }): boolean {
  return /\/\d+$/.test(a.path) && /[，、；]/.test(a.value);
}

const YAML_WORDS: Record<string, [string, string, string, string]> = {
  BAD_INDENT: ['缩进不对', 'bad indentation', '同一层的字段要对齐；YAML 只能用空格缩进，不能用 Tab。', 'Fields at one level must line up; indent with spaces, not tabs.'],
  TAB_AS_INDENT: ['用了 Tab 缩进', 'a tab is used for indentation', '请把 Tab 换成空格。', 'Replace tabs with spaces.'],
  DUPLICATE_KEY: ['同一个字段写了两次', 'a key appears twice', '请删除或合并重复的字段。', 'Remove or merge the repeated key.'],
  MISSING_CHAR: ['缺少配对的符号（引号、括号或冒号）', 'a closing quote, bracket or colon is missing', '检查 [ ] { } 和引号是否成对。', 'Check that brackets and quotes are paired.'],
  UNEXPECTED_TOKEN: ['出现了意外的符号', 'an unexpected character', '检查冒号后是否有空格、括号是否成对。', 'Check for a space after each colon and paired brackets.'],
  BLOCK_AS_IMPLICIT_KEY: ['字段名的写法不对', 'a key is written wrongly', '“字段: 值”的冒号后要有空格。', 'Put a space after the colon in "key: value".'],
  MULTILINE_IMPLICIT_KEY: ['字段名不能跨行', 'a key spans lines', '检查上一行是否少了冒号或引号。', 'Check the line above for a missing colon or quote.'],
  MULTIPLE_DOCS: ['一个文件只能写一个事项', 'only one document per file is allowed', '删去 --- 分隔线，把第二个事项放到另一个文件。', 'Remove the --- separator and put the second item in its own file.'],
  BAD_ALIAS: ['引用（*）的写法不对', 'a bad alias', '', ''],
  BAD_DQ_ESCAPE: ['双引号中的转义字符不对', 'a bad escape in a double-quoted string', '反斜杠 \\ 请写成 \\\\，或改用单引号。', 'Write \\\\ for a backslash, or use single quotes.'],
  BAD_SCALAR_START: ['值不能以这个符号开头', 'a value cannot start with this character', '以 @ ` | > 等开头的文字请加引号。', 'Quote text that starts with @ ` | > and the like.'],
  UNCLOSED_SEQ: ['方括号 [ 没有闭合（缺少 ]）', 'a [ is never closed (no ])', '在列表最后补上 ]，例如 materials: [身份证, 营业执照]；列表换行写时，续行要比字段名多缩进。', 'End the list with ], e.g. materials: [id_card, licence]; a list that goes on to the next lines is indented more than its key.'],
  UNCLOSED_MAP: ['花括号 { 没有闭合（缺少 }）', 'a { is never closed (no })', '在最后补上 }，例如 duration: { value: 2, unit: day }；换行写时，续行要比字段名多缩进。', 'End it with }, e.g. duration: { value: 2, unit: day }; lines it goes on to are indented more than its key.'],
  UNCLOSED_QUOTE: ['引号没有闭合', 'a quote is never closed', '在文字末尾补上同样的引号；文字中本身有英文引号时，改用中文引号“”，或用另一种引号把整段括起来。', 'End the text with the same quote; for text holding that quote, quote it with the other kind.'],
  FULLWIDTH_COLON: ['字段名后用了中文冒号“：”', 'a full-width colon ： after a key', '字段名后要用英文冒号加一个空格，例如 name: 食品经营许可（把“：”改成“: ”）。', 'Write an ASCII colon and a space after a key, e.g. name: 食品经营许可 (": " for "：").'],
  COLON_NO_SPACE: ['冒号后少了空格', 'no space after the colon', '“字段: 值”的冒号后要有一个空格，例如 name: 食品经营许可。', 'Put a space after the colon of "key: value", e.g. name: 食品经营许可.'],
  FULLWIDTH_SPACE: ['缩进中有全角空格（　）或不换行空格', 'a full-width (　) or non-breaking space in the indentation', '缩进只能用普通的半角空格：把这一行开头的全角空格换成半角空格（输入法切换到半角后重打，或在编辑器中查找“　”替换）。', 'Indent with plain spaces only: replace the full-width or non-breaking spaces at the start of this line.'],
  BLOCK_IN_FLOW: ['在 [ ] 或 { } 中不能换行缩进写', 'block content inside [ ] or { }', '', ''],
};

function yamlWords(code: string, lang: Lang): string | undefined {
  return YAML_WORDS[code]?.[lang === 'zh' ? 0 : 1];
}

function yamlHint(code: string, lang: Lang): string {
  return YAML_WORDS[code]?.[lang === 'zh' ? 2 : 3] ?? '';
}
