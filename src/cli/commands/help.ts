/** `wujian help [command]`: the help of the program or of one command. */
import { suggest } from '../../model/suggest.js';
import { helpText } from '../help.js';
import { Exit, type ExitCode } from '../io.js';
import { say } from '../messages.js';
import { withSuggestion } from '../parse.js';
import { COMMANDS, getCommand } from '../table/index.js';
import type { CommandContext } from '../table/types.js';

/** Prints the help of the command named, or the program's; an unknown name is a usage error. */
export function run({ positionals, lang, io, usage }: CommandContext<{}>): ExitCode {
  const [name] = positionals;
  if (name !== undefined && !getCommand(name)) {
    return usage(withSuggestion(lang, say(lang, 'unknownCommand', { command: name }), suggest(name, COMMANDS.map((c) => c.name))));
  }
  io.out(helpText(lang, name));
  return Exit.OK;
}
