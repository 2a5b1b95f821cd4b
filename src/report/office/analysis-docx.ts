/**
 * The analysis (`wujian analyze`) as a Word report in 公文 style: the summary table of every version,
 * then a section per procedure and per bundle with its figures and findings. The same content as the
 * Markdown report (getAnalysisReport, getBundleRows), laid out by docx-parts.ts.
 */
import type { FileChild } from 'docx';
import type { BundleAnalysis } from '../../analysis/bundle.js';
import type { DateBasis } from '../../analysis/date-basis.js';
import type { ProcedureAnalysis } from '../../analysis/types.js';
import { ANALYSIS_ROWS as R } from '../analysis-phrases.js';
import { bundleTitle, getBundleRows } from '../bundle.js';
import { getAnalysisReport } from '../markdown.js';
import { body, dateNotes, heading, note, table, title, toDocxBytes } from './docx-parts.js';
import { colon, say, type Lang } from '../../vocabulary/index.js';
import { OFFICE_PHRASES as O } from '../office-phrases.js';

/** The summary's columns with figures, aligned right. */
const SUMMARY_NUMBERS = new Set([2, 3, 4, 5, 6, 7]);

/**
 * The Word report of `analyses` and `bundles`, as .docx bytes; with a start date, what the dates
 * rest on (and the warning when some are assumed) under the title, as the Markdown has it.
 * @example await toAnalysisDocx(analyses, bundles, 'zh')
 */
export async function toAnalysisDocx(analyses: readonly ProcedureAnalysis[], bundles: readonly BundleAnalysis[], lang: Lang, dates?: DateBasis): Promise<Buffer> {
  const report = getAnalysisReport(analyses, lang);
  const documentTitle = say(O.analysisTitle, lang);
  const children: FileChild[] = [title(documentTitle), ...(dates ? dateNotes(dates, lang) : [])];
  let n = 0;
  if (analyses.length > 0) {
    children.push(heading(++n, report.summary.heading, lang));
    children.push(table(report.summary.head, report.summary.rows, SUMMARY_NUMBERS, [3.4, 1.2, 1, 1, 1.2, 1.6, 1, 1]));
    children.push(note(report.summary.note));
  }
  for (const p of report.procedures) {
    children.push(heading(++n, p.title, lang));
    children.push(table(p.head, p.rows, new Set(), [1, 3]));
    if (p.findings.length > 0) {
      children.push(body(`${p.findingsHeading}${colon(lang)}`));
      for (const f of p.findings) children.push(note(`· ${f}`));
    }
  }
  for (const b of bundles) {
    children.push(heading(++n, bundleTitle(b, lang), lang));
    children.push(table([say(R.measure, lang), say(R.value, lang)], getBundleRows(b, lang).map(([k, v]) => [k.trim(), v]), new Set(), [1, 3]));
  }
  return toDocxBytes(children, { title: documentTitle, lang });
}
