/** Running the CLI as a function in a test. */
import { readCompareFlags, type FlagsResult } from '../../src/cli/compare-args.js';
import { createMemoryIO } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';
import { parseCommandLine } from '../../src/cli/parse.js';
import { compare, type compareOptions } from '../../src/cli/table/compare.js';
import type { OptionValues } from '../../src/cli/table/types.js';

/** Runs `wujian argv…` in `cwd` and returns the exit code with everything written. */
export async function wujian(cwd: string, ...argv: string[]) {
  const io = createMemoryIO(cwd);
  const code = await run(argv, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

/**
 * compare's options on a command line read as `compare before.yaml after.yaml argv…` reads them:
 * parsed against the command table (types and bounds), then into CompareOptions (renames, targets,
 * volumes). Gives the usage message or the located diagnostics of the first problem.
 */
export function readCompareLine(cwd: string, ...argv: string[]): FlagsResult {
  const parsed = parseCommandLine(compare, ['before.yaml', 'after.yaml', ...argv], 'en');
  if (!parsed.ok) return { ok: false, usage: parsed.message };
  return readCompareFlags(parsed.values as OptionValues<typeof compareOptions>, cwd, 'en');
}
