/**
 * The CLI as a function: run(argv, io) → exit code. bin.js only wires it to the process; tests call
 * it directly with a memory IO. A command is found in the command table, its line parsed against its
 * declaration, and only then is the module that runs it loaded.
 */
import packageJson from '../../package.json' with { type: 'json' };
import type { Lang } from '../model/types.js';
import { Exit, type ExitCode, type IO } from './io.js';
import { say } from './messages.js';
import { findLang, parseCommandLine, unknownCommandMessage, withoutLang, type OptionDefaults } from './parse.js';
import { getCommand } from './table/index.js';
import type { CommandContext } from './table/types.js';

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
  const defaults: OptionDefaults = {};
  const parsed = parseCommandLine(command, rest, lang, defaults);
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
  return module.run(context);
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
