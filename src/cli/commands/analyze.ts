/** `wujian analyze`: the five measures of each procedure, as a table, JSON or Markdown. */
import { analyzeBundle, type BundleAnalysis } from '../../analysis/bundle.js';
import { isIsoDate } from '../../analysis/calendar.js';
import { getAnalysisFinishes, getBundleFinishes, getDateBasis, type DateBasis } from '../../analysis/date-basis.js';
import { DEFAULT_PATH_LIMIT, enumeratePaths } from '../../analysis/enumerate.js';
import { measurePath } from '../../analysis/measure-path.js';
import { analyzeProcedure, type AnalyzeOptions } from '../../analysis/measures.js';
import { sortDiagnostics, type Diagnostic } from '../../model/diagnostic.js';
import type { LoadResult } from '../../model/load.js';
import { toBundleMarkdown, toBundleTable } from '../../report/bundle.js';
import { dateLines, dateMarkdown } from '../../report/dates.js';
import { limitText } from '../../model/messages.js';
import type { Lang, Procedure } from '../../model/types.js';
import { formatDiagnostic } from '../../report/diagnostics.js';
import { toAnalysisJson } from '../../report/json.js';
import { toMarkdown } from '../../report/markdown.js';
import { toTable } from '../../report/table.js';
import { num, outcomeName, percent } from '../../report/words.js';
import { resolveBundleItems } from '../bundle-items.js';
import { Exit, type ExitCode, type IO } from '../io.js';
import { prepareCalendar, type DateOptions } from '../calendar.js';
import { deliver } from '../output.js';
import { loadArguments, sourceReader } from './validate.js';
import { LUNAR_YEARS } from '../../model/calendar/statutory.js';

/** Options of `analyze`. */
export interface AnalyzeCommandOptions extends DateOptions {
  format: 'table' | 'json' | 'md';
  lang: Lang;
  out?: string;
  listPaths: boolean;
  limit: number;
}

/** Runs `wujian analyze`. */
export function analyzeCommand(args: readonly string[], options: AnalyzeCommandOptions, io: IO): ExitCode {
  const { lang, startDate } = options;
  const calendar = prepareCalendar(options, lang, io);
  if (!calendar) return Exit.INVALID;
  const dating = { startDate, calendar };
  const { results, problems } = loadArguments(args, io);
  const diagnostics = sortDiagnostics([...problems, ...results.flatMap((r) => r.diagnostics)]).filter((d) => d.severity === 'error');
  const sourceOf = sourceReader(io);
  for (const d of diagnostics) io.err(formatDiagnostic(d, lang, sourceOf) + '\n\n');
  // One item's versions side by side, the earlier version first, as a report compares them.
  const procedures = results
    .flatMap((r) => (r.document?.kind === 'procedure' ? [r.document] : []))
    .sort((a, b) => a.id.localeCompare(b.id) || (a.version.date ?? '').localeCompare(b.version.date ?? '') || a.file.localeCompare(b.file));
  const bundles = getBundleAnalyses(results, dating, io);
  for (const d of bundles.diagnostics) io.err(formatDiagnostic(d, lang, sourceOf) + '\n\n');
  diagnostics.push(...bundles.diagnostics);
  const analyses = procedures.map((p) => analyzeProcedure(p, dating));
  const dates: DateBasis | undefined = startDate
    ? getDateBasis(calendar, startDate, [...analyses.flatMap(getAnalysisFinishes), ...bundles.analyses.flatMap((b) => getBundleFinishes(b.dates))])
    : undefined;
  let text: string;
  if (options.format === 'json') text = JSON.stringify(toAnalysisJson(analyses, diagnostics, { lang, dates, bundles: bundles.analyses }), null, 2) + '\n';
  else if (options.format === 'md') text = (dates ? dateMarkdown(dates, lang) + '\n\n' : '') + toMarkdown(analyses, lang) + bundles.analyses.map((b) => '\n' + toBundleMarkdown(b, lang)).join('');
  else text = [...(dates ? [dateLines(dates, lang).join('\n') + '\n'] : []), toTable(analyses, lang), ...bundles.analyses.map((b) => toBundleTable(b, lang))].join('\n');
  if (options.listPaths) text += procedures.map((p) => pathListing(p, options.limit, lang)).join('');
  const failed = deliver(text, options.out, lang, io);
  if (failed !== undefined) return failed;
  if (results.length === 0 && problems.length === 0) return Exit.INVALID;
  return diagnostics.length > 0 ? Exit.INVALID : Exit.OK;
}

/** Resolves and analyses every bundle among `results` (their files shown relative to io.cwd). */
function getBundleAnalyses(results: readonly LoadResult[], dating: AnalyzeOptions, io: IO): { analyses: BundleAnalysis[]; diagnostics: Diagnostic[] } {
  const analyses: BundleAnalysis[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const r of results) {
    if (r.document?.kind !== 'bundle') continue;
    const resolved = resolveBundleItems(r.document, io);
    diagnostics.push(...resolved.diagnostics.filter((d) => d.severity === 'error'));
    if (resolved.diagnostics.some((d) => d.severity === 'error')) continue;
    analyses.push(analyzeBundle(r.document, resolved.items, dating));
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

/** Years a start date may lie in: those whose lunar holidays can be assumed (model/calendar/statutory.ts). */
export const START_YEARS = LUNAR_YEARS;

/** Checks a --start-date value: a real date, YYYY-MM-DD, in START_YEARS. Returns a message or undefined. */
export function checkStartDate(value: string, lang: Lang): string | undefined {
  const zh = lang === 'zh';
  if (!isIsoDate(value)) {
    return zh ? `--start-date 应为 YYYY-MM-DD 格式的真实日期，例如 2024-09-27（实际为 "${value}"）` : `--start-date must be a real date written YYYY-MM-DD, e.g. 2024-09-27 (found "${value}")`;
  }
  const year = Number(value.slice(0, 4));
  if (year < START_YEARS.first || year > START_YEARS.last) {
    return zh
      ? `--start-date ${value} 应在 ${START_YEARS.first} 至 ${START_YEARS.last} 年之间（农历节日只能推算到这些年）`
      : `--start-date ${value} must lie in ${START_YEARS.first}–${START_YEARS.last} (the years whose lunar holidays can be computed)`;
  }
  return undefined;
}
