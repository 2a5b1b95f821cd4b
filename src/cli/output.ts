/** Delivering a command's output: printed, or sent where -o names (write.ts says what -o accepts). */
import type { Lang } from '../model/types.js';
import { Exit, type ExitCode, type IO } from './io.js';
import { say, type SentenceName } from './messages.js';
import { getOutputTarget, writeDevice, writeWhole, type OutputProblem, type OutputTarget, type Written } from './write.js';

/** What deliver needs besides the text and where it goes. */
export interface DeliverOptions {
  /** The files the command read (relative to io.cwd or absolute): an output never replaces one. */
  inputs?: readonly string[];
  /** What to say on standard error once a file is written; say(lang, 'wrote') when absent, nothing when "". */
  wrote?: string;
  /** The name was given as an argument (init's files), not after -o: refusals name it so. */
  argument?: boolean;
}

/** The sentence that refuses each kind of -o target. */
const REFUSALS = {
  empty: 'outputEmpty',
  folder: 'outputFolder',
  input: 'outputInput',
  symlink: 'outputSymlink',
  fifo: 'outputFifo',
  special: 'outputSpecial',
} as const satisfies Record<OutputProblem, SentenceName>;

/**
 * Prints `text` (a text in pieces, each once standard output has taken the one before), or sends it to
 * `out` (relative to io.cwd) and says so on standard error; an Office
 * file's bytes always go to a file (the command line refuses an Office format that would print). Returns
 * Exit.USAGE when `out` is refused (an input, a link, a FIFO, a folder, no name), Exit.INVALID when it
 * cannot be written, undefined when all went well.
 */
export async function deliver(text: Written, out: string | undefined, lang: Lang, io: IO, options: DeliverOptions = {}): Promise<ExitCode | undefined> {
  if (out === undefined) return printOut(io, text);
  const target = checkOutput(out, lang, io, options);
  if (typeof target === 'number') return target;
  if (target.kind === 'stdout') return printOut(io, text);
  const failure = sendOutput(text, target, io);
  if (failure) {
    io.err(say(lang, 'cannotWrite', { file: out, reason: failure }));
    return Exit.INVALID;
  }
  if (target.kind === 'file' || target.kind === 'device') io.err(options.wrote ?? say(lang, 'wrote', { file: out }));
  return undefined;
}

/**
 * Where `out` (relative to io.cwd) may be written, or Exit.USAGE after saying why it may not: a
 * command that writes several files (init, import) checks every name before writing any.
 */
export function checkOutput(out: string, lang: Lang, io: IO, options: Pick<DeliverOptions, 'inputs' | 'argument'> = {}): OutputTarget | ExitCode {
  const found = getOutputTarget(out, io.cwd, options.inputs ?? []);
  if (found.ok) return found.target;
  io.err(say(lang, REFUSALS[found.problem], { file: `${options.argument ? '' : '-o '}${JSON.stringify(out)}` }));
  return Exit.USAGE;
}

/**
 * Sends `text` where checkOutput said: printed, written in place to a device, or a regular file written
 * whole. Returns the error code when it could not be written, for the caller to word.
 */
export function sendOutput(text: Written, target: OutputTarget, io: IO): string | undefined {
  if (target.kind === 'stdout' || target.kind === 'stderr') {
    print(target.kind === 'stdout' ? io.out : io.err, text);
    return undefined;
  }
  return target.kind === 'device' ? writeDevice(target.file, text) : writeWhole(target.file, text);
}

/** Prints `text` on standard output, a text in pieces as printPieces does. */
async function printOut(io: IO, text: Written): Promise<undefined> {
  if (typeof text === 'string' || text instanceof Uint8Array) print(io.out, text);
  else await printPieces(io, text);
  return undefined;
}

/** Prints a text given in pieces on standard output, each piece once the one before it has been taken (io.drained). */
export async function printPieces(io: IO, pieces: Iterable<string>): Promise<void> {
  for (const piece of pieces) {
    io.out(piece);
    if (io.drained) await io.drained();
  }
}

/** Prints text, or each piece of it; an Office file's bytes never get here (parse.ts refuses an Office format that would print). */
function print(to: (text: string) => void, text: Written): void {
  if (text instanceof Uint8Array) throw new Error('an Office file is written to a file, never printed');
  if (typeof text === 'string') to(text);
  else for (const piece of text) to(piece);
}
