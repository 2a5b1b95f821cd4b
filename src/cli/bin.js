#!/usr/bin/env node
// The `wujian` command: loads the TypeScript sources through tsx, runs the CLI and sets the exit code.
// All behaviour lives in main.ts's run(), which tests call directly.
import { register } from 'tsx/esm/api';

register();
const { run } = await import('./main.ts');
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
