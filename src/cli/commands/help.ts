/** `wujian help [command]`: the help of the program or of one command. */
import { helpText } from '../help.js';
import { Exit, type ExitCode } from '../io.js';
import { unknownCommandMessage } from '../parse.js';
import { getCommand } from '../table/index.js';
import type { CommandContext } from '../table/types.js';

/** Prints the help of the command named, or the program's; an unknown name is a usage error. */
export function run({ positionals, lang, io, usage }: CommandContext<{}>): ExitCode {
  const [name] = positionals;
  if (name !== undefined && !getCommand(name)) return usage(unknownCommandMessage(name, lang));
  io.out(helpText(lang, name));
  return Exit.OK;
}
