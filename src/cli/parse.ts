/**
 * Reading a command line against a command's declaration (table/): node:util's parseArgs splits it,
 * then every value is checked against its option's type (choices, whole numbers, numbers) and the
 * count of positional arguments against the command's. Problems come back as usage messages in the
 * user's language, with "是否想写 …？" when a mistyped name is close to a known one.
 */
import { extname } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { didYouMean, suggest } from '../model/suggest.js';
import type { Lang } from '../model/types.js';
import { say } from './messages.js';
import { COMMANDS } from './table/index.js';
import { namesStandardStream } from './write.js';
import type { ChoiceOption, CommandSpec, OptionSpec, OptionSpecs } from './table/types.js';

/** Option values that stand in for a command's declared defaults, by option name (e.g. from a settings file). */
export type OptionDefaults = Readonly<Record<string, string | number | boolean | readonly string[]>>;

/** A parsed command line, or the usage problem with it. */
export type Parsed =
  | { ok: true; help: boolean; values: Record<string, unknown>; positionals: string[] }
  | { ok: false; message: string };

/** The options every command accepts besides its own (--lang is read before parsing, anywhere on the line). */
export const COMMON_OPTIONS = {
  lang: { type: 'choice', choices: ['zh', 'en'], description: { zh: '输出语言（默认中文）', en: 'language of the output (default Chinese)' } },
  help: { type: 'flag', short: 'h', description: { zh: '显示帮助', en: 'show help' } },
} as const satisfies OptionSpecs;

/**
 * Parses `argv` (the words after the command, without --lang) for `command`. `defaults` replace the
 * command's declared defaults: the seam where a settings file's values come in; an option on the
 * command line always wins.
 */
export function parseCommandLine(command: CommandSpec<any>, argv: readonly string[], lang: Lang, defaults: OptionDefaults = {}): Parsed {
  const options: OptionSpecs = command.options;
  let split;
  try {
    split = parseArgs({ args: withDashedValues(argv, options), options: toParseArgsConfig(options), allowPositionals: true, strict: true });
  } catch (error) {
    return { ok: false, message: toUsageMessage(error as Error & { code?: string }, options, lang) };
  }
  if (split.values.help) return { ok: true, help: true, values: {}, positionals: split.positionals };
  const values: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(options)) {
    const raw = split.values[name] as string | string[] | boolean | undefined;
    const read = raw === undefined ? { ok: true as const, value: defaults[name] ?? defaultOf(spec) } : readValue(`--${name}`, spec, raw, lang);
    if (!read.ok) return read;
    values[name] = read.value;
  }
  for (const [name, spec] of Object.entries(options)) {
    if (spec.type !== 'choice' || !spec.byExtension) continue;
    const chosen = chooseByExtension(name, spec, split.values[name] !== undefined, values, lang);
    if (!chosen.ok) return chosen;
    values[name] = chosen.value;
  }
  const count = typeof command.positionals === 'function' ? command.positionals(values) : command.positionals;
  if (split.positionals.length < count.min || split.positionals.length > count.max) return { ok: false, message: count.message[lang] };
  return { ok: true, help: false, values, positionals: split.positionals };
}

/** The value an option has when it is not given. */
function defaultOf(spec: OptionSpec): unknown {
  if (spec.type === 'flag') return false;
  if (spec.type === 'text' && spec.multiple) return [];
  return spec.default;
}

function toParseArgsConfig(options: OptionSpecs): NonNullable<ParseArgsConfig['options']> {
  const config: NonNullable<ParseArgsConfig['options']> = { help: { type: 'boolean', short: 'h' } };
  for (const [name, spec] of Object.entries(options)) {
    config[name] = {
      type: spec.type === 'flag' ? 'boolean' : 'string',
      ...(spec.short ? { short: spec.short } : {}),
      ...(spec.type === 'text' && spec.multiple ? { multiple: true } : {}),
    };
  }
  return config;
}

/**
 * `--runs -5` as `--runs=-5`: a value that starts with a dash (a negative number) is read as the
 * option's value, to be refused for what it is, rather than as an unknown option.
 */
function withDashedValues(argv: readonly string[], options: OptionSpecs): string[] {
  const takesValue = new Set(Object.entries(options).flatMap(([name, spec]) => (spec.type === 'flag' ? [] : [`--${name}`, ...(spec.short ? [`-${spec.short}`] : [])])));
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const next = argv[i + 1];
    if (takesValue.has(argv[i]!) && next !== undefined && /^-[\d.]/.test(next)) out.push(`${argv[i]}=${argv[++i]}`);
    else out.push(argv[i]!);
  }
  return out;
}

type Read = { ok: true; value: unknown } | { ok: false; message: string };

/** Checks and converts what was written for one option. */
function readValue(option: string, spec: OptionSpec, raw: string | string[] | boolean, lang: Lang): Read {
  if (typeof raw === 'boolean' || Array.isArray(raw)) return { ok: true, value: raw };
  switch (spec.type) {
    case 'choice': {
      if (spec.choices.includes(raw)) return { ok: true, value: raw };
      return { ok: false, message: withSuggestion(lang, say(lang, 'badChoice', { option, choices: spec.choices }), suggest(raw, spec.choices)) };
    }
    case 'whole': {
      const value = toWholeNumber(raw, spec.min, spec.max ?? Number.MAX_SAFE_INTEGER);
      if (value !== undefined) return { ok: true, value };
      return { ok: false, message: say(lang, 'badWhole', { option, min: spec.min, max: spec.max, found: raw, show: (n) => showNumber(spec, n) }) };
    }
    case 'number': {
      const value = Number(raw);
      if (raw.trim() !== '' && value >= spec.min && value <= (spec.max ?? Number.MAX_VALUE)) return { ok: true, value };
      return { ok: false, message: say(lang, 'badNumber', { option, min: spec.min, max: spec.max, found: raw, show: (n) => showNumber(spec, n) }) };
    }
    default:
      return { ok: true, value: raw };
  }
}

/**
 * An output format as -o's file name asks for it: when the option is not given, the extension picks
 * it (a name without one keeps the default); an extension the command does not write is refused; an
 * Office name never gets another format, and an Office format is never printed.
 */
function chooseByExtension(name: string, spec: ChoiceOption, given: boolean, values: Record<string, unknown>, lang: Lang): Read {
  const option = `--${name}`;
  const byExtension = spec.byExtension ?? {};
  const out = typeof values.out === 'string' && !namesStandardStream(values.out) ? values.out : undefined;
  const extension = out === undefined ? '' : extname(out).toLowerCase();
  const named = byExtension[extension];
  const fileOnly = spec.fileOnly ?? [];
  const known = Object.keys(byExtension);
  let value = values[name] as string;
  if (!given && extension !== '') {
    if (named === undefined) return { ok: false, message: say(lang, 'unknownExtension', { file: out!, extension, option, known }) };
    value = named;
  }
  if (named !== undefined && named !== value && (fileOnly.includes(named) || fileOnly.includes(value))) {
    return { ok: false, message: say(lang, 'extensionMismatch', { file: out!, option, format: value, named }) };
  }
  if (fileOnly.includes(value) && out === undefined) return { ok: false, message: say(lang, 'fileOnlyFormat', { option, format: value, extension: known.find((e) => byExtension[e] === value) ?? '' }) };
  return { ok: true, value };
}

/** `message`, then "是否想写 …？" when `suggestion` is not "". */
export function withSuggestion(lang: Lang, message: string, suggestion: string): string {
  return suggestion ? say(lang, 'withSuggestion', { message, hint: didYouMean(lang, suggestion) }) : message;
}

/** "不认识的命令 "x"" with the command probably meant, for `wujian x` and `wujian help x`. */
export function unknownCommandMessage(name: string, lang: Lang): string {
  return withSuggestion(lang, say(lang, 'unknownCommand', { command: name }), suggest(name, COMMANDS.map((c) => c.name)));
}

/** A number as help and messages show it: 10,000,000, but a seed or a port in plain digits. */
export function showNumber(spec: OptionSpec, n: number): string {
  return spec.type === 'whole' && spec.plain ? String(n) : n.toLocaleString('en-US');
}

function toUsageMessage(error: Error & { code?: string }, options: OptionSpecs, lang: Lang): string {
  const option = /'([^']+)'/.exec(error.message)?.[1]?.split(' ')[0] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const known = [...Object.keys(options), ...Object.keys(COMMON_OPTIONS)].map((name) => `--${name}`);
      return withSuggestion(lang, say(lang, 'unknownOption', { option }), suggest(option, known));
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return say(lang, 'missingValue', { option });
    default:
      return error.message;
  }
}

/**
 * A whole number written with decimal digits only, within [min, max]; undefined otherwise, so "",
 * "1e3", "0x10", "1.5", "-5" and "abc" are all refused the same way.
 * @example toWholeNumber("100000", 1, 10_000_000) // 100000
 */
export function toWholeNumber(text: string, min: number, max: number): number | undefined {
  if (!/^\d{1,10}$/.test(text.trim())) return undefined;
  const n = Number(text.trim());
  return n >= min && n <= max ? n : undefined;
}

/** Reads --lang from anywhere on the command line; undefined when its value is neither zh nor en. */
export function findLang(argv: readonly string[]): Lang | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = arg.startsWith('--lang=') ? arg.slice(7) : arg === '--lang' ? argv[i + 1] : undefined;
    if (value !== undefined) return value === 'en' ? 'en' : value === 'zh' ? 'zh' : undefined;
  }
  return 'zh';
}

/** The command line without --lang and its value, which findLang has read. */
export function withoutLang(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lang') i++;
    else if (!argv[i]!.startsWith('--lang=')) out.push(argv[i]!);
  }
  return out;
}
