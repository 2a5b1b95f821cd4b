#!/usr/bin/env node
// The `wujian` command: loads the TypeScript sources through tsx, runs the CLI and sets the exit code.
// All behaviour lives in main.ts's run(), which tests call directly.
import { register } from 'tsx/esm/api';

register();
// A reader that goes away (`wujian validate … | head`) is not an error of ours: stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}
const { run } = await import('./main.ts');
const { createProcessIO } = await import('./io.ts');
process.exitCode = await run(process.argv.slice(2), createProcessIO());
