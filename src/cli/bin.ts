/**
 * The wujian process: runs the CLI on the command line's arguments and sets the exit code. All
 * behaviour lives in main.ts's run(), which tests call directly; bin/wujian.js starts this file
 * (compiled, in an installed package; through tsx, in a clone).
 */
import { createProcessIO, Exit } from './io.js';
import { run } from './main.js';
import { say } from './messages.js';
import { findLang } from './parse.js';

// A reader that goes away (`wujian validate … | head`) is not an error of ours: stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}
const argv = process.argv.slice(2);
try {
  process.exitCode = await run(argv, createProcessIO());
} catch (error) {
  // Every problem with the input is a diagnostic; what is left is wujian's own bug. Tests call run()
  // and see the error itself; a user sees a sentence (and the stack with WUJIAN_DEBUG=1).
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(say(findLang(argv) ?? 'zh', 'internalError', { message: message.split('\n')[0]! }));
  if (process.env.WUJIAN_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : message}\n`);
  process.exitCode = Exit.INTERNAL;
}
