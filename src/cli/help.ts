/**
 * Help, read from the command table: the program's help and each command's (Usage, Options, Exit
 * codes, Examples) for the terminal, and the same for the README's command reference in Markdown
 * (`npm run docs` writes it; a test fails when the README is stale).
 */
import type { Lang } from '../model/types.js';
import { displayWidth } from '../report/frame.js';
import { say } from './messages.js';
import { COMMON_OPTIONS, showNumber } from './parse.js';
import { COMMANDS, getCommand } from './table/index.js';
import type { CommandSpec, OptionSpec, Words } from './table/types.js';

/** Headings and the punctuation between parts, per language ("用法：wujian …" but "Usage: wujian …"). */
const HEAD = {
  zh: { usage: '用法：', commands: '命令：', options: '选项：', exits: '退出码：', examples: '示例：', command: '命令', option: '选项', what: '说明', does: '作用', more: '[选项…]', gap: '', list: '；', and: '、' },
  en: { usage: 'Usage:', commands: 'Commands:', options: 'Options:', exits: 'Exit codes:', examples: 'Examples:', command: 'command', option: 'option', what: 'meaning', does: 'what it does', more: '[options…]', gap: ' ', list: '; ', and: ', ' },
} as const;

const PROGRAM = {
  title: {
    zh: 'wujian（五减）— 行政审批流程精简分析：减事项、减材料、减环节、减时限、减费用',
    en: 'wujian (五减) — administrative-approval streamlining analysis: fewer items, materials, steps, days and fees',
  },
  synopsis: { zh: 'wujian <命令> [参数…] [--lang zh|en]', en: 'wujian <command> [arguments…] [--lang zh|en]' },
  version: { zh: '显示版本', en: 'show the version' },
} satisfies Record<string, Words>;

/** The help of `command`, or the program's help when none is named. */
export function helpText(lang: Lang, command?: string): string {
  const spec = command === undefined ? undefined : getCommand(command);
  return spec ? commandHelp(spec, lang) : programHelp(lang);
}

function programHelp(lang: Lang): string {
  const h = HEAD[lang];
  const commands = COMMANDS.map((c) => [`${c.name} ${c.usage[0]![lang]}`, c.summary[lang]] as const);
  const options = [...optionRows(COMMON_OPTIONS, lang), ['-v, --version', PROGRAM.version[lang]] as const];
  const examples = COMMANDS.flatMap((c) => (c.examples[0] === undefined ? [] : [example(c.examples[0], lang)]));
  return [
    PROGRAM.title[lang],
    '',
    h.usage,
    `  ${PROGRAM.synopsis[lang]}`,
    '',
    h.commands,
    ...columns(commands),
    '',
    h.options,
    ...columns(options),
    '',
    h.examples,
    ...examples.map((e) => `  ${e}`),
    '',
  ].join('\n');
}

function commandHelp(spec: CommandSpec<any>, lang: Lang): string {
  const h = HEAD[lang];
  const [first, ...others] = spec.usage.map((u) => `wujian ${spec.name} ${u[lang]} ${h.more}`);
  const indent = ' '.repeat(displayWidth(h.usage + h.gap));
  return [
    `${h.usage}${h.gap}${first}`,
    ...others.map((u) => indent + u),
    '',
    spec.description[lang],
    '',
    h.options,
    ...columns([...optionRows(spec.options, lang), ...optionRows(COMMON_OPTIONS, lang)]),
    '',
    `${h.exits}${h.gap}${exitText(spec, lang)}`,
    '',
    h.examples,
    ...spec.examples.map((e) => `  ${example(e, lang)}`),
    '',
  ].join('\n');
}

/** "0 成功；1 有文件存在错误；2 命令行用法错误". */
function exitText(spec: CommandSpec<any>, lang: Lang): string {
  return spec.exits.map(([code, words]) => `${code} ${words[lang]}`).join(HEAD[lang].list);
}

function example(e: string | Words, lang: Lang): string {
  return `wujian ${typeof e === 'string' ? e : e[lang]}`;
}

/** [flags, description] of each option: "-o, --out <文件>", "写入文件（…）". */
function optionRows(options: Readonly<Record<string, OptionSpec>>, lang: Lang): Array<readonly [string, string]> {
  return Object.entries(options).map(([name, spec]) => [optionFlags(name, spec, lang), optionDescription(spec, lang)] as const);
}

/** "-o, --out <文件>", "--format table|json|md", "--all". */
function optionFlags(name: string, spec: OptionSpec, lang: Lang): string {
  const flag = `${spec.short ? `-${spec.short}, ` : ''}--${name}`;
  if (spec.type === 'flag') return flag;
  if (spec.type === 'choice') return `${flag} ${spec.choices.join('|')}`;
  return `${flag} <${spec.value[lang]}>`;
}

/** The option's description with its range and default, as the code checks and uses them. */
function optionDescription(spec: OptionSpec, lang: Lang): string {
  const base = spec.description[lang];
  if (spec.type === 'flag') return base;
  // An output format says how -o's extension chooses it, and what it is otherwise.
  if (spec.type === 'choice' && spec.byExtension) return base + say(lang, 'formatByExtension', { known: Object.keys(spec.byExtension), fallback: spec.default ?? '' });
  const bounds = spec.type === 'text' ? spec.range : spec.type === 'whole' || spec.type === 'number' ? spec : undefined;
  const range = bounds?.max !== undefined ? ([showNumber(spec, bounds.min), showNumber(spec, bounds.max)] as [string, string]) : undefined;
  const value = typeof spec.default === 'number' ? showNumber(spec, spec.default) : spec.default;
  if (!range && value === undefined) return base;
  return base + say(lang, 'optionNote', { range, value, note: spec.type === 'number' ? spec.basis?.[lang] : undefined });
}

/** Two aligned columns, indented by two spaces. */
function columns(rows: ReadonlyArray<readonly [string, string]>): string[] {
  const width = Math.max(...rows.map(([left]) => displayWidth(left)));
  return rows.map(([left, right]) => `  ${left}${' '.repeat(width - displayWidth(left))}   ${right}`);
}

/**
 * The README's command reference in `lang`, as Markdown: a table of the commands, then each command's
 * usage, description, options, exit codes and examples.
 */
export function referenceMarkdown(lang: Lang): string {
  const h = HEAD[lang];
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const out = [`| ${h.command} | ${h.does} |`, '| --- | --- |'];
  for (const c of COMMANDS) out.push(`| \`wujian ${cell(`${c.name} ${c.usage[0]![lang]}`)}\` | ${cell(c.summary[lang])} |`);
  out.push('', say(lang, 'commonOptions', { options: commonText(lang) }));
  for (const c of COMMANDS) {
    out.push('', `### wujian ${c.name}`, '', '```', ...c.usage.map((u) => `wujian ${c.name} ${u[lang]} ${h.more}`), '```', '', c.description[lang].replace(/\n/g, h.gap));
    const rows = optionRows(c.options, lang);
    if (rows.length > 0) {
      out.push('', `| ${h.option} | ${h.what} |`, '| --- | --- |', ...rows.map(([flags, text]) => `| \`${cell(flags)}\` | ${cell(text)} |`));
    }
    out.push('', `${h.exits}${h.gap}${exitText(c, lang)}`, '', '```bash', ...c.examples.map((e) => example(e, lang)), '```');
  }
  return out.join('\n') + '\n';
}

/** "`--lang zh|en`、`-h, --help`". */
function commonText(lang: Lang): string {
  return Object.entries(COMMON_OPTIONS).map(([name, spec]) => `\`${optionFlags(name, spec, lang)}\``).join(HEAD[lang].and);
}

/** The README of each language, relative to the repository: README.md is the Chinese user guide, README.en.md the English one. */
export const READMES: Readonly<Record<Lang, string>> = { zh: 'README.md', en: 'README.en.md' };

/** The marked part of each README that holds the command reference: README.md in Chinese, README.en.md in English. */
const MARKS = { zh: ['<!-- commands:zh:start -->', '<!-- commands:zh:end -->'], en: ['<!-- commands:en:start -->', '<!-- commands:en:end -->'] } as const;

/**
 * `readme` with the command reference in `lang` between its markers rewritten from the table (`npm run docs`).
 * Throws when a marker is missing: the README is the project's own file, not user input.
 */
export function withCommandReference(readme: string, lang: Lang): string {
  const [start, end] = MARKS[lang];
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`the README needs the markers ${start} … ${end}`);
  return `${readme.slice(0, from + start.length)}\n${say(lang, 'generated')}\n\n${referenceMarkdown(lang)}${readme.slice(to)}`;
}
