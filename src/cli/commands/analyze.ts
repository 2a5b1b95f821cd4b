/** `wujian analyze`: the five measures of each procedure and bundle, as a table, JSON or Markdown. */
import { resolve } from 'node:path';
import { analyzeBundle, type BundleAnalysis } from '../../analysis/bundle.js';
import { getAnalysisFinishes, getBundleFinishes, getDateBasis, type DateBasis } from '../../analysis/date-basis.js';
import { enumeratePaths } from '../../analysis/enumerate.js';
import { measurePath } from '../../analysis/measure-path.js';
import { analyzeProcedure, type AnalyzeOptions } from '../../analysis/measures.js';
import type { ProcedureAnalysis } from '../../analysis/types.js';
import { getErrors, tidyDiagnostics, type Diagnostic } from '../../model/diagnostic.js';
import { displayPath } from '../../model/files.js';
import { limitText } from '../../model/messages.js';
import { loadTargetsFile } from '../../model/targets.js';
import type { Lang, Procedure } from '../../model/types.js';
import { loadWorkspace, type WorkspaceFile } from '../../model/workspace.js';
import { toBundleMarkdown, toBundleTable } from '../../report/bundle.js';
import { dateLines, dateMarkdown } from '../../report/dates.js';
import { toAnalysisJson } from '../../report/json.js';
import { toMarkdown } from '../../report/markdown.js';
import { toTable } from '../../report/table.js';
import { toJsonPieces } from '../../report/terminal-text.js';
import { grouped, num, outcomeName, percent } from '../../report/words.js';
import { prepareDating } from '../calendar.js';
import { printDiagnostics } from '../diagnostics.js';
import { Exit, type ExitCode, type IO } from '../io.js';
import { say } from '../messages.js';
import { checkPathsInThreads, shownDiagnostics, THREADED_FROM } from '../threaded.js';
import { deliver } from '../output.js';
import type { Written } from '../write.js';
import type { analyzeOptions } from '../table/analyze.js';
import type { CommandContext, OptionValues } from '../table/types.js';

/** What analysing the user's paths gave, before it is rendered. */
interface Analysed {
  analyses: ProcedureAnalysis[];
  bundles: BundleAnalysis[];
  errors: Diagnostic[];
  /** The procedures analysed, for --list-paths (analysed in this thread only). */
  procedures: Procedure[];
  /** Every file read (an output must never replace one), and how many the paths named. */
  inputs: string[];
  files: number;
}

/**
 * Runs `wujian analyze`: load → analyse → render → deliver; the valid files are analysed even when
 * others are not. From `threadedFrom` files, without --list-paths, the procedures are loaded and
 * analysed in threads (this one and workers), on the same calendar and start date, with the same result
 * (tests/cli/analyze-threads.test.ts); their bundles are then resolved and analysed in this thread.
 */
export async function run(context: CommandContext<typeof analyzeOptions>, threadedFrom = THREADED_FROM): Promise<ExitCode> {
  const { values, positionals, lang, io } = context;
  const dating = prepareDating(context);
  if (typeof dating === 'number') return dating;
  const stepCounting = values['step-counting'];
  const options = { startDate: dating.startDate, calendar: dating.calendar, stepCounting, readPath: (file: string) => resolve(io.cwd, file) };
  // --list-paths lists the paths of the procedures themselves, which a worker does not send back.
  const analysed = (values['list-paths'] ? undefined : await analyzeInThreads(positionals, lang, io, options, threadedFrom)) ?? analyzeHere(positionals, lang, io, options);
  const { analyses, bundles, errors, procedures } = analysed;
  const dates = dating.startDate
    ? getDateBasis(dating.calendar, dating.startDate, [...analyses.flatMap(getAnalysisFinishes), ...bundles.flatMap((b) => getBundleFinishes(b.dates))])
    : undefined;
  let output: Written;
  if (values.format === 'docx') {
    // The Word report loads its writer (docx) only here; --list-paths stays a terminal listing.
    const { toAnalysisDocx } = await import('../../report/office/analysis-docx.js');
    output = await toAnalysisDocx(analyses, bundles, lang, dates);
  } else {
    const rendered = render({ analyses, bundles, errors, dates }, values.format, lang);
    output = values['list-paths'] ? followedBy(rendered, procedures.map((p) => pathListing(p, values.limit, lang)).join('')) : rendered;
  }
  const failed = await deliver(output, values.out, lang, io, { inputs: [...analysed.inputs, ...dating.inputs] });
  if (failed !== undefined) return failed;
  return analysed.files === 0 || errors.length > 0 ? Exit.INVALID : Exit.OK;
}

/** One item's versions side by side, the earlier version first, as a report compares them. */
function byItemAndVersion(a: { id: string; version: { date?: string }; file: string }, b: { id: string; version: { date?: string }; file: string }): number {
  return a.id.localeCompare(b.id) || (a.version.date ?? '').localeCompare(b.version.date ?? '') || a.file.localeCompare(b.file);
}

/** The paths loaded and analysed in this thread, as every command loads them; errors and bundle warnings printed. */
function analyzeHere(positionals: readonly string[], lang: Lang, io: IO, options: AnalyzeOptions): Analysed {
  const workspace = loadWorkspace(positionals, io);
  const errors = getErrors(workspace.diagnostics);
  printDiagnostics(io, errors, lang);
  const procedures = workspace.files.flatMap((f) => (f.document?.kind === 'procedure' ? [f.document] : [])).sort(byItemAndVersion);
  const bundles = analyzeBundles(workspace.files, lang, io, options);
  const analyses = procedures.map((p) => analyzeProcedure(p, options));
  return { analyses, bundles, errors, procedures, inputs: workspace.inputs, files: workspace.files.length };
}

/** The bundles among `files` that resolved, analysed and in order; the warnings only an analysis gives (a bundle limit no case can keep) said, the run still succeeding. */
function analyzeBundles(files: readonly WorkspaceFile[], lang: Lang, io: IO, options: AnalyzeOptions): BundleAnalysis[] {
  const bundles = files
    .flatMap((f) => (f.side && 'bundle' in f.side ? [analyzeBundle(f.side.bundle, f.side.items, options)] : []))
    .sort((a, b) => a.id.localeCompare(b.id) || (a.version?.date ?? '').localeCompare(b.version?.date ?? ''));
  printDiagnostics(io, bundles.flatMap((b) => b.warnings), lang);
  return bundles;
}

/**
 * The paths' procedures loaded and analysed in threads, each on its own, and their bundles
 * resolved and analysed here; errors printed. Undefined when checkPathsInThreads declines.
 */
async function analyzeInThreads(positionals: readonly string[], lang: Lang, io: IO, options: AnalyzeOptions, from: number): Promise<Analysed | undefined> {
  const { startDate, calendar, stepCounting } = options;
  // The workers count on the same calendar, built again from its files (none: the official one).
  const task = { analyze: true, startDate, stepCounting, calendar: calendar?.files.length ? calendar.files : undefined };
  const threaded = await checkPathsInThreads(positionals, io, task, from);
  if (!threaded) return undefined;
  const diagnostics = threaded.files.flatMap(({ path, entry, bundle }) => bundle?.diagnostics ?? shownDiagnostics(io, entry ? entry.diagnostics : loadTargetsFile(path).diagnostics));
  const errors = getErrors(tidyDiagnostics([...threaded.problems, ...diagnostics]));
  printDiagnostics(io, errors, lang);
  const bundles = analyzeBundles(threaded.files.flatMap((f) => (f.bundle ? [f.bundle] : [])), lang, io, options);
  const analyses = threaded.files.flatMap(({ entry }) => (entry?.analysis ? [{ ...entry.analysis, file: displayPath(io, entry.analysis.file) }] : [])).sort(byItemAndVersion);
  return { analyses, bundles, errors, procedures: [], inputs: threaded.inputs, files: threaded.files.length };
}

/** What `analyze` reports: the analyses, the errors beside them, and what their dates rest on. */
type Reported = Pick<Analysed, 'analyses' | 'bundles' | 'errors'> & { dates?: DateBasis };

/** The report in `format`; JSON in pieces, one a procedure, so a large catalogue's is never held whole. */
function render({ analyses, bundles, errors, dates }: Reported, format: OptionValues<typeof analyzeOptions>['format'], lang: Lang): string | Iterable<string> {
  switch (format) {
    case 'json':
      return toJsonPieces(toAnalysisJson(analyses, errors, { lang, dates, bundles }));
    case 'md':
      return (dates ? dateMarkdown(dates, lang) + '\n\n' : '') + toMarkdown(analyses, lang) + bundles.map((b) => '\n' + toBundleMarkdown(b, lang)).join('');
    default:
      return [...(dates ? [dateLines(dates, lang).join('\n') + '\n'] : []), toTable(analyses, lang), ...bundles.map((b) => toBundleTable(b, lang))].join('\n');
  }
}

/** `text` (whole or in pieces), then `last`. */
function* followedBy(text: string | Iterable<string>, last: string): Generator<string> {
  if (typeof text === 'string') yield text;
  else yield* text;
  yield last;
}

/** Lists every path of a procedure, or says why not when there are more than `limit`. */
function pathListing(p: Procedure, limit: number, lang: Lang): string {
  const listing = enumeratePaths(p, limit);
  const head = say(lang, 'pathsHead', { name: p.name, label: p.version.label });
  if (!listing.ok) {
    // Past 2^53 paths the count is no longer exact (and past 10^308 not finite): no --limit could list them.
    const listable = listing.total <= Number.MAX_SAFE_INTEGER;
    const total = listable ? grouped(listing.total) : Number.isFinite(listing.total) ? listing.total.toExponential(2) : '> 1.8e308';
    return say(lang, 'pathsOverLimit', { head, total, limit: listing.limit, all: listable ? listing.total : undefined });
  }
  const lines = listing.paths.map((path, i) => {
    const m = measurePath(p, path);
    return `  ${i + 1}. ${outcomeName(path.end.outcome ?? '', lang)} ${percent(m.probability)}  ${m.stepNames.join(' → ')}  (${limitText(num(m.time.mode), 'workday', lang)}, ${say(lang, 'trips')} ${m.trips})`;
  });
  return `${head}${say(lang, 'pathsCount', { count: listing.paths.length })}\n${lines.join('\n')}\n`;
}
