/**
 * What a command declares in the command table: its arguments, options, help words, examples, exit
 * codes and the module that runs it. Parsing (parse.ts), `--help` and the README's command reference
 * (help.ts) are all read from these declarations, so none of them can say something the others do not.
 */
import type { Lang } from '../../model/types.js';
import type { ExitCode, IO } from '../io.js';

/** A text in both languages. */
export type Words = Readonly<Record<Lang, string>>;

interface OptionBase {
  /** What the option does, one line in each language (the default is added from `default`). */
  description: Words;
  /** One-letter alias, e.g. "o" for -o. */
  short?: string;
}

/** An option that is on or off. */
export interface FlagOption extends OptionBase {
  type: 'flag';
}

/** An option that takes text, e.g. a file name. */
export interface TextOption extends OptionBase {
  type: 'text';
  /** Placeholder in help: "文件" / "file". */
  value: Words;
  /** May be given more than once; the values are kept in order. */
  multiple?: boolean;
  default?: string;
  /** Bounds of the number the text carries (--volume N or item=N), shown in help; the command checks them. */
  range?: { readonly min: number; readonly max: number };
  /**
   * The setting of the project settings file (wujian.yaml, src/cli/settings.ts) that gives the value
   * when the command line does not: `calendar` gives the calendar files it names.
   */
  setting?: SettingName;
}

/** A setting of wujian.yaml that an option can default to (schemas/settings.schema.json). */
export type SettingName = 'calendar';

/** An option that takes one of a few words. */
export interface ChoiceOption<C extends string = string> extends OptionBase {
  type: 'choice';
  choices: readonly C[];
  default?: C;
  /**
   * For an output format: the extensions of the file -o (the option `out`) names that choose a value
   * when the option is not given, e.g. { '.docx': 'docx' }. Another extension is a usage error; a name
   * without one takes the default.
   */
  byExtension?: Readonly<Record<string, C>>;
  /** Values that are files and never printed (Office documents): they need -o, and their extension is theirs alone. */
  fileOnly?: readonly C[];
}

/** An option that takes a whole number written in digits, within [min, max]. */
export interface WholeOption extends OptionBase {
  type: 'whole';
  value: Words;
  min: number;
  /** Largest accepted; none when absent. */
  max?: number;
  default?: number;
  /** Shown without thousands separators: an identifier (a seed, a port), not a quantity. */
  plain?: boolean;
}

/** An option that takes a number within [min, max] (money, hours). */
export interface NumberOption extends OptionBase {
  type: 'number';
  value: Words;
  min: number;
  /** Largest accepted; none when absent. */
  max?: number;
  default?: number;
  /** Where the default comes from, shown beside it in help. */
  basis?: Words;
}

/** Any option. */
export type OptionSpec = FlagOption | TextOption | ChoiceOption | WholeOption | NumberOption;

/** A command's options by long name (without "--"). */
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** How many positional arguments a command takes, and what to say when the count is wrong. */
export interface PositionalSpec {
  min: number;
  /** Most accepted; Infinity for any number. */
  max: number;
  /** The usage error when the count is wrong. */
  message: Words;
}

/** The value an option gives the command. */
type ValueOf<O> = O extends { type: 'flag' } ? boolean
  : O extends { type: 'whole' | 'number' } ? number
  : O extends { type: 'choice'; choices: ReadonlyArray<infer C> } ? C
  : string;

/** The parsed option values of a command: present when the option has a default or is a flag, listed when repeatable. */
export type OptionValues<O extends OptionSpecs> = {
  -readonly [K in keyof O]: O[K] extends { multiple: true } ? string[]
    : O[K] extends { type: 'flag' } | { default: unknown } ? ValueOf<O[K]>
    : ValueOf<O[K]> | undefined;
};

/** What a command's run function is given. */
export interface CommandContext<O extends OptionSpecs = OptionSpecs> {
  /** Option values, checked and typed, defaults applied. */
  values: OptionValues<O>;
  /** Positional arguments, their count checked. */
  positionals: string[];
  /** Language of the output. */
  lang: Lang;
  /** Where the command writes and what it sees. */
  io: IO;
  /** Prints a usage error of this command, pointing at its help, and returns Exit.USAGE. */
  usage(message: string): ExitCode;
}

/** The module that runs a command, loaded only when the command runs. */
export interface CommandModule<O extends OptionSpecs> {
  run(context: CommandContext<O>): ExitCode | Promise<ExitCode>;
}

/** One command of the table. */
export interface CommandSpec<O extends OptionSpecs = OptionSpecs> {
  /** The word after `wujian`. */
  name: string;
  /** The arguments after the command in each form it takes, e.g. "<before> <after>" and "--all <folders…>". */
  usage: readonly Words[];
  /** One line for the program's help and the README's table. */
  summary: Words;
  /** A paragraph or two for the command's help. */
  description: Words;
  /** Positional arguments; a function when their count depends on an option (compare --all). */
  positionals: PositionalSpec | ((values: OptionValues<O>) => PositionalSpec);
  /** The command's own options; --lang and --help are every command's. */
  options: O;
  /** Exit codes the command uses, with what each means for it. */
  exits: ReadonlyArray<readonly [ExitCode, Words]>;
  /** Command lines to copy, without "wujian"; Words where a file name is worded per language. */
  examples: ReadonlyArray<string | Words>;
  /** Loads the module that runs the command: analysis, XState, d3 and fonts load only here. */
  load(): Promise<CommandModule<O>>;
}

/**
 * Declares a command, checking that its run function takes the values its options give.
 * @example defineCommand({ name: 'init', options: { force: { type: 'flag', … } }, load: () => import('../commands/init.js'), … })
 */
export function defineCommand<const O extends OptionSpecs>(spec: CommandSpec<O>): CommandSpec<O> {
  return spec;
}
