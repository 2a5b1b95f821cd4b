/**
 * The CLI as a function: run(argv, io) → exit code. bin.ts only wires it to the process; tests call
 * it directly with a memory IO. A command is found in the command table, its line parsed against its
 * declaration, and only then is the module that runs it loaded.
 */
import packageJson from '../../package.json' with { type: 'json' };
import type { Lang } from '../model/types.js';
import { describeInputError } from './input-error.js';
import { Exit, type ExitCode, type IO } from './io.js';
import { say } from './messages.js';
import { findLang, parseCommandLine, unknownCommandMessage, withoutLang, type Parsed } from './parse.js';
import { getCommand } from './table/index.js';
import type { CommandContext, CommandSpec, OptionSpec } from './table/types.js';

/** Runs the wujian command line `argv` (without "node" and the script). */
export async function run(argv: string[], io: IO): Promise<ExitCode> {
  const lang = findLang(argv);
  if (!lang) {
    io.err(say('zh', 'badLang'));
    return Exit.USAGE;
  }
  const [name, ...rest] = withoutLang(argv);
  if (name === undefined || name === '--help' || name === '-h') {
    io.out(await getHelp(lang));
    return name === undefined ? Exit.USAGE : Exit.OK;
  }
  if (name === '--version' || name === '-v') {
    io.out(`wujian ${packageJson.version}\n`);
    return Exit.OK;
  }
  const command = getCommand(name);
  if (!command) {
    return usage(io, lang, unknownCommandMessage(name, lang));
  }
  // Option defaults from a settings file (wujian.yaml) come in here, before the table's own.
  const parsed = await parseWithSettings(command, rest, lang, io);
  if (!parsed) return Exit.INVALID;
  if (!parsed.ok) return usage(io, lang, parsed.message, command.name);
  if (parsed.help) {
    io.out(await getHelp(lang, command.name));
    return Exit.OK;
  }
  const context: CommandContext = {
    values: parsed.values as CommandContext['values'],
    positionals: parsed.positionals,
    lang,
    io,
    usage: (message) => usage(io, lang, message, command.name),
  };
  const module = await command.load();
  try {
    return await module.run(context);
  } catch (error) {
    // Durations that end after the last date a calendar writes are the input's problem, not a bug.
    const problem = describeInputError(error, lang);
    if (problem === undefined) throw error;
    io.err(problem);
    return Exit.INVALID;
  }
}

/**
 * The command line read against `command`. Option defaults from the settings file (wujian.yaml) come
 * in here, before the table's own: for a command with options the settings set, the settings are read
 * (once, and not for --help) and the line read again with them, so that what it says still wins.
 * Undefined when the settings have errors, which are then printed.
 */
async function parseWithSettings(command: CommandSpec<any>, argv: readonly string[], lang: Lang, io: IO): Promise<Parsed | undefined> {
  const parsed = parseCommandLine(command, argv, lang);
  if (!parsed.ok || parsed.help || !Object.values<OptionSpec>(command.options).some((spec) => spec.type === 'text' && spec.setting)) return parsed;
  const { readSettingsDefaults } = await import('./settings.js');
  const defaults = readSettingsDefaults(command, lang, io);
  return defaults && parseCommandLine(command, argv, lang, defaults);
}

/** The help text, its module (and the display-width tables it measures columns with) loaded when asked for. */
async function getHelp(lang: Lang, command?: string): Promise<string> {
  const { helpText } = await import('./help.js');
  return helpText(lang, command);
}

/** Prints a usage error with a pointer to the help, and returns the usage exit code. */
function usage(io: IO, lang: Lang, message: string, command?: string): ExitCode {
  io.err(say(lang, 'usage', { message, more: command ? `wujian ${command} --help` : 'wujian --help' }));
  return Exit.USAGE;
}
