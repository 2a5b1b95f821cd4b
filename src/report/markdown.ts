/** The analysis as Markdown for a written report (汇报材料): a summary table, then one section per procedure. */
import type { ProcedureAnalysis } from '../analysis/types.js';
import { capitalized, comma, findingText, grouped, INSTANT, num, PATHS, say, type Lang } from '../vocabulary/index.js';
import { ANALYSIS_ROWS as R, ANALYSIS_VALUES as V } from './analysis-phrases.js';
import { toTerminalText } from './terminal-text.js';
import { outcomesText } from './words.js';

/**
 * Escapes text for Markdown (a table cell, a heading, a list item), so what a user wrote stays text:
 * no HTML, no link or image (`[…](…)`, `![…](…)`), no line break (LF, CR, CRLF, U+2028/2029) that
 * would end a table row, and no control character.
 * @example cell('[点此](http://x)|<b>') // '\\[点此\\](http://x)\\|&lt;b&gt;'
 */
export function cell(text: string): string {
  return toTerminalText(text.replace(/\r\n|[\r\n\u2028\u2029]/g, ' '))
    .replace(/\\/g, '\\\\')
    .replace(/[|[\]]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** A Markdown table: the head as given (the report's own words), every row's cells escaped (cell). */
export function markdownTable(head: readonly string[], rows: readonly string[][]): string[] {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)];
}

/** An analysis report before layout: what the Markdown and the Word report both show, in the same words. */
export interface AnalysisReport {
  /** The heading of the summary table, its columns, a row per procedure, and the note under it. */
  summary: { heading: string; head: readonly string[]; rows: string[][]; note: string };
  /** One section per procedure: its title, its labelled figures, and its findings. */
  procedures: Array<{ title: string; head: readonly string[]; rows: Array<[string, string]>; findings: string[]; findingsHeading: string }>;
}

/** The content of the analysis report of `analyses` in `lang`. */
export function getAnalysisReport(analyses: readonly ProcedureAnalysis[], lang: Lang): AnalysisReport {
  const rows = analyses.map((a) => {
    const limits = [a.limits.statutory, a.limits.committed].map((l) => (l ? (l.instant ? say(INSTANT, lang) : num(l.days)) : '—')).join(' / ');
    return [a.name, a.version.label, num(a.materials.standardPath), num(a.steps.standard), num(a.time.standard?.elapsed), limits, grouped(a.fees.standard), num(a.trips.standard)];
  });
  const procedures = analyses.map((a) => {
    const t = a.time;
    const figures: Array<[string, string]> = [
      [say(R.materials, lang), V.materialsShort[lang]({ standardPath: a.materials.standardPath, procedure: a.materials.procedure })],
      [say(R.steps, lang), V.range[lang]({ standard: num(a.steps.standard), fastest: num(a.steps.fastest), slowest: num(a.steps.slowest) })],
      [say(R.time, lang), V.range[lang]({ standard: num(t.standard?.elapsed), fastest: num(t.fastest?.elapsed), slowest: num(t.slowest?.elapsed) })],
      [say(R.counted, lang), num(t.standard?.counted)],
      [say(R.trips, lang), V.atMost[lang]({ standard: num(a.trips.standard), most: num(a.trips.worst) })],
      [say(R.fees, lang), grouped(a.fees.standard)],
      [say(R.outcomes, lang), outcomesText(a.paths.outcomes, lang, comma(lang))],
    ];
    if (a.paths.standard) figures.push([capitalized(say(PATHS.standard.name, lang)), a.paths.standard.stepNames.join(' → ')]);
    return {
      title: `${a.name}（${a.version.label}）`,
      head: [say(R.measure, lang), say(R.value, lang)],
      rows: figures,
      findings: a.findings.map((f) => findingText(f, lang)),
      findingsHeading: say(R.findings, lang),
    };
  });
  return { summary: { heading: say(V.summaryHeading, lang), head: V.summaryColumns[lang], rows, note: say(V.summaryNote, lang) }, procedures };
}

/** Renders the analyses as Markdown. */
export function toMarkdown(analyses: readonly ProcedureAnalysis[], lang: Lang): string {
  const report = getAnalysisReport(analyses, lang);
  const lines = [`## ${report.summary.heading}`, '', ...markdownTable(report.summary.head, report.summary.rows), '', report.summary.note];
  for (const p of report.procedures) {
    lines.push('', `### ${cell(p.title)}`, '');
    lines.push(`| ${p.head.join(' | ')} |`, '| --- | --- |', ...p.rows.map(([k, v]) => `| ${cell(k)} | ${cell(v)} |`));
    if (p.findings.length > 0) lines.push('', `**${p.findingsHeading}**`, '', ...p.findings.map((f) => `- ${cell(f)}`));
  }
  return lines.join('\n') + '\n';
}
