/** Running the CLI as a function in a test. */
import { createMemoryIO } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';

/** Runs `wujian argv…` in `cwd` and returns the exit code with everything written. */
export async function wujian(cwd: string, ...argv: string[]) {
  const io = createMemoryIO(cwd);
  const code = await run(argv, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}
