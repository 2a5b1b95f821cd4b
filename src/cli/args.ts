/**
 * Command-line parsing with node:util's parseArgs, turning its errors into usage messages in the
 * user's language.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Lang } from '../model/types.js';

/** Options every command accepts. */
export const COMMON_OPTIONS = {
  lang: { type: 'string', default: 'zh' },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies ParseArgsConfig['options'];

/** Options of every command that counts dates: the date of application and the calendar files. */
export const DATE_OPTIONS = {
  'start-date': { type: 'string' },
  calendar: { type: 'string', multiple: true },
} as const satisfies ParseArgsConfig['options'];

/** Parsed arguments, or the usage problem. */
export type Parsed<T> = { ok: true; values: T; positionals: string[] } | { ok: false; message: string };

/** Parses `argv` against `options` (plus the common ones); unknown options are usage errors. */
export function parseCommand<O extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: O,
  lang: Lang,
) {
  try {
    const { values, positionals } = parseArgs({ args: argv, options: { ...COMMON_OPTIONS, ...options }, allowPositionals: true, strict: true });
    return { ok: true as const, values, positionals };
  } catch (error) {
    return { ok: false as const, message: usageMessage(error as Error & { code?: string }, lang) };
  }
}

function usageMessage(error: Error & { code?: string }, lang: Lang): string {
  const option = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  const zh = lang === 'zh';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return zh ? `不认识的选项 ${option}` : `Unknown option ${option}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return zh ? `选项 ${option.split(' ')[0]} 后面需要一个值` : `Option ${option.split(' ')[0]} needs a value`;
    default:
      return error.message;
  }
}

/** Reads --lang from anywhere on the command line, before a command's own parsing. */
export function findLang(argv: readonly string[]): Lang | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = arg.startsWith('--lang=') ? arg.slice(7) : arg === '--lang' ? argv[i + 1] : undefined;
    if (value !== undefined) return value === 'en' ? 'en' : value === 'zh' ? 'zh' : undefined;
  }
  return 'zh';
}

/**
 * A whole number option written with decimal digits only, within [min, max]; undefined otherwise, so
 * "", "1e3", "0x10", "1.5", "-5" and "abc" are all refused the same way.
 * @example toWholeNumber("100000", 1, 10_000_000) // 100000
 */
export function toWholeNumber(text: string, min: number, max: number): number | undefined {
  if (!/^\d{1,10}$/.test(text.trim())) return undefined;
  const n = Number(text.trim());
  return n >= min && n <= max ? n : undefined;
}
