/** `wujian analyze`: the five measures of each procedure and bundle, as a table, JSON or Markdown. */
import { resolve } from 'node:path';
import { analyzeBundle, type BundleAnalysis } from '../../analysis/bundle.js';
import { getAnalysisFinishes, getBundleFinishes, getDateBasis, type DateBasis } from '../../analysis/date-basis.js';
import { enumeratePaths } from '../../analysis/enumerate.js';
import { measurePath } from '../../analysis/measure-path.js';
import { analyzeProcedure, type AnalyzeOptions } from '../../analysis/measures.js';
import type { ProcedureAnalysis } from '../../analysis/types.js';
import { getErrors, type Diagnostic } from '../../model/diagnostic.js';
import { limitText } from '../../model/messages.js';
import type { Lang, Procedure } from '../../model/types.js';
import { loadWorkspace } from '../../model/workspace.js';
import { toBundleMarkdown, toBundleTable } from '../../report/bundle.js';
import { dateLines, dateMarkdown } from '../../report/dates.js';
import { toAnalysisJson } from '../../report/json.js';
import { toMarkdown } from '../../report/markdown.js';
import { toTable } from '../../report/table.js';
import { toJsonText } from '../../report/terminal-text.js';
import { grouped, num, outcomeName, percent } from '../../report/words.js';
import { prepareDating } from '../calendar.js';
import { printDiagnostics } from '../diagnostics.js';
import { Exit, type ExitCode } from '../io.js';
import { say } from '../messages.js';
import { deliver } from '../output.js';
import type { analyzeOptions } from '../table/analyze.js';
import type { CommandContext, OptionValues } from '../table/types.js';

/** Runs `wujian analyze`: load → analyse → render → deliver; the valid files are analysed even when others are not. */
export async function run(context: CommandContext<typeof analyzeOptions>): Promise<ExitCode> {
  const { values, positionals, lang, io } = context;
  const dating = prepareDating(context);
  if (typeof dating === 'number') return dating;
  const workspace = loadWorkspace(positionals, io);
  const errors = getErrors(workspace.diagnostics);
  printDiagnostics(io, errors, lang);
  // One item's versions side by side, the earlier version first, as a report compares them.
  const procedures = workspace.files
    .flatMap((f) => (f.document?.kind === 'procedure' ? [f.document] : []))
    .sort((a, b) => a.id.localeCompare(b.id) || (a.version.date ?? '').localeCompare(b.version.date ?? '') || a.file.localeCompare(b.file));
  const options: AnalyzeOptions = { ...dating, stepCounting: values['step-counting'], readPath: (file) => resolve(io.cwd, file) };
  const bundles = workspace.files
    .flatMap((f) => (f.side && 'bundle' in f.side ? [analyzeBundle(f.side.bundle, f.side.items, options)] : []))
    .sort((a, b) => a.id.localeCompare(b.id) || (a.version?.date ?? '').localeCompare(b.version?.date ?? ''));
  // Warnings only an analysis can give (a bundle limit no case can keep): said, but the run succeeds.
  printDiagnostics(io, bundles.flatMap((b) => b.warnings), lang);
  const analyses = procedures.map((p) => analyzeProcedure(p, options));
  const dates = dating.startDate
    ? getDateBasis(dating.calendar, dating.startDate, [...analyses.flatMap(getAnalysisFinishes), ...bundles.flatMap((b) => getBundleFinishes(b.dates))])
    : undefined;
  let output: string | Buffer;
  if (values.format === 'docx') {
    // The Word report loads its writer (docx) only here; --list-paths stays a terminal listing.
    const { toAnalysisDocx } = await import('../../report/office/analysis-docx.js');
    output = await toAnalysisDocx(analyses, bundles, lang, dates);
  } else {
    output = render({ analyses, bundles, errors, dates }, values.format, lang);
    if (values['list-paths']) output += procedures.map((p) => pathListing(p, values.limit, lang)).join('');
  }
  const failed = deliver(output, values.out, lang, io, { inputs: [...workspace.inputs, ...dating.inputs] });
  if (failed !== undefined) return failed;
  return workspace.files.length === 0 || errors.length > 0 ? Exit.INVALID : Exit.OK;
}

/** What `analyze` reports: the analyses, the errors beside them, and what their dates rest on. */
interface Analysed {
  analyses: ProcedureAnalysis[];
  bundles: BundleAnalysis[];
  errors: Diagnostic[];
  dates?: DateBasis;
}

function render({ analyses, bundles, errors, dates }: Analysed, format: OptionValues<typeof analyzeOptions>['format'], lang: Lang): string {
  switch (format) {
    case 'json':
      return toJsonText(toAnalysisJson(analyses, errors, { lang, dates, bundles }));
    case 'md':
      return (dates ? dateMarkdown(dates, lang) + '\n\n' : '') + toMarkdown(analyses, lang) + bundles.map((b) => '\n' + toBundleMarkdown(b, lang)).join('');
    default:
      return [...(dates ? [dateLines(dates, lang).join('\n') + '\n'] : []), toTable(analyses, lang), ...bundles.map((b) => toBundleTable(b, lang))].join('\n');
  }
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
