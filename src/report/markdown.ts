/** The analysis as Markdown for a written report (汇报材料): a summary table, then one section per procedure. */
import type { ProcedureAnalysis } from '../analysis/types.js';
import { capitalized, comma, findingText, INSTANT, num, PATHS, say, type Lang } from '../vocabulary/index.js';
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

/** Renders the analyses as Markdown. */
export function toMarkdown(analyses: readonly ProcedureAnalysis[], lang: Lang): string {
  const head = V.summaryColumns[lang];
  const lines = [`## ${say(V.summaryHeading, lang)}`, '', `| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`];
  for (const a of analyses) {
    const limits = [a.limits.statutory, a.limits.committed].map((l) => (l ? (l.instant ? say(INSTANT, lang) : num(l.days)) : '—')).join(' / ');
    lines.push(
      `| ${[a.name, a.version.label, num(a.materials.standardPath), num(a.steps.standard), num(a.time.standard?.elapsed), limits, num(a.fees.standard), num(a.trips.standard)].map(cell).join(' | ')} |`,
    );
  }
  lines.push('', say(V.summaryNote, lang));
  for (const a of analyses) {
    lines.push('', `### ${cell(a.name)}（${cell(a.version.label)}）`, '');
    const t = a.time;
    const rows: Array<[string, string]> = [
      [say(R.materials, lang), V.materialsShort[lang]({ standardPath: a.materials.standardPath, procedure: a.materials.procedure })],
      [say(R.steps, lang), V.range[lang]({ standard: num(a.steps.standard), fastest: num(a.steps.fastest), slowest: num(a.steps.slowest) })],
      [say(R.time, lang), V.range[lang]({ standard: num(t.standard?.elapsed), fastest: num(t.fastest?.elapsed), slowest: num(t.slowest?.elapsed) })],
      [say(R.counted, lang), num(t.standard?.counted)],
      [say(R.trips, lang), V.atMost[lang]({ standard: num(a.trips.standard), most: num(a.trips.worst) })],
      [say(R.fees, lang), num(a.fees.standard)],
      [say(R.outcomes, lang), outcomesText(a.paths.outcomes, lang, comma(lang))],
    ];
    if (a.paths.standard) rows.push([capitalized(say(PATHS.standard.name, lang)), a.paths.standard.stepNames.join(' → ')]);
    lines.push(`| ${say(R.measure, lang)} | ${say(R.value, lang)} |`, '| --- | --- |', ...rows.map(([k, v]) => `| ${cell(k)} | ${cell(v)} |`));
    if (a.findings.length > 0) {
      lines.push('', `**${say(R.findings, lang)}**`, '', ...a.findings.map((f) => `- ${cell(findingText(f, lang))}`));
    }
  }
  return lines.join('\n') + '\n';
}
