/**
 * The CLI as a function: run(argv, io) → exit code. bin.js only wires it to the process; tests call
 * it directly with a memory IO.
 */
import { resolve } from 'node:path';
import type { Lang } from '../model/types.js';
import { findLang, parseCommand, toWholeNumber } from './args.js';
import { DEFAULT_PATH_LIMIT } from '../analysis/enumerate.js';
import { analyzeCommand, checkStartDate } from './commands/analyze.js';
import { compareCommand } from './commands/compare.js';
import { sourceReader } from './commands/validate.js';
import { COMPARE_OPTIONS, readCompareFlags, readStepCounting } from './compare-args.js';
import { formatDiagnostic } from '../report/diagnostics.js';
import { initCommand } from './commands/init.js';
import { DEFAULT_REPORT_FILE, reportCommand } from './commands/report.js';
import { DEFAULT_PORT, DEFAULT_VIEW_FOLDER, viewCommand } from './commands/view.js';
import { simulateCommand } from './commands/simulate.js';
import { RUNS_RANGE } from '../analysis/simulate/index.js';
import { validateCommand } from './commands/validate.js';
import { helpText } from './help.js';
import { Exit, type ExitCode, type IO } from './io.js';
import { getPair } from './pairs.js';

/** Cases `simulate` runs unless told otherwise. */
const DEFAULT_RUNS = 100_000;
/** Seed `simulate` uses unless told otherwise. */
const DEFAULT_SEED = 42;
/** Largest seed: d3.randomLcg keeps 32 bits of it. */
const MAX_SEED = 4_294_967_295;

/** Runs the wujian command line `argv` (without "node" and the script). */
export async function run(argv: string[], io: IO): Promise<ExitCode> {
  const lang = findLang(argv);
  if (!lang) {
    io.err('错误：--lang 只能是 zh 或 en / error: --lang must be zh or en\n');
    return Exit.USAGE;
  }
  const [command, ...rest] = withoutLang(argv);
  if (command === undefined || command === '--help' || command === '-h') {
    io.out(helpText(lang));
    return command === undefined ? Exit.USAGE : Exit.OK;
  }
  if (command === 'help') {
    io.out(helpText(lang, rest[0]));
    return Exit.OK;
  }
  if (command === '--version' || command === '-v') {
    io.out('wujian 0.1.0\n');
    return Exit.OK;
  }
  switch (command) {
    case 'validate':
      return validate(rest, lang, io);
    case 'init':
      return init(rest, lang, io);
    case 'analyze':
      return analyze(rest, lang, io);
    case 'report':
      return report(rest, lang, io);
    case 'view':
      return view(rest, lang, io);
    case 'simulate':
      return simulate(rest, lang, io);
    case 'compare':
      return compare(rest, lang, io);
    default:
      return usage(io, lang, lang === 'zh' ? `不认识的命令 "${command}"` : `Unknown command "${command}"`);
  }
}

function validate(argv: string[], lang: Lang, io: IO): ExitCode {
  const parsed = parseCommand(argv, { format: { type: 'string', default: 'text' } }, lang);
  if (!parsed.ok) return usage(io, lang, parsed.message, 'validate');
  if (parsed.values.help) return help(io, lang, 'validate');
  const format = parsed.values.format;
  if (format !== 'text' && format !== 'json') return usage(io, lang, badChoice(lang, '--format', 'text, json'), 'validate');
  if (parsed.positionals.length === 0) {
    return usage(io, lang, lang === 'zh' ? '请给出要校验的文件或文件夹' : 'Give the files or folders to check', 'validate');
  }
  return validateCommand(parsed.positionals, { format, lang }, io);
}

function analyze(argv: string[], lang: Lang, io: IO): ExitCode {
  const parsed = parseCommand(
    argv,
    {
      format: { type: 'string', default: 'table' },
      'start-date': { type: 'string' },
      out: { type: 'string', short: 'o' },
      'list-paths': { type: 'boolean', default: false },
      limit: { type: 'string', default: String(DEFAULT_PATH_LIMIT) },
      'step-counting': { type: 'string' },
    },
    lang,
  );
  if (!parsed.ok) return usage(io, lang, parsed.message, 'analyze');
  const values = parsed.values;
  if (values.help) return help(io, lang, 'analyze');
  const format = values.format;
  if (format !== 'table' && format !== 'json' && format !== 'md') return usage(io, lang, badChoice(lang, '--format', 'table, json, md'), 'analyze');
  const startDate = values['start-date'];
  const dateProblem = startDate === undefined ? undefined : checkStartDate(startDate, lang);
  if (dateProblem) return usage(io, lang, dateProblem, 'analyze');
  const limit = toWholeNumber(values.limit, 1, Number.MAX_SAFE_INTEGER);
  if (limit === undefined) {
    return usage(io, lang, lang === 'zh' ? `--limit 应为正整数（实际为 "${values.limit}"）` : `--limit must be a positive whole number (found "${values.limit}")`, 'analyze');
  }
  const stepCounting = readStepCounting(values['step-counting'], lang);
  if (!stepCounting.ok) return usage(io, lang, stepCounting.usage, 'analyze');
  if (parsed.positionals.length === 0) {
    return usage(io, lang, lang === 'zh' ? '请给出要分析的文件或文件夹' : 'Give the files or folders to analyse', 'analyze');
  }
  return analyzeCommand(parsed.positionals, { format, lang, startDate, out: values.out, listPaths: values['list-paths'] ?? false, limit, stepCounting: stepCounting.value }, io);
}

async function simulate(argv: string[], lang: Lang, io: IO): Promise<ExitCode> {
  const zh = lang === 'zh';
  const parsed = parseCommand(
    withNegativeValues(argv, ['--runs', '--seed']),
    {
      runs: { type: 'string', default: String(DEFAULT_RUNS) },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      'start-date': { type: 'string' },
      format: { type: 'string', default: 'table' },
      engine: { type: 'string', default: 'fast' },
      out: { type: 'string', short: 'o' },
    },
    lang,
  );
  if (!parsed.ok) return usage(io, lang, parsed.message, 'simulate');
  const values = parsed.values;
  if (values.help) return help(io, lang, 'simulate');
  const { format, engine } = values;
  if (format !== 'table' && format !== 'json') return usage(io, lang, badChoice(lang, '--format', 'table, json'), 'simulate');
  if (engine !== 'fast' && engine !== 'reference') return usage(io, lang, badChoice(lang, '--engine', 'fast, reference'), 'simulate');
  const runs = toWholeNumber(values.runs, RUNS_RANGE.min, RUNS_RANGE.max);
  if (runs === undefined) {
    return usage(io, lang, zh
      ? `--runs 应为 1 到 10,000,000 之间的整数（实际为 "${values.runs}"）`
      : `--runs must be a whole number from 1 to 10,000,000 (found "${values.runs}")`, 'simulate');
  }
  const seed = toWholeNumber(values.seed, 0, MAX_SEED);
  if (seed === undefined) {
    return usage(io, lang, zh
      ? `--seed 应为 0 到 ${MAX_SEED} 之间的整数（实际为 "${values.seed}"）`
      : `--seed must be a whole number from 0 to ${MAX_SEED} (found "${values.seed}")`, 'simulate');
  }
  const startDate = values['start-date'];
  const dateProblem = startDate === undefined ? undefined : checkStartDate(startDate, lang);
  if (dateProblem) return usage(io, lang, dateProblem, 'simulate');
  if (parsed.positionals.length !== 1) {
    return usage(io, lang, zh ? '请给出一个要模拟的事项文件' : 'Give one procedure file to simulate', 'simulate');
  }
  return simulateCommand(parsed.positionals[0]!, { runs, seed, startDate, format, engine, out: values.out, lang }, io);
}

/** `--runs -5` as `--runs=-5`, so that a negative number reads as the option's (wrong) value, not as an option. */
function withNegativeValues(argv: string[], options: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const next = argv[i + 1];
    if (options.includes(argv[i]!) && next !== undefined && /^-[\d.]/.test(next)) out.push(`${argv[i]}=${argv[++i]}`);
    else out.push(argv[i]!);
  }
  return out;
}


function compare(argv: string[], lang: Lang, io: IO): ExitCode {
  const parsed = parseCommand(argv, COMPARE_OPTIONS, lang);
  if (!parsed.ok) return usage(io, lang, parsed.message, 'compare');
  const values = parsed.values;
  if (values.help) return help(io, lang, 'compare');
  const format = values.format;
  if (format !== 'table' && format !== 'json' && format !== 'md') return usage(io, lang, badChoice(lang, '--format', 'table, json, md'), 'compare');
  const all = values.all ?? false;
  if (all ? parsed.positionals.length === 0 : parsed.positionals.length !== 2) {
    const zh = lang === 'zh';
    const message = all
      ? zh ? '请给出要查找改革前后文件对的文件夹，例如 --all processes' : 'Give the folders to search for before/after pairs, e.g. --all processes'
      : zh ? '请给出两个文件：改革前 改革后' : 'Give two files: before and after';
    return usage(io, lang, message, 'compare');
  }
  const flags = readCompareFlags(values, io.cwd, lang);
  if (!flags.ok) {
    if (flags.usage) return usage(io, lang, flags.usage, 'compare');
    const sourceOf = sourceReader(io);
    for (const d of flags.diagnostics ?? []) io.err(formatDiagnostic(d, lang, sourceOf) + '\n\n');
    return Exit.INVALID;
  }
  return compareCommand(parsed.positionals, { format, lang, out: values.out, all, compare: flags.options }, io);
}

function init(argv: string[], lang: Lang, io: IO): ExitCode {
  const parsed = parseCommand(argv, { force: { type: 'boolean', default: false } }, lang);
  if (!parsed.ok) return usage(io, lang, parsed.message, 'init');
  if (parsed.values.help) return help(io, lang, 'init');
  if (parsed.positionals.length !== 1) {
    return usage(io, lang, lang === 'zh' ? '请给出一个要生成的文件名' : 'Give one file name to write', 'init');
  }
  return initCommand(parsed.positionals[0]!, { force: parsed.values.force ?? false, lang }, io);
}

function report(argv: string[], lang: Lang, io: IO): Promise<ExitCode> | ExitCode {
  const parsed = parseCommand(argv, { out: { type: 'string', short: 'o', default: DEFAULT_REPORT_FILE } }, lang);
  if (!parsed.ok) return usage(io, lang, parsed.message, 'report');
  if (parsed.values.help) return help(io, lang, 'report');
  const [first, second, ...extra] = parsed.positionals;
  const zh = lang === 'zh';
  if (first === undefined || extra.length > 0) {
    return usage(io, lang, zh ? '请给出改革前、改革后两个文件（或一个含 before.yaml 和 after.yaml 的文件夹）' : 'Give the before and after files (or one folder holding before.yaml and after.yaml)', 'report');
  }
  const pair = second === undefined ? getPair(resolve(io.cwd, first), io.cwd) : { id: '', before: first, after: second };
  if (!pair) {
    return usage(io, lang, zh ? `${first} 中没有 before.yaml 和 after.yaml；也可以直接给出两个文件` : `${first} holds no before.yaml and after.yaml; or give the two files`, 'report');
  }
  return reportCommand(pair, { lang, out: parsed.values.out ?? DEFAULT_REPORT_FILE }, io);
}

function view(argv: string[], lang: Lang, io: IO): Promise<ExitCode> | ExitCode {
  const parsed = parseCommand(argv, { port: { type: 'string', default: String(DEFAULT_PORT) } }, lang);
  if (!parsed.ok) return usage(io, lang, parsed.message, 'view');
  if (parsed.values.help) return help(io, lang, 'view');
  const port = toWholeNumber(parsed.values.port, 0, 65535);
  if (port === undefined) {
    return usage(io, lang, lang === 'zh' ? `--port 应为 0 到 65535 的整数（实际为 "${parsed.values.port}"）` : `--port must be a whole number from 0 to 65535 (found "${parsed.values.port}")`, 'view');
  }
  if (parsed.positionals.length > 1) return usage(io, lang, lang === 'zh' ? '只能给出一个文件夹' : 'Give at most one folder', 'view');
  return viewCommand(parsed.positionals[0] ?? DEFAULT_VIEW_FOLDER, { lang, port }, io);
}

/** The command line without --lang and its value, which may stand anywhere (read by findLang). */
function withoutLang(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lang') i++;
    else if (!argv[i]!.startsWith('--lang=')) out.push(argv[i]!);
  }
  return out;
}

function help(io: IO, lang: Lang, command?: string): ExitCode {
  io.out(helpText(lang, command));
  return Exit.OK;
}

/** Prints a usage error with a pointer to the help, and returns the usage exit code. */
export function usage(io: IO, lang: Lang, message: string, command?: string): ExitCode {
  const more = command ? `wujian ${command} --help` : 'wujian --help';
  io.err(lang === 'zh' ? `错误：${message}\n  提示：运行 ${more} 查看用法。\n` : `error: ${message}\n  hint: run ${more} for usage.\n`);
  return Exit.USAGE;
}

/** "--format 只能是 text, json". */
export function badChoice(lang: Lang, option: string, choices: string): string {
  return lang === 'zh' ? `${option} 只能是 ${choices}` : `${option} must be one of ${choices}`;
}
