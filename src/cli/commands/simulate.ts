/** `wujian simulate`: a seeded Monte Carlo run of one procedure or bundle, as a table or JSON. */
import { simulateBundle, simulateProcedure } from '../../analysis/simulate/index.js';
import type { EngineName, SimulationOptions, SimulationResult } from '../../analysis/simulate/types.js';
import { sortDiagnostics, type Diagnostic } from '../../model/diagnostic.js';
import type { Lang } from '../../model/types.js';
import { formatDiagnostic } from '../../report/diagnostics.js';
import { toSimulationJson } from '../../report/simulation-json.js';
import { toSimulationTable } from '../../report/simulation-table.js';
import { resolveBundleItems } from '../bundle-items.js';
import { Exit, type ExitCode, type IO } from '../io.js';
import { prepareCalendar, type DateOptions } from '../calendar.js';
import { deliver } from '../output.js';
import { createProgress } from '../progress.js';
import { loadArguments, sourceReader } from './validate.js';

/** Options of `simulate`, checked by main.ts. */
export interface SimulateCommandOptions extends DateOptions {
  /** Cases to run. */
  runs: number;
  /** Seed of the draws. */
  seed: number;
  /** Terminal table or JSON. */
  format: 'table' | 'json';
  /** Which engine runs the cases. */
  engine: EngineName;
  /** File to write instead of standard output. */
  out?: string;
  /** Language of the output. */
  lang: Lang;
}

/** Runs `wujian simulate <file>`: a procedure, or a bundle whose items are simulated together. */
export async function simulateCommand(file: string, options: SimulateCommandOptions, io: IO): Promise<ExitCode> {
  const { lang } = options;
  const zh = lang === 'zh';
  const calendar = prepareCalendar(options, lang, io);
  if (!calendar) return Exit.INVALID;
  const { results, problems } = loadArguments([file], io);
  const diagnostics = sortDiagnostics([...problems, ...results.flatMap((r) => r.diagnostics)]).filter((d) => d.severity === 'error');
  const sourceOf = sourceReader(io);
  const report = (list: readonly Diagnostic[]) => {
    for (const d of list) io.err(formatDiagnostic(d, lang, sourceOf) + '\n\n');
  };
  report(diagnostics);
  if (diagnostics.length > 0) return Exit.INVALID;
  if (results.length !== 1) {
    io.err(zh
      ? `错误：${file} 中有 ${results.length} 个事项文件，simulate 一次模拟一个事项或一件事\n  提示：请给出一个文件，例如 ${file}/before.yaml。\n`
      : `error: ${file} holds ${results.length} procedure files; simulate runs one procedure or bundle at a time\n  hint: give one file, e.g. ${file}/before.yaml.\n`);
    return Exit.USAGE;
  }
  const document = results[0]!.document;
  if (!document) {
    io.err(zh
      ? `错误：${file} 不是事项或一件事文件，无法模拟\n  提示：节假日安排和 wujian.yaml 由命令自动读取（或用 --calendar 指定），不需要作为模拟对象给出。\n`
      : `error: ${file} is not a procedure or bundle file and cannot be simulated\n  hint: holiday calendars and wujian.yaml are read by the commands themselves (or named with --calendar).\n`);
    return Exit.USAGE;
  }
  let simulate: (run: SimulationOptions) => Promise<SimulationResult>;
  if (document.kind === 'bundle') {
    const resolved = resolveBundleItems(document, io);
    const items = resolved.items;
    const itemErrors = sortDiagnostics(resolved.diagnostics.filter((d) => d.severity === 'error'));
    report(itemErrors);
    if (itemErrors.length > 0) return Exit.INVALID;
    simulate = (run) => simulateBundle(document, items, run);
  } else {
    simulate = (run) => simulateProcedure(document, run);
  }
  const progress = options.format === 'json' ? undefined : createProgress(io, options.runs, lang);
  const controller = new AbortController();
  const release = io.onInterrupt?.(() => controller.abort());
  let result: SimulationResult;
  try {
    result = await simulate({
      runs: options.runs,
      seed: options.seed,
      startDate: options.startDate,
      calendar,
      engine: options.engine,
      signal: controller.signal,
      onProgress: progress && ((completed) => progress.update(completed)),
    });
  } finally {
    progress?.stop();
    release?.();
  }
  if (result.interrupted) {
    io.err(zh
      ? `已中断：完成了 ${result.completed.toLocaleString('en-US')} / ${result.runs.toLocaleString('en-US')} 件，以下是已完成部分的结果。\n`
      : `Interrupted: ${result.completed.toLocaleString('en-US')} of ${result.runs.toLocaleString('en-US')} cases done; the figures below cover those.\n`);
  }
  const text = options.format === 'json' ? JSON.stringify(toSimulationJson(result), null, 2) + '\n' : toSimulationTable(result, lang);
  const failed = deliver(text, options.out, lang, io);
  if (failed !== undefined) return failed;
  return result.interrupted ? Exit.INTERRUPTED : Exit.OK;
}
