/** `wujian init`: write a commented starting procedure that validates as it is. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Exit, type ExitCode } from '../io.js';
import { say } from '../messages.js';
import type { initOptions } from '../table/init.js';
import type { CommandContext } from '../table/types.js';
import { writeWhole } from '../write.js';

const TEMPLATE = fileURLToPath(new URL('../templates/procedure.yaml', import.meta.url));
const SCHEMA = fileURLToPath(new URL('../../../schemas/procedure.schema.json', import.meta.url));

/** Runs `wujian init <file>`; refuses to overwrite unless --force. */
export function run({ values, positionals, lang, io }: CommandContext<typeof initOptions>): ExitCode {
  const file = positionals[0]!;
  const target = resolve(io.cwd, file);
  if (!/\.ya?ml$/i.test(target)) {
    io.err(say(lang, 'notYaml', { file }));
    return Exit.USAGE;
  }
  if (existsSync(target) && !values.force) {
    io.err(say(lang, 'exists', { file }));
    return Exit.INVALID;
  }
  const schemaRef = relative(dirname(target), SCHEMA).split('\\').join('/');
  const text = readFileSync(TEMPLATE, 'utf8').replace('$SCHEMA', schemaRef);
  const failure = writeWhole(target, text);
  if (failure) {
    io.err(say(lang, 'cannotWrite', { file, reason: failure }));
    return Exit.INVALID;
  }
  io.out(say(lang, 'initialised', { file }));
  return Exit.OK;
}
