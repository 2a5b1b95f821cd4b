/** `wujian simulate`: a seeded Monte Carlo run of one procedure or bundle, as a table or JSON. */
import { simulateBundle, simulateProcedure } from '../../analysis/simulate/index.js';
import type { SimulationResult } from '../../analysis/simulate/types.js';
import { getErrors } from '../../model/diagnostic.js';
import { loadWorkspace } from '../../model/workspace.js';
import { toSimulationJson } from '../../report/simulation-json.js';
import { toSimulationTable } from '../../report/simulation-table.js';
import { toJsonText } from '../../report/terminal-text.js';
import { prepareDating } from '../calendar.js';
import { printDiagnostics } from '../diagnostics.js';
import { Exit, type ExitCode } from '../io.js';
import { say } from '../messages.js';
import { deliver } from '../output.js';
import { createProgress } from '../progress.js';
import type { simulateOptions } from '../table/simulate.js';
import type { CommandContext } from '../table/types.js';

/** Runs `wujian simulate <file>`: load → simulate (a bundle's items together) → render → deliver. */
export async function run(context: CommandContext<typeof simulateOptions>): Promise<ExitCode> {
  const { values, positionals, lang, io } = context;
  const dating = prepareDating(context);
  if (typeof dating === 'number') return dating;
  const file = positionals[0]!;
  // A simulation keeps its counters as it goes, so loops too many to unroll for exact analysis still run.
  const workspace = loadWorkspace([file], { cwd: io.cwd, simulation: true });
  const errors = getErrors(workspace.diagnostics);
  printDiagnostics(io, errors, lang);
  if (errors.length > 0) return Exit.INVALID;
  if (workspace.files.length !== 1) {
    io.err(say(lang, 'oneFileToSimulate', { file, count: workspace.files.length }));
    return Exit.USAGE;
  }
  const side = workspace.files[0]!.side;
  if (!side) {
    // A valid file that is no procedure or bundle: a holiday calendar, wujian.yaml, targets.
    io.err(say(lang, 'notSimulable', { file }));
    return Exit.USAGE;
  }
  const progress = values.format === 'json' ? undefined : createProgress(io, values.runs, lang);
  const controller = new AbortController();
  const release = io.onInterrupt?.(() => controller.abort());
  const options = {
    runs: values.runs,
    seed: values.seed,
    ...dating,
    engine: values.engine,
    signal: controller.signal,
    onProgress: progress && ((completed: number) => progress.update(completed)),
  };
  let result: SimulationResult;
  try {
    result = await ('bundle' in side ? simulateBundle(side.bundle, side.items, options) : simulateProcedure(side, options));
  } finally {
    progress?.stop();
    release?.();
  }
  if (result.interrupted) io.err(say(lang, 'interrupted', { completed: result.completed, runs: result.runs }));
  const text = values.format === 'json' ? toJsonText(toSimulationJson(result)) : toSimulationTable(result, lang);
  const failed = await deliver(text, values.out, lang, io, { inputs: [...workspace.inputs, ...dating.inputs] });
  if (failed !== undefined) return failed;
  return result.interrupted ? Exit.INTERRUPTED : Exit.OK;
}
