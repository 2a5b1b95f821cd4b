/**
 * The wujian process: runs the CLI on the command line's arguments and sets the exit code. All
 * behaviour lives in main.ts's run(), which tests call directly; bin/wujian.js starts this file
 * (compiled, in an installed package; through tsx, in a clone).
 */
import { reportInternalError } from './internal-error.js';
import { createProcessIO } from './io.js';
import { run } from './main.js';

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
  // Tests call run() and see the error itself; a user sees a sentence (internal-error.ts).
  process.exitCode = reportInternalError(error, argv, (text) => process.stderr.write(text), Boolean(process.env.WUJIAN_DEBUG));
}
