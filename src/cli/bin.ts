/**
 * The wujian process: runs the CLI on the command line's arguments and sets the exit code. All
 * behaviour lives in main.ts's run(), which tests call directly; bin/wujian.js starts this file
 * (compiled, in an installed package; through tsx, in a clone).
 */
import { run } from './main.js';

process.exitCode = await run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  errTTY: process.stderr.isTTY ? process.stderr : undefined,
  onInterrupt: (stop) => {
    process.on('SIGINT', stop);
    return () => process.off('SIGINT', stop);
  },
});
