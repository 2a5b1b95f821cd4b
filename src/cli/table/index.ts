/**
 * The command table: every command wujian has, in the order help lists them. Each declares its
 * arguments, options, help words, examples and exit codes (types.ts), and loads the module that runs
 * it only when it runs, so `wujian --version` and `--help` load no analysis.
 */
import { analyze } from './analyze.js';
import { compare } from './compare.js';
import { help } from './help.js';
import { importCommand } from './import.js';
import { init } from './init.js';
import { report } from './report.js';
import { simulate } from './simulate.js';
import { suggest } from './suggest.js';
import type { CommandSpec } from './types.js';
import { validate } from './validate.js';
import { view } from './view.js';

/**
 * Every command. (`any`: each command's run function takes its own options' values, which a list of
 * commands cannot name one by one; defineCommand has checked each against its options.)
 */
export const COMMANDS: ReadonlyArray<CommandSpec<any>> = [validate, analyze, simulate, compare, suggest, importCommand, init, report, view, help];

/** The command called `name`, if there is one. */
export function getCommand(name: string): CommandSpec<any> | undefined {
  return COMMANDS.find((c) => c.name === name);
}
