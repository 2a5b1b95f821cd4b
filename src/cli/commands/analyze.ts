/** `wujian analyze`: the five measures of each procedure, as a table, JSON or Markdown. */
import { analyzeBundle, type BundleAnalysis } from '../../analysis/bundle.js';
import { calendarRange, CalendarRangeError, isIsoDate } from '../../analysis/calendar.js';
import { DEFAULT_PATH_LIMIT, enumeratePaths } from '../../analysis/enumerate.js';
import { measurePath } from '../../analysis/measure-path.js';
import { analyzeProcedure, type AnalyzeOptions } from '../../analysis/measures.js';
import type { ProcedureAnalysis } from '../../analysis/types.js';
import { sortDiagnostics, type Diagnostic } from '../../model/diagnostic.js';
import type { LoadResult } from '../../model/load.js';
import { toBundleMarkdown, toBundleTable } from '../../report/bundle.js';
import { limitText } from '../../model/messages.js';
import type { Lang, Procedure, StepCounting } from '../../model/types.js';
import { formatDiagnostic } from '../../report/diagnostics.js';
import { toAnalysisJson } from '../../report/json.js';
import { toMarkdown } from '../../report/markdown.js';
import { toTable } from '../../report/table.js';
import { num, outcomeName, percent } from '../../report/words.js';
import { resolveBundleItems } from '../bundle-items.js';
import { displayPath, Exit, type ExitCode, type IO } from '../io.js';
import { deliver, reportCalendarOverflow } from '../output.js';
import { loadArguments, sourceReader } from './validate.js';

/** Options of `analyze`. */
export interface AnalyzeCommandOptions {
  format: 'table' | 'json' | 'md';
  lang: Lang;
  startDate?: string;
  out?: string;
  listPaths: boolean;
  limit: number;
  /** How parallel blocks count as 环节, overriding the files (--step-counting). */
  stepCounting?: StepCounting;
}

/** Runs `wujian analyze`. */
export function analyzeCommand(args: readonly string[], options: AnalyzeCommandOptions, io: IO): ExitCode {
  const { lang } = options;
  const zh = lang === 'zh';
  const { results, problems } = loadArguments(args, io);
  const diagnostics = sortDiagnostics([...problems, ...results.flatMap((r) => r.diagnostics)]).filter((d) => d.severity === 'error');
  const sourceOf = sourceReader(io);
  for (const d of diagnostics) io.err(formatDiagnostic(d, lang, sourceOf) + '\n\n');
  // One item's versions side by side, the earlier version first, as a report compares them.
  const procedures = results
    .flatMap((r) => (r.document?.kind === 'procedure' ? [r.document] : []))
    .sort((a, b) => a.id.localeCompare(b.id) || (a.version.date ?? '').localeCompare(b.version.date ?? '') || a.file.localeCompare(b.file));
  const bundles = getBundleAnalyses(results, io, { stepCounting: options.stepCounting });
  for (const d of bundles.diagnostics) io.err(formatDiagnostic(d, lang, sourceOf) + '\n\n');
  // Warnings only an analysis can give (a bundle limit no case can keep): said, but the run succeeds.
  for (const d of bundles.analyses.flatMap((b) => b.warnings)) io.err(formatDiagnostic({ ...d, file: displayPath(io, d.file) }, lang, sourceOf) + '\n\n');
  diagnostics.push(...bundles.diagnostics);
  let analyses: ProcedureAnalysis[];
  try {
    analyses = procedures.map((p) => analyzeProcedure(p, { startDate: options.startDate, stepCounting: options.stepCounting }));
  } catch (error) {
    if (!(error instanceof CalendarRangeError)) throw error;
    // The start date was checked up front, so the calendar ran out while counting a path's working days.
    return reportCalendarOverflow(error, options.startDate, 'path', lang, io);
  }
  let text: string;
  if (options.format === 'json') text = JSON.stringify(toAnalysisJson(analyses, diagnostics, { lang, startDate: options.startDate, bundles: bundles.analyses }), null, 2) + '\n';
  else if (options.format === 'md') text = toMarkdown(analyses, lang) + bundles.analyses.map((b) => '\n' + toBundleMarkdown(b, lang)).join('');
  else text = [toTable(analyses, lang), ...bundles.analyses.map((b) => toBundleTable(b, lang))].join('\n');
  if (options.listPaths) text += procedures.map((p) => pathListing(p, options.limit, lang)).join('');
  const failed = deliver(text, options.out, lang, io);
  if (failed !== undefined) return failed;
  if (results.length === 0 && problems.length === 0) return Exit.INVALID;
  return diagnostics.length > 0 ? Exit.INVALID : Exit.OK;
}

/** Resolves and analyses every bundle among `results` (their files shown relative to io.cwd). */
function getBundleAnalyses(results: readonly LoadResult[], io: IO, options: AnalyzeOptions): { analyses: BundleAnalysis[]; diagnostics: Diagnostic[] } {
  const analyses: BundleAnalysis[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const r of results) {
    if (r.document?.kind !== 'bundle') continue;
    const resolved = resolveBundleItems(r.document, io);
    diagnostics.push(...resolved.diagnostics.filter((d) => d.severity === 'error'));
    if (resolved.diagnostics.some((d) => d.severity === 'error')) continue;
    analyses.push(analyzeBundle(r.document, resolved.items, options));
  }
  analyses.sort((a, b) => a.id.localeCompare(b.id) || (a.version?.date ?? '').localeCompare(b.version?.date ?? ''));
  return { analyses, diagnostics };
}

/** Lists every path of a procedure, or says why not when there are more than `limit`. */
function pathListing(p: Procedure, limit: number, lang: Lang): string {
  const zh = lang === 'zh';
  const listing = enumeratePaths(p, limit);
  const head = zh ? `\n${p.name} [${p.version.label}] 的全部路径` : `\nAll paths of ${p.name} [${p.version.label}]`;
  if (!listing.ok) {
    return zh
      ? `${head}：共 ${num(listing.total)} 条，超过上限 ${listing.limit} 条，未逐条列出。\n  提示：五减指标（最快、最慢、标准路径）已用精确算法算出，不受此上限影响；如确需列出，请加 --limit ${Math.ceil(listing.total)}。\n`
      : `${head}: ${num(listing.total)} paths, more than the limit of ${listing.limit}; not listed.\n  hint: the measures above come from the exact method and do not depend on this limit; to list them anyway, add --limit ${Math.ceil(listing.total)}.\n`;
  }
  const lines = listing.paths.map((path, i) => {
    const m = measurePath(p, path);
    return `  ${i + 1}. ${outcomeName(path.end.outcome ?? '', lang)} ${percent(m.probability)}  ${m.stepNames.join(' → ')}  (${limitText(num(m.time.mode), 'workday', lang)}, ${zh ? '跑动' : 'trips'} ${m.trips})`;
  });
  return `${head}${zh ? `（${listing.paths.length} 条）` : ` (${listing.paths.length})`}\n${lines.join('\n')}\n`;
}

/** Checks a --start-date value: a real date, YYYY-MM-DD, inside the calendar data. Returns a message or undefined. */
export function checkStartDate(value: string, lang: Lang): string | undefined {
  const zh = lang === 'zh';
  if (!isIsoDate(value)) {
    return zh ? `--start-date 应为 YYYY-MM-DD 格式的真实日期，例如 2024-09-27（实际为 "${value}"）` : `--start-date must be a real date written YYYY-MM-DD, e.g. 2024-09-27 (found "${value}")`;
  }
  const { first, last } = calendarRange();
  if (value < first || value > last) {
    return zh ? `--start-date ${value} 超出了法定节假日数据覆盖的范围（${first} 至 ${last}）` : `--start-date ${value} is outside the official holiday data (${first} to ${last})`;
  }
  return undefined;
}


