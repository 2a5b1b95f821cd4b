/**
 * What a user sees when wujian itself fails: every problem with the input is a diagnostic, so an error
 * that reaches the process is wujian's own bug. One sentence in the user's language, the stack only
 * when WUJIAN_DEBUG is set, and exit code 70 (EX_SOFTWARE).
 */
import { Exit, type ExitCode } from './io.js';
import { say } from './messages.js';
import { findLang } from './parse.js';

/** Writes the sentence for `error` (and, when `debug`, its stack) with `write`; gives the exit code. */
export function reportInternalError(error: unknown, argv: readonly string[], write: (text: string) => void, debug: boolean): ExitCode {
  const message = error instanceof Error ? error.message : String(error);
  write(say(findLang(argv) ?? 'zh', 'internalError', { message: message.split('\n')[0]! }));
  if (debug) write(`${error instanceof Error ? error.stack : message}\n`);
  return Exit.INTERNAL;
}
