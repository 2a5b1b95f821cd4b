/**
 * What `wujian report` does once its layout worker is started (report.ts): load the pair → compare,
 * simulate, draw (the diagrams laid out in the worker) → write the one-file report whole or not at all.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Lang } from '../../model/types.js';
import { loadWorkspace } from '../../model/workspace.js';
import { createReportHtml } from '../../report/html.js';
import { Exit, type ExitCode, type IO } from '../io.js';
import { say } from '../messages.js';
import { deliver } from '../output.js';
import type { reportOptions } from '../table/report.js';
import type { CommandContext } from '../table/types.js';
import { APP_BUILD, getAppFontChunks, prepareBuild, REPORT_BUILD } from '../web-build.js';
import { prepareDating } from '../calendar.js';
import type { LayoutPool } from '../../report/diagram/pool.js';
import { buildCases, loadPairs, refuseErrors, type CasePair } from './cases.js';

/** Writes the report that `context` asks for, its diagrams laid out in `layouts`. */
export async function writeReport(context: CommandContext<typeof reportOptions>, layouts: LayoutPool): Promise<ExitCode> {
  const { values, positionals, lang, io, usage } = context;
  const dating = prepareDating(context);
  if (typeof dating === 'number') return dating;
  const found = positionals.length === 2 ? namedPair(positionals, lang, io) : folderPair(positionals[0]!, lang, io);
  if (typeof found === 'string') return usage(found);
  if (!found) return Exit.INVALID;
  const built = await buildCases([found.pair], lang, io, dating, layouts);
  if (!built) return Exit.INVALID;
  // The report template, and the app whose font files the report's glyphs are cut from.
  if (!(await prepareBuild(REPORT_BUILD, lang, io)) || !(await prepareBuild(APP_BUILD, lang, io))) return Exit.INVALID;
  const template = readFileSync(REPORT_BUILD.index, 'utf8');
  const html = await createReportHtml(template, built.document, { lang, fontChunks: getAppFontChunks() });
  // The same -o rules as every output: never an input, a link, a pipe or a folder; a device streamed to.
  const wrote = say(lang, 'wroteReport', { file: values.out, size: toSizeText(Buffer.byteLength(html)) });
  const failed = await deliver(html, values.out, lang, io, { inputs: [...found.inputs, ...built.inputs, ...dating.inputs], wrote });
  if (failed !== undefined) return failed;
  for (const line of built.dateLines) io.err(`${line}\n`);
  return Exit.OK;
}

/** The pair a report shows, and every file read to find it. */
interface FoundPair {
  pair: CasePair;
  inputs: string[];
}

/** The two files as named, before first; a usage message when they are not two files; undefined after printing their problems. */
function namedPair(args: readonly string[], lang: Lang, io: IO): FoundPair | string | undefined {
  const workspace = loadWorkspace(args, io);
  if (refuseErrors(workspace.diagnostics, lang, io)) return undefined;
  const [before, after] = args.map((arg) => workspace.files.find((f) => f.path === resolve(io.cwd, arg)));
  if (!before || !after) return say(lang, 'reportTwoFiles');
  return { pair: { id: '', before, after }, inputs: workspace.inputs };
}

/** The one pair in `folder`; a usage message when it holds none or several; undefined after printing problems. */
function folderPair(folder: string, lang: Lang, io: IO): FoundPair | string | undefined {
  const { pairs, failed, inputs } = loadPairs([folder], lang, io);
  if (failed) return undefined;
  if (pairs.length === 0) return say(lang, 'noPairInFolder', { folder });
  if (pairs.length > 1) return say(lang, 'severalPairs', { folder, ids: pairs.map((p) => p.id).join(', ') });
  return { pair: pairs[0]!, inputs };
}

/** 1234567 → "1.2 MB"; 5678 → "5.5 KB". */
function toSizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}
